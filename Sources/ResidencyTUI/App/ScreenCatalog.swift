/// Where each `ScreenID` finds its `Screen`. The one switch to extend when a screen is added.
public enum ScreenCatalog {
    public static func screen(for id: ScreenID) -> any Screen {
        switch id {
        case .overview: return OverviewScreen()
        case .help: return HelpScreen()
        case .systems: return SystemsScreen()
        case .claims: return ClaimsScreen()
        case .findings: return FindingsScreen()
        case .access: return AccessScreen()
        case .walk: return WalkScreen()
        }
    }
}
