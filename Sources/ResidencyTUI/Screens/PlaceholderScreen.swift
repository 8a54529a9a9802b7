/// A screen not built yet: says what it will show, so the tabs and keys can be tried end to end.
public struct PlaceholderScreen: Screen {
    public let id: ScreenID

    public init(id: ScreenID) {
        self.id = id
    }

    public func render(_ state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        let theme = state.theme
        let inner = Box(title: Line(id.title, style: theme.title), style: theme.border).render(into: &buffer, area: area)
        let text = "The \(id.title) screen is not built yet. It will show \(purpose)."
        Paragraph(text: text, style: theme.muted).render(into: &buffer, area: inner.inset(left: 1, right: 1))
    }

    private var purpose: String {
        switch id {
        case .systems: return "every system with its location and data, and everything about the selected one"
        case .access: return "who can open customer data, from which countries"
        case .walk: return "each flow hop by hop, from the browser to the backups"
        case .claims: return "each claim, its verdict, its breaches and the honest answer"
        case .findings: return "every finding, by severity"
        case .overview, .help: return "its content"
        }
    }
}
