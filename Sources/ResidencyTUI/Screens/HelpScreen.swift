/// Every key of the screen help was opened from, then the keys that work everywhere: generated
/// from the keymaps, so it can never disagree with what the keys do.
public struct HelpScreen: Screen {
    public static let list: ListID = "help"

    public init() {}

    public var id: ScreenID { .help }

    public func keymap(in state: AppState) -> Keymap {
        Keymap(title: "Help", bindings: [
            KeyBinding([.escape], .back, help: "Close help", footer: "close"),
        ])
    }

    public func update(_ state: inout AppState, action: Action) -> UpdateResult {
        let area = Self.textArea(in: state.contentArea)
        let rows = Self.lines(for: state, width: area.width).count
        let visible = area.height
        let last = max(0, rows - visible)
        var offset = state[list: Self.list].offset
        switch action {
        case .moveUp: offset -= 1
        case .moveDown: offset += 1
        case .pageUp: offset -= max(1, visible - 1)
        case .pageDown: offset += max(1, visible - 1)
        case .top: offset = 0
        case .bottom: offset = last
        default: return .ignored
        }
        state[list: Self.list].offset = min(max(0, offset), last)
        return .handled
    }

    public func render(_ state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        let theme = state.theme
        let source = Self.sourceScreen(in: state)
        let inner = Box(title: Line("Keys on \(source.title)", style: theme.title),
                        trailingTitle: Line("Esc closes", style: theme.muted), borders: .heavy, style: theme.border)
            .render(into: &buffer, area: area)
        let textArea = Self.textArea(in: area)
        let lines = Self.lines(for: state, width: textArea.width)
        let visible = textArea.height
        let offset = min(state[list: Self.list].offset, max(0, lines.count - visible))
        Paragraph(lines, wraps: false, scroll: offset).render(into: &buffer, area: inner.inset(left: 1, right: 1))
    }

    /// The screen whose keys are shown: the one under help.
    static func sourceScreen(in state: AppState) -> ScreenID {
        var stack = state.stack
        if stack.last == .help { stack.removeLast() }
        return stack.last ?? .overview
    }

    static func textArea(in area: Rect) -> Rect { Box.inner(of: area).inset(left: 1, right: 1) }

    /// The help text at `width` columns: a section for the screen's own keys, then one for the
    /// keys that work everywhere. Grouped bindings (the number keys) share one line.
    public static func lines(for state: AppState, width: Int) -> [Line] {
        let theme = state.theme
        let sections: [Keymap]
        if let overlay = state.overlays.last {
            sections = [overlay.keymap(in: state)]
        } else {
            let source = sourceScreen(in: state)
            let own = ScreenCatalog.screen(for: source).keymap(in: state)
            let editing = own.remainder(of: .editing(in: state, screen: source))
            let everywhere = own.layered(over: editing).remainder(of: .global)
            sections = [own, editing, everywhere].filter { !$0.bindings.isEmpty }
        }
        let allFields = sections.map(fields)
        let keyWidth = allFields.joined().map { DisplayWidth.of($0.label) }.max() ?? 0
        var lines: [Line] = []
        for (section, fields) in zip(sections, allFields) {
            if !lines.isEmpty { lines.append(Line()) }
            lines.append(Line(section.title, style: theme.heading))
            let list = FieldList(fields.map { FieldList.Field("  " + $0.label, Line($0.help, style: theme.text)) },
                                 labelStyle: theme.key, labelWidth: keyWidth + 2)
            lines += list.layout(width: width)
        }
        return lines
    }

    /// One (keys, help) pair per help line.
    static func fields(_ keymap: Keymap) -> [(label: String, help: String)] {
        var result: [(label: String, help: String)] = []
        var lastGroup: String?
        for binding in keymap.bindings {
            if let group = binding.group {
                if group != lastGroup { result.append((group, binding.help)) }
            } else {
                result.append((binding.keyLabel, binding.help + (binding.disabledReason.map { " (now: \($0.lowercased()))" } ?? "")))
            }
            lastGroup = binding.group
        }
        return result
    }
}
