/// A check that stands without any claim: something in the map that needs a look or a fix.
public struct Finding: Sendable, Hashable {
    public var kind: FindingKind
    /// What it points at, so the TUI and reports can jump there.
    public var subject: MapElement
    /// One line saying what is wrong here, naming the map's own things.
    public var message: String
    /// What to do about it.
    public var fix: String

    public init(kind: FindingKind, subject: MapElement, message: String, fix: String? = nil) {
        self.kind = kind
        self.subject = subject
        self.message = message
        self.fix = fix ?? kind.fix
    }

    /// The stable id, as in docs/checks.md and the JSON output.
    public var id: String { kind.rawValue }
    public var severity: Severity { kind.severity }
}

/// How much a finding matters. Only errors make `resmap check` fail on their own.
public enum Severity: String, Sendable, Hashable, CaseIterable, Comparable {
    case info
    case warning
    case error

    /// A symbol that reads without color.
    public var symbol: String {
        switch self {
        case .info: return "i"
        case .warning: return "!"
        case .error: return "✗"
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
