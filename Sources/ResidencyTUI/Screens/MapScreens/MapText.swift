import ResidencyModel

/// How the map screens put model values into words, so the same thing reads the same on every
/// screen.
enum MapText {
    /// Map text made safe on its own, before it is put inside other text: a name that starts with
    /// a combining mark then keeps it on "◌" instead of fusing it with the character before.
    static func safe(_ text: String) -> String { TextSanitizer.sanitize(text) }

    /// Several names, each made safe on its own: "Support desk, Internal admin panel".
    static func names(_ names: [String]) -> String { names.map(safe).joined(separator: ", ") }

    /// "view, export, admin", in that order.
    static func capabilities(_ capabilities: [AccessCapability]) -> String {
        let sorted = AccessCapability.allCases.filter(capabilities.contains)
        return sorted.isEmpty ? "no rights written" : sorted.map(\.rawValue).joined(separator: ", ")
    }

    /// When a grant is in force.
    static func condition(_ condition: AccessCondition) -> String {
        switch condition {
        case .always: return "always"
        case .incident: return "during incidents only"
        case .approved: return "after approval"
        }
    }

    static func recorded(_ recorded: Bool) -> String { recorded ? "sessions recorded" : "not recorded" }

    /// When data reaches a flow step: "sync (during the request)", "on error", "nightly".
    static func timing(_ timing: StepTiming) -> String {
        switch timing {
        case .sync: return "sync (during the request)"
        case .async: return "async (soon after the request)"
        case .manual: return "manual (by a person)"
        case .incident: return "during incidents"
        default: return timing.rawValue.replacingOccurrences(of: "-", with: " ")
        }
    }

    /// Country names from codes: "Canada", "Germany, Netherlands, Spain". A code the catalogue
    /// does not know stays as written.
    static func countryNames(_ codes: [String], catalogue: RegionCatalogue) -> String {
        guard !codes.isEmpty else { return "no countries written" }
        return codes.map { catalogue.country($0.uppercased())?.name ?? safe($0) }.joined(separator: ", ")
    }

    /// A knowledge status with a symbol that reads without colour, and its style.
    static func status(_ status: KnowledgeStatus, theme: Theme) -> Line {
        switch status {
        case .confirmed: return Line("\(Symbols.holds) confirmed", style: theme.good)
        case .assumed: return Line("\(Symbols.unknown) assumed, not checked", style: theme.warning)
        case .planned: return Line("\(Symbols.attention) planned, not running there yet", style: theme.warning)
        case .unknown: return Line("\(Symbols.unknown) unknown", style: theme.unknown)
        }
    }

    /// The style of a finding's severity.
    static func style(_ severity: Severity, theme: Theme) -> CellStyle {
        switch severity {
        case .error: return theme.bad
        case .warning: return theme.warning
        case .info: return theme.muted
        }
    }

    /// "! Location not verified: <message>", styled by severity.
    static func finding(_ finding: Finding, theme: Theme) -> Line {
        Line([
            Span("\(finding.severity.symbol) \(finding.kind.title): ", style: style(finding.severity, theme: theme)),
            Span(finding.message, style: theme.text),
        ])
    }

    /// A breach with the claim it breaks: open ones with ✗, covered ones with ~ and their exception.
    static func breach(_ breach: ClaimBreach, lookup: MapLookup, theme: Theme) -> Line {
        let claim = lookup.claim(breach.claim).map { "\"\(safe($0.text))\"" } ?? safe(breach.claim)
        let symbol = breach.breach.isCovered ? Verdict.holdsWithExceptions.symbol : Symbols.broken
        let style = breach.breach.isCovered ? theme.warning : theme.bad
        return Line([
            Span("\(symbol) \(claim) (\(breach.breach.aspect.rawValue)): ", style: style),
            Span(breach.breach.message, style: theme.text),
        ])
    }

    /// The flag for access from outside an offering's region, and its explanation.
    static let crossBorder = "⚑"
}
