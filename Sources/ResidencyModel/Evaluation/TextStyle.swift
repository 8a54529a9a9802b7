/// ANSI styling for terminal reports, or none. Symbols (✓ ~ ? ✗) carry the meaning; color only
/// helps, so reports read the same with `colors: false` (pipes, files, NO_COLOR).
public struct TextStyle: Sendable, Hashable {
    public var colors: Bool

    public init(colors: Bool) {
        self.colors = colors
    }

    public static let plain = TextStyle(colors: false)

    /// Whether to color output on a stream: only when it is a terminal, and never when the
    /// NO_COLOR environment variable is set to anything non-empty (https://no-color.org).
    public static func forTerminal(isTerminal: Bool, environment: [String: String]) -> TextStyle {
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return TextStyle(colors: isTerminal && !noColor)
    }

    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }

    func verdict(_ text: String, _ verdict: Verdict) -> String {
        switch verdict {
        case .holds: return wrap(text, "32")
        case .holdsWithExceptions: return wrap(text, "33")
        case .unknown: return wrap(text, "35")
        case .broken: return wrap(text, "31")
        }
    }

    func severity(_ text: String, _ severity: Severity) -> String {
        switch severity {
        case .error: return wrap(text, "31")
        case .warning: return wrap(text, "33")
        case .info: return wrap(text, "36")
        }
    }

    func wrap(_ text: String, _ code: String) -> String {
        colors ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
