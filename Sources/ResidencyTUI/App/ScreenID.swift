import ResidencyModel

/// The screens of the app. The first six are tabs (Tab, Shift-Tab and the number keys move
/// between them); help is opened over any of them.
public enum ScreenID: String, Sendable, Hashable, CaseIterable {
    case overview
    case systems
    case access
    case walk
    case claims
    case findings
    case help

    /// The tabs, in order: number key N shows `tabs[N - 1]`.
    public static let tabs: [ScreenID] = [.overview, .systems, .access, .walk, .claims, .findings]

    public var title: String {
        switch self {
        case .overview: return "Overview"
        case .systems: return "Systems"
        case .access: return "Access"
        case .walk: return "Walk"
        case .claims: return "Claims"
        case .findings: return "Findings"
        case .help: return "Help"
        }
    }

    /// The number key that shows this screen (1-based), or `nil` for screens that are not tabs.
    public var number: Int? {
        ScreenID.tabs.firstIndex(of: self).map { $0 + 1 }
    }

    public var isTab: Bool { number != nil }

    /// The screen where an element of the map is shown in full: where Enter on a breach or a
    /// finding takes the user.
    public static func home(of element: MapElement) -> ScreenID {
        switch element {
        case .map, .offering: return .overview
        case .claim, .exception: return .claims
        case .system, .copy, .systemKind: return .systems
        case .role, .access: return .access
        case .flow, .flowStep: return .walk
        }
    }
}
