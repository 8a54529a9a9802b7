/// A claim's overall standing against the map.
public enum Verdict: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Everything in scope is confirmed inside the promised region.
    case holds
    /// Something breaks the claim, but every break is covered by an approved, unexpired exception.
    case holdsWithExceptions = "holds-with-exceptions"
    /// Nothing breaks, but something in scope is unknown, assumed or planned. Never reported as holds.
    case unknown
    /// At least one break no active exception covers.
    case broken

    /// Plain words: "holds", "holds with exceptions", "unknown", "broken".
    public var label: String {
        switch self {
        case .holds: return "holds"
        case .holdsWithExceptions: return "holds with exceptions"
        case .unknown: return "unknown"
        case .broken: return "broken"
        }
    }

    /// A symbol that reads without color: ✓ ~ ? ✗.
    public var symbol: String {
        switch self {
        case .holds: return "✓"
        case .holdsWithExceptions: return "~"
        case .unknown: return "?"
        case .broken: return "✗"
        }
    }

    /// Whether sales may use the claim as it stands (with its exceptions disclosed).
    public var isAcceptable: Bool { self == .holds || self == .holdsWithExceptions }

    /// Ordered from best to worst, so `max()` of several verdicts is the most serious one.
    public static func < (lhs: Verdict, rhs: Verdict) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
