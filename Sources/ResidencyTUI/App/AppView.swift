/// Draws the whole app from state: the tab bar, the current screen, and the footer (key hints,
/// a status message, or the search being typed). Below the minimum size it draws only a request
/// to enlarge the terminal.
public enum AppView {
    /// The size the interface is designed and tested for.
    public static let designSize = Size(width: 80, height: 24)
    /// The smallest size at which screens are drawn: every screen must stay readable here
    /// (the tab bar turns compact below 70 columns; lists get at least 8 rows).
    public static let minimumSize = Size(width: 60, height: 16)

    /// Where screens draw: everything between the tab bar (row 0) and the footer (last row).
    public static func contentArea(for size: Size) -> Rect {
        Rect(x: 0, y: 1, width: size.width, height: size.height - 2)
    }

    /// A new buffer of the state's size with the app drawn into it.
    public static func render(_ state: AppState) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: state.size)
        render(state, into: &buffer)
        return buffer
    }

    /// Draws the app into `buffer`, which must be blank; its size is used as the terminal size.
    public static func render(_ state: AppState, into buffer: inout ScreenBuffer) {
        let size = buffer.size
        guard size.fits(minimumSize) else {
            renderTooSmall(size, theme: state.theme, into: &buffer)
            return
        }
        renderTabBar(state, into: &buffer, area: Rect(x: 0, y: 0, width: size.width, height: 1))
        let screen = ScreenCatalog.screen(for: state.currentScreen)
        screen.render(state, into: &buffer, area: contentArea(for: size))
        if state.currentScreen != .help && !state.overlays.isEmpty {
            OverlayView.render(state, into: &buffer, area: contentArea(for: size))
        }
        renderFooter(state, into: &buffer, area: Rect(x: 0, y: size.height - 1, width: size.width, height: 1))
    }

    /// The message shown when the terminal is below the minimum size.
    public static func tooSmallMessage(for size: Size) -> String {
        "Terminal too small: enlarge to at least \(minimumSize) (now \(size))"
    }

    // MARK: Parts

    static func renderTooSmall(_ size: Size, theme: Theme, into buffer: inout ScreenBuffer) {
        let paragraph = Paragraph(text: tooSmallMessage(for: size), style: theme.heading, alignment: .center)
        let height = min(size.height, paragraph.lineCount(width: size.width))
        let area = buffer.area.centered(Size(width: size.width, height: height))
        paragraph.render(into: &buffer, area: area)
    }

    static func renderTabBar(_ state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        let theme = state.theme
        let full = ScreenID.tabs.map { tab in " \(tab.number ?? 0) \(tab.title) " }
        let fullWidth = full.reduce(0) { $0 + DisplayWidth.of($1) }
        let compact = fullWidth > area.width
        var column = area.x
        for (index, tab) in ScreenID.tabs.enumerated() {
            let isActive = tab == state.currentTab
            let label = compact && !isActive ? " \(tab.number ?? 0) " : full[index]
            column += buffer.write(label, at: Position(column: column, row: area.y),
                                   style: isActive ? theme.activeTab : theme.inactiveTab,
                                   maxWidth: area.maxX - column)
        }
        // The map's name on the right, so it is always clear which file is open, and whether
        // it has unsaved edits, is read-only, or changed on disk.
        let room = area.maxX - column - 2
        if room > 3 {
            var name = Line(state.map.header.name, style: theme.muted)
            if state.document.isModified { name = Line("● unsaved ", style: theme.warning) + name }
            if state.readOnlyReason != nil { name = Line("read-only ", style: theme.muted) + name }
            if state.changedOnDisk { name = Line("changed on disk ", style: theme.error) + name }
            if state.journalProblem != nil { name = Line("not journaled ", style: theme.error) + name }
            buffer.write(name, in: Rect(x: column + 1, y: area.y, width: room, height: 1), alignment: .right)
        }
    }

    static func renderFooter(_ state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        let theme = state.theme
        switch state.mode {
        case .search, .filter:
            let prompt: String
            if case .filter(_, let name) = state.mode { prompt = "\(name): " } else { prompt = "/" }
            let hints = HintBar(hints: [KeyHint(key: "Enter", text: "keep"), KeyHint(key: "Esc", text: "cancel")],
                                keyStyle: theme.key, textStyle: theme.muted)
            let hintsWidth = hints.hints.reduce(0) { $0 + HintBar.width(of: $1) + 2 }
            let inputWidth = max(1, area.width - hintsWidth - 1)
            var column = area.x
            column += buffer.write(prompt, at: Position(column: column, row: area.y), style: theme.key)
            // Show the end of a long search: that is where typing happens.
            let text = TextSanitizer.sanitize(state.inputText)
            let room = max(0, inputWidth - (column - area.x) - 1)
            let shown = TextFitting.truncateHead(text, to: room)
            column += buffer.write(shown, at: Position(column: column, row: area.y), style: theme.text, maxWidth: room)
            buffer.cursor = Position(column: min(column, area.maxX - 1), row: area.y)
            hints.render(into: &buffer, area: Rect(x: area.maxX - hintsWidth, y: area.y, width: hintsWidth, height: 1))
        case .normal:
            var column = area.x
            if let status = state.status {
                let style = status.kind == .error ? theme.error : theme.text
                let text = status.kind == .error ? "\(Symbols.attention) \(status.text)" : status.text
                column += buffer.write(text, at: Position(column: column, row: area.y), style: style)
                column += 3
            }
            let hints = HintBar(hints: state.keymap.hints, keyStyle: theme.key, textStyle: theme.muted)
            hints.render(into: &buffer, area: Rect(x: column, y: area.y, width: area.maxX - column, height: 1))
        }
    }
}
