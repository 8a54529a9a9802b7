import Foundation

/// How long data is kept, as written ("30 days", "13 months", "indefinite"), with its length in days.
public struct Retention: Sendable, Hashable, Codable {
    /// The user's words, written back exactly.
    public var text: String
    /// Days kept; `nil` means kept indefinitely.
    public var days: Int?

    public init(text: String, days: Int?) {
        self.text = text
        self.days = days
    }

    /// Parses "30d", "30 days", "2 weeks", "13 months", "7y", "24h", "indefinite", "forever".
    /// Returns `nil` for text that is not a duration.
    public init?(parsing text: String) {
        let trimmed = Self.trimmingSpaces(Substring(text)).lowercased()
        if ["indefinite", "indefinitely", "forever", "unlimited"].contains(trimmed) {
            self.init(text: text, days: nil)
            return
        }
        let digits = trimmed.prefix(while: { $0.isASCII && $0.isNumber })
        guard !digits.isEmpty, let amount = Int(digits), amount >= 0, amount < 1_000_000 else { return nil }
        let unit = Self.trimmingSpaces(trimmed.dropFirst(digits.count))
        let daysPerUnit: Double
        switch unit {
        case "h", "hour", "hours": daysPerUnit = 1.0 / 24.0
        case "d", "day", "days": daysPerUnit = 1
        case "w", "week", "weeks": daysPerUnit = 7
        case "mo", "month", "months": daysPerUnit = 30
        case "y", "year", "years": daysPerUnit = 365
        default: return nil
        }
        self.init(text: text, days: Int((Double(amount) * daysPerUnit).rounded(.up)))
    }

    /// `text` without the spaces and tabs around it (as Foundation's `.whitespaces` trims, without
    /// bridging: every system's retention is read on load).
    private static func trimmingSpaces(_ text: Substring) -> Substring {
        func isSpace(_ character: Character) -> Bool {
            character.unicodeScalars.allSatisfy { $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }
        }
        guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return text[first...last]
    }

    /// Whether this retention keeps data longer than `other`.
    public func outlasts(_ other: Retention) -> Bool {
        switch (days, other.days) {
        case (nil, nil): return false
        case (nil, _): return true
        case (_, nil): return false
        case let (mine?, theirs?): return mine > theirs
        }
    }
}
