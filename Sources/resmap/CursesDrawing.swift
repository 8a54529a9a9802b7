import CNcursesw
import ResidencyTUI

/// Copies frames to the terminal. Only the runs of cells that changed since the last frame are
/// drawn (`FrameDiff`), so a key press that moves a selection costs a few dozen calls, not a
/// whole screen.
struct CursesDrawing {
    private var previous: ScreenBuffer?
    private let colorsEnabled: Bool
    private let colorCount: Int32
    private let defaultColorsWork: Bool
    private var pairs: [ColorPairKey: Int16] = [:]
    private var nextPair: Int32 = 1
    private var cursorShown = false

    init(colorsEnabled: Bool, defaultColorsWork: Bool) {
        self.colorsEnabled = colorsEnabled
        self.colorCount = colorsEnabled ? resmap_colors() : 0
        self.defaultColorsWork = defaultColorsWork
    }

    /// Forgets the last frame: the next one is drawn whole (after a resize or Ctrl-L).
    mutating func invalidate() {
        previous = nil
    }

    mutating func draw(_ frame: ScreenBuffer) {
        let window = resmap_stdscr()
        let diff = FrameDiff(from: previous, to: frame)
        if diff.isWhole {
            werase(window)
            clearok(window, true)
        }
        for run in diff.runs {
            for column in run.column..<(run.column + run.count) {
                let cell = frame[column, run.row]
                if cell.isContinuation { continue }
                drawCell(cell, row: Int32(run.row), column: Int32(column))
            }
        }
        if let cursor = frame.cursor {
            if !cursorShown { curs_set(1); cursorShown = true }
            wmove(window, Int32(cursor.row), Int32(cursor.column))
        } else if cursorShown {
            curs_set(0)
            cursorShown = false
        }
        wrefresh(window)
        previous = frame
    }

    // MARK: Cells

    private mutating func drawCell(_ cell: Cell, row: Int32, column: Int32) {
        let (attributes, pair) = attributesAndPair(for: cell.style)
        let scalars = Array(cell.character.unicodeScalars)
        guard let base = scalars.first else {
            put([UInt32(0x20)], row: row, column: column, attributes: attributes, pair: pair)
            return
        }
        let libraryWidth = Int(resmap_wcwidth(base.value))
        if libraryWidth == cell.width {
            // The usual case: the C library agrees on the width; marks ride along in one cchar_t.
            let marks = scalars.dropFirst().filter { resmap_wcwidth($0.value) == 0 }.map(\.value)
            let markRoom = Int(resmap_cchar_max()) - 1
            put([base.value] + marks.prefix(max(0, markRoom)), row: row, column: column, attributes: attributes, pair: pair)
        } else if cell.width == 2, scalars.count >= 2, scalars.prefix(2).allSatisfy({ resmap_wcwidth($0.value) == 1 }) {
            // A flag: two regional indicators the C library counts one column each.
            put([scalars[0].value], row: row, column: column, attributes: attributes, pair: pair)
            put([scalars[1].value], row: row, column: column + 1, attributes: attributes, pair: pair)
        } else if cell.width == 2, libraryWidth == 1 {
            // An emoji the C library thinks narrow ("❤️"): draw its text form and a space, so curses
            // and the terminal agree on where the next cell is.
            put([base.value], row: row, column: column, attributes: attributes, pair: pair)
            put([0x20], row: row, column: column + 1, attributes: attributes, pair: pair)
        } else {
            // The C library cannot print it at this width: a replacement character holds the place.
            put([0xFFFD], row: row, column: column, attributes: attributes, pair: pair)
            if cell.width == 2 { put([0x20], row: row, column: column + 1, attributes: attributes, pair: pair) }
        }
    }

    private func put(_ scalars: [UInt32], row: Int32, column: Int32, attributes: attr_t, pair: Int16) {
        var text = scalars.map { wchar_t(bitPattern: $0) }
        text.append(0)
        _ = text.withUnsafeBufferPointer { pointer in
            resmap_draw_cell(row, column, pointer.baseAddress, attributes, pair)
        }
    }

    // MARK: Styles

    private struct ColorPairKey: Hashable {
        var foreground: Int16
        var background: Int16
    }

    private mutating func attributesAndPair(for style: CellStyle) -> (attr_t, Int16) {
        var attributes = resmap_a_normal()
        if style.bold { attributes |= resmap_a_bold() }
        if style.reverse { attributes |= resmap_a_reverse() }
        if style.dim { attributes |= resmap_a_dim() }
        if style.underline { attributes |= resmap_a_underline() }
        guard colorsEnabled else { return (attributes, 0) }
        let (foreground, dimInstead) = cursesColor(style.foreground, isForeground: true)
        let (background, _) = cursesColor(style.background, isForeground: false)
        if dimInstead { attributes |= resmap_a_dim() }
        return (attributes, pair(foreground: foreground, background: background))
    }

    /// The curses colour number; -1 is the terminal's default. Gray needs 16 colours; with 8 it
    /// becomes the default colour, dimmed.
    private func cursesColor(_ color: TerminalColor, isForeground: Bool) -> (Int16, dimInstead: Bool) {
        switch color {
        case .default:
            if defaultColorsWork { return (-1, false) }
            return (Int16(isForeground ? COLOR_WHITE : COLOR_BLACK), false)
        case .red: return (Int16(COLOR_RED), false)
        case .green: return (Int16(COLOR_GREEN), false)
        case .yellow: return (Int16(COLOR_YELLOW), false)
        case .blue: return (Int16(COLOR_BLUE), false)
        case .magenta: return (Int16(COLOR_MAGENTA), false)
        case .cyan: return (Int16(COLOR_CYAN), false)
        case .gray:
            if colorCount >= 16 { return (8, false) }
            return (cursesColor(.default, isForeground: isForeground).0, isForeground)
        }
    }

    /// A colour pair for the two colours, made on first use; pair 0 (the default) when curses has
    /// no pairs left.
    private mutating func pair(foreground: Int16, background: Int16) -> Int16 {
        if foreground == -1 && background == -1 { return 0 }
        let key = ColorPairKey(foreground: foreground, background: background)
        if let existing = pairs[key] { return existing }
        guard nextPair < resmap_color_pairs(), nextPair <= Int32(Int16.max) else { return 0 }
        let number = Int16(nextPair)
        guard init_pair(number, foreground, background) != ERR else { return 0 }
        nextPair += 1
        pairs[key] = number
        return number
    }
}
