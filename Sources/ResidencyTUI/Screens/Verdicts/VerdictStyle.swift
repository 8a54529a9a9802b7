import ResidencyModel

/// How verdicts and severities look. Every one carries its symbol and its word as well as its
/// colour, so a monochrome terminal (or a colour-blind reader) loses nothing.
extension Theme {
    /// The style a verdict is drawn in: holds good, with exceptions a warning, broken bad.
    public func style(for verdict: Verdict) -> CellStyle {
        switch verdict {
        case .holds: return good
        case .holdsWithExceptions: return warning
        case .unknown: return unknown
        case .broken: return bad
        }
    }

    /// The style a finding's severity is drawn in.
    public func style(for severity: Severity) -> CellStyle {
        switch severity {
        case .error: return bad
        case .warning: return warning
        case .info: return muted
        }
    }
}

/// Labels for verdicts and severities: "✗ broken", "! warning".
public enum VerdictLabel {
    /// "✓ holds", "~ holds with exceptions", "? unknown", "✗ broken".
    public static func text(_ verdict: Verdict) -> String { "\(verdict.symbol) \(verdict.label)" }

    /// The widest verdict label, so a verdict column never moves.
    public static let width: Int = Verdict.allCases.map { DisplayWidth.of(text($0)) }.max() ?? 0

    /// The label for a column beside the claim: "with exceptions" for "holds with exceptions"
    /// (the symbol "~" carries the rest), so the claim keeps more of its row.
    public static func columnText(_ verdict: Verdict) -> String {
        verdict == .holdsWithExceptions ? "\(verdict.symbol) with exceptions" : text(verdict)
    }

    /// The widest column label.
    public static let columnWidth: Int = Verdict.allCases.map { DisplayWidth.of(columnText($0)) }.max() ?? 0

    public static func span(_ verdict: Verdict, theme: Theme) -> Span {
        Span(text(verdict), style: theme.style(for: verdict))
    }

    /// "✗ error", "! warning", "i info".
    public static func text(_ severity: Severity) -> String { "\(severity.symbol) \(severity.rawValue)" }

    /// "3 errors", "1 warning", "2 info".
    public static func count(_ number: Int, _ severity: Severity) -> String {
        switch severity {
        case .error: return CountPhrase.of(number, "error")
        case .warning: return CountPhrase.of(number, "warning")
        case .info: return "\(number) info"
        }
    }
}
