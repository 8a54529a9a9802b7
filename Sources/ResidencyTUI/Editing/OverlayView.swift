import ResidencyModel

/// Draws the overlays over the screen, bottom to top: each a bordered box, centred, sized to
/// what it holds and never larger than the terminal.
enum OverlayView {
    static func render(_ state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        for overlay in state.overlays {
            switch overlay {
            case .form(let form): renderForm(form, state: state, into: &buffer, area: area)
            case .picker(let picker): renderPicker(picker, state: state, into: &buffer, area: area)
            case .confirm(let confirm): renderConfirm(confirm, state: state, into: &buffer, area: area)
            case .list(let list): renderList(list, state: state, into: &buffer, area: area)
            case .conflicts(let conflicts): renderConflicts(conflicts, state: state, into: &buffer, area: area)
            case .prompt(let prompt): renderPrompt(prompt, state: state, into: &buffer, area: area)
            }
        }
    }

    /// A cleared, bordered box of at most `size`, centred in `area`; returns its inside.
    static func box(_ title: String, size: Size, area: Rect, theme: Theme, into buffer: inout ScreenBuffer) -> Rect {
        let width = min(size.width, area.width)
        let height = min(size.height, area.height)
        let rect = area.centered(Size(width: width, height: height))
        buffer.fill(rect)
        return Box(title: Line(" \(title) ", style: theme.title), borders: .rounded, style: theme.border)
            .render(into: &buffer, area: rect).inset(left: 1, right: 1)
    }

    // MARK: Form

    static let labelWidth = 16

    static func renderForm(_ form: FormState, state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        let theme = state.theme
        let width = min(area.width, 78)
        var header: [Line] = []
        if let question = form.question, !question.isEmpty {
            header = TextFitting.wrap(Line("Question: " + question, style: theme.warning), width: width - 4).prefix(3).map { $0 }
        }
        let footerLines = 2
        // A message beside a field wraps (up to three lines) so its fix ("did you mean ...") is seen.
        let errorWidth = max(4, width - 4 - labelWidth - 1)
        let errorLines = form.errors.mapValues { error in
            Array(TextFitting.wrap(Line("\(Symbols.attention) \(error)", style: theme.error), width: errorWidth).prefix(3))
        }
        let wanted = header.count + form.fields.count + errorLines.values.map(\.count).reduce(0, +) + form.problems.count
            + footerLines + 3
        let inner = box(form.title, size: Size(width: width, height: wanted), area: area, theme: theme, into: &buffer)
        guard inner.height > 2 else { return }
        var row = inner.y
        for line in header {
            buffer.write(line, at: Position(column: inner.x, row: row), maxWidth: inner.width)
            row += 1
        }
        if !header.isEmpty { row += 1 }
        // Rows the fields can use; scroll so the focused one is in view.
        let available = inner.maxY - row - footerLines
        var fieldRows: [(index: Int, error: Line?)] = []
        for (index, field) in form.fields.enumerated() {
            fieldRows.append((index, nil))
            for line in errorLines[field.key] ?? [] { fieldRows.append((index, line)) }
        }
        let focusRow = fieldRows.firstIndex { $0.index == form.focus && $0.error == nil } ?? 0
        let start = max(0, min(focusRow - available / 2, fieldRows.count - available))
        let valueColumn = inner.x + labelWidth + 1
        let valueWidth = max(4, inner.maxX - valueColumn)
        for entry in fieldRows.dropFirst(start).prefix(max(0, available)) {
            let field = form.fields[entry.index]
            let focused = entry.index == form.focus
            if let error = entry.error {
                buffer.write(error, at: Position(column: valueColumn, row: row), maxWidth: valueWidth)
                row += 1
                continue
            }
            let label = TextFitting.pad(TextFitting.truncate(field.label + (field.required ? "*" : ""), to: labelWidth),
                                        to: labelWidth, alignment: .right)
            buffer.write(Line(label, style: focused ? theme.key : theme.muted), at: Position(column: inner.x, row: row))
            let value = form.values[entry.index]
            let picker = PickerOptions.hasPicker(field.type) ? " ▾" : ""
            let room = valueWidth - DisplayWidth.of(picker)
            if focused {
                let (shown, cursor) = value.visible(width: room)
                buffer.fill(Rect(x: valueColumn, y: row, width: room, height: 1), style: theme.selection)
                buffer.write(Line(shown, style: theme.selection), at: Position(column: valueColumn, row: row), maxWidth: room, ellipsis: false)
                buffer.cursor = Position(column: valueColumn + cursor, row: row)
            } else {
                let text = value.text.isEmpty ? "—" : value.text
                buffer.write(Line(text, style: value.text.isEmpty ? theme.muted : theme.text),
                             at: Position(column: valueColumn, row: row), maxWidth: room)
            }
            if !picker.isEmpty {
                buffer.write(Line(picker, style: theme.muted), at: Position(column: valueColumn + room, row: row))
            }
            row += 1
        }
        for problem in form.problems.prefix(max(0, inner.maxY - footerLines - row)) {
            buffer.write(Line("\(Symbols.attention) \(problem)", style: theme.error), at: Position(column: inner.x, row: row), maxWidth: inner.width)
            row += 1
        }
        // The focused field's question, where it is answered.
        let question = Line(form.focusedField.question, style: theme.muted)
        buffer.write(question, at: Position(column: inner.x, row: inner.maxY - 1), maxWidth: inner.width)
    }

    // MARK: Picker

    static func renderPicker(_ picker: PickerState, state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        let theme = state.theme
        let height = min(area.height, max(8, min(picker.options.count, 14) + 5))
        let inner = box("Choose \(picker.title.lowercased())", size: Size(width: min(area.width, 70), height: height),
                        area: area, theme: theme, into: &buffer)
        guard inner.height > 2 else { return }
        let (shown, cursor) = picker.query.visible(width: inner.width - 3)
        buffer.write(Line("> ", style: theme.key) + Line(shown, style: theme.text), at: Position(column: inner.x, row: inner.y))
        buffer.cursor = Position(column: inner.x + 2 + cursor, row: inner.y)
        var row = inner.y + 1
        if picker.allowsSeveral {
            let chosen = picker.chosen.isEmpty ? "none" : FieldText.list(picker.chosen)
            buffer.write(Line("marked: " + chosen + "  (Tab marks several; Enter alone takes the selected one)", style: theme.accent),
                         at: Position(column: inner.x, row: row), maxWidth: inner.width)
            row += 1
        }
        let visible = max(1, inner.maxY - row)
        let offset = max(0, min(picker.selection - visible + 1, picker.options.count - visible, picker.selection))
        if picker.options.isEmpty {
            let typed = picker.query.text.isEmpty ? "Nothing to choose from." : "Nothing matches: Enter takes what you typed."
            buffer.write(Line(typed, style: theme.muted), at: Position(column: inner.x, row: row), maxWidth: inner.width)
        }
        for (index, option) in picker.options.enumerated().dropFirst(max(0, offset)).prefix(visible) {
            let selected = index == picker.selection
            let mark = picker.allowsSeveral ? (picker.chosen.contains(option.value) ? "[x] " : "[ ] ") : ""
            var line = Line(mark + option.label, style: selected ? theme.selection : theme.text)
            if option.detail != option.label && !option.detail.isEmpty {
                line.append("  " + option.detail, style: selected ? theme.selection : theme.muted)
            }
            if selected { buffer.fill(Rect(x: inner.x, y: row, width: inner.width, height: 1), style: theme.selection) }
            buffer.write(line, at: Position(column: inner.x, row: row), maxWidth: inner.width)
            row += 1
        }
    }

    // MARK: Confirm, list, conflicts, prompt

    static func renderConfirm(_ confirm: ConfirmState, state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        let theme = state.theme
        let width = min(area.width, 72)
        let lines = confirm.lines.flatMap { TextFitting.wrap(Line($0, style: theme.text), width: width - 4) }
        let inner = box(confirm.title, size: Size(width: width, height: lines.count + 4), area: area, theme: theme, into: &buffer)
        for (row, line) in lines.prefix(max(0, inner.height - 1)).enumerated() {
            buffer.write(line, at: Position(column: inner.x, row: inner.y + row), maxWidth: inner.width)
        }
        var answers = Line("")
        for choice in confirm.choices {
            answers.append("\(choice.key)", style: theme.key)
            answers.append(" \(choice.label)   ", style: theme.text)
        }
        answers.append("Esc", style: theme.key)
        answers.append(" cancel", style: theme.text)
        buffer.write(answers, at: Position(column: inner.x, row: inner.maxY - 1), maxWidth: inner.width)
    }

    static func renderList(_ list: ItemListState, state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        let theme = state.theme
        let rows = list.rows(in: state)
        let inner = box(list.title, size: Size(width: min(area.width, 74), height: max(6, min(rows.count, 14) + 3)),
                        area: area, theme: theme, into: &buffer)
        guard inner.height > 1 else { return }
        if rows.isEmpty {
            buffer.write(Line("None yet: a adds one.", style: theme.muted), at: Position(column: inner.x, row: inner.y))
            return
        }
        let visible = inner.height - 1
        let offset = max(0, min(list.selection - visible + 1, rows.count - visible, list.selection))
        for (index, row) in rows.enumerated().dropFirst(offset).prefix(visible) {
            let selected = index == list.selection
            let y = inner.y + index - offset
            if selected { buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: theme.selection) }
            var line = Line(row.label, style: selected ? theme.selection : theme.text)
            if !row.detail.isEmpty { line.append("  " + row.detail, style: selected ? theme.selection : theme.muted) }
            buffer.write(line, at: Position(column: inner.x, row: y), maxWidth: inner.width)
        }
        buffer.write(Line("\(min(list.selection + 1, rows.count)) of \(rows.count)", style: theme.muted),
                     at: Position(column: inner.x, row: inner.maxY - 1))
    }

    static func renderConflicts(_ conflicts: ConflictState, state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        let theme = state.theme
        let inner = box("Changed on disk by someone else", size: Size(width: min(area.width, 78), height: area.height - 2),
                        area: area, theme: theme, into: &buffer)
        guard inner.height > 4 else { return }
        var row = inner.y
        let intro = "You and someone else both changed \(conflicts.conflicts.count) item\(conflicts.conflicts.count == 1 ? "" : "s"). Choose for each:"
        buffer.write(Line(intro, style: theme.text), at: Position(column: inner.x, row: row), maxWidth: inner.width)
        row += 2
        for (index, conflict) in conflicts.conflicts.enumerated() where row < inner.maxY - 1 {
            let selected = index == conflicts.selection
            let choice = conflicts.choices[conflict.subject].map { $0 == .ours ? "mine" : "theirs" } ?? "not chosen"
            if selected { buffer.fill(Rect(x: inner.x, y: row, width: inner.width, height: 1), style: theme.selection) }
            buffer.write(Line("\(conflict.subject)  [\(choice)]", style: selected ? theme.selection : theme.heading),
                         at: Position(column: inner.x, row: row), maxWidth: inner.width)
            row += 1
            guard selected else { continue }
            for (label, value) in [("mine", conflict.ours), ("theirs", conflict.theirs)] where row < inner.maxY - 1 {
                buffer.write(Line("  \(label):", style: theme.key), at: Position(column: inner.x, row: row))
                row += 1
                for line in describe(value, against: conflict.base).prefix(4) where row < inner.maxY - 1 {
                    buffer.write(Line("    " + line, style: theme.text), at: Position(column: inner.x, row: row), maxWidth: inner.width)
                    row += 1
                }
            }
        }
    }

    /// The fields of one side of a conflict that differ from the base ("location: DE").
    static func describe(_ value: ItemValue?, against base: ItemValue?) -> [String] {
        guard let value else { return ["deleted"] }
        let texts = value.texts
        let old = base?.texts ?? [:]
        let changed = value.kind.fields.filter { texts[$0.key] != old[$0.key] }
        let shown = changed.isEmpty ? value.kind.fields.prefix(2).map { $0 } : changed
        return shown.map { "\($0.key): \(texts[$0.key].flatMap { $0.isEmpty ? nil : $0 } ?? "—")" }
    }

    static func renderPrompt(_ prompt: PromptState, state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        let theme = state.theme
        let inner = box(prompt.title, size: Size(width: min(area.width, 70), height: 3), area: area, theme: theme, into: &buffer)
        let (shown, cursor) = prompt.field.visible(width: inner.width - 1)
        buffer.write(Line(shown, style: theme.text), at: Position(column: inner.x, row: inner.y))
        buffer.cursor = Position(column: inner.x + cursor, row: inner.y)
    }
}
