/// Fitting text to a number of columns: cutting with an ellipsis, padding, and wrapping.
/// All of it measures display width (see `DisplayWidth`), never `String.count`.
public enum TextFitting {
    /// The text cut to at most `width` columns; when anything was cut it ends with `ellipsis`.
    /// A wide character is never split: the result may be one column short instead.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        let ellipsisWidth = DisplayWidth.of(ellipsis)
        let budget = ellipsisWidth <= width ? width - ellipsisWidth : width
        var result = ""
        var used = 0
        for character in text {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > budget { break }
            result.append(character)
            used += characterWidth
        }
        return ellipsisWidth <= width ? result + ellipsis : result
    }

    /// The text cut from the front to at most `width` columns, starting with `ellipsis` when
    /// anything was cut: for the end of a long search being typed, or of a long path.
    public static func truncateHead(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        let ellipsisWidth = DisplayWidth.of(ellipsis)
        let budget = ellipsisWidth <= width ? width - ellipsisWidth : width
        var kept: [Character] = []
        var used = 0
        for character in text.reversed() {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > budget { break }
            kept.append(character)
            used += characterWidth
        }
        let tail = String(kept.reversed())
        return ellipsisWidth <= width ? ellipsis + tail : tail
    }

    /// The text cut to `width` columns, then padded with spaces to exactly `width` columns.
    public static func pad(_ text: String, to width: Int, alignment: TextAlignment = .left) -> String {
        let fitted = truncate(text, to: width)
        let gap = max(0, width - DisplayWidth.of(fitted))
        switch alignment {
        case .left: return fitted + String(repeating: " ", count: gap)
        case .right: return String(repeating: " ", count: gap) + fitted
        case .center:
            let left = gap / 2
            return String(repeating: " ", count: left) + fitted + String(repeating: " ", count: gap - left)
        }
    }

    /// Word-wraps plain text to `width` columns; "\n" starts a new line. The text is sanitized.
    public static func wrap(_ text: String, width: Int) -> [String] {
        wrap(lines: text, style: .plain, width: width).map(\.text)
    }

    /// Word-wraps text into styled lines; "\n" starts a new line. The text is sanitized.
    public static func wrap(lines text: String, style: CellStyle, width: Int) -> [Line] {
        let safe = TextSanitizer.sanitize(text, keepingNewlines: true)
        return safe.split(separator: "\n", omittingEmptySubsequences: false).flatMap { paragraph in
            wrap(Line(String(paragraph), style: style), width: width)
        }
    }

    /// Word-wraps one styled line to `width` columns. Breaks at spaces; a word longer than a line
    /// is broken between graphemes. Spaces at a break are dropped. An empty line stays one line.
    public static func wrap(_ line: Line, width: Int) -> [Line] {
        guard width > 0 else { return [] }
        if line.displayWidth <= width { return [line] }
        var wrapped: [Line] = []
        var current = LineBuilder()
        var pendingSpaces = LineBuilder()
        var word = LineBuilder()

        func flushWord() {
            guard !word.isEmpty else { return }
            if current.width + pendingSpaces.width + word.width <= width {
                current.append(pendingSpaces)
                current.append(word)
            } else if word.width <= width {
                if !current.isEmpty { wrapped.append(current.line) }
                current = word
            } else {
                // A word wider than the line: fill the current line, then break it between graphemes.
                if !current.isEmpty {
                    current.append(pendingSpaces)
                }
                for glyph in word.glyphs {
                    if current.width + glyph.width > width {
                        wrapped.append(current.line)
                        current = LineBuilder()
                    }
                    current.append(glyph)
                }
            }
            pendingSpaces = LineBuilder()
            word = LineBuilder()
        }

        for span in line.spans {
            for character in span.text {
                let glyph = Glyph(character: character, width: DisplayWidth.of(character), style: span.style)
                if character == " " {
                    flushWord()
                    pendingSpaces.append(glyph)
                } else {
                    word.append(glyph)
                }
            }
        }
        flushWord()
        if !current.isEmpty || wrapped.isEmpty { wrapped.append(current.line) }
        return wrapped
    }
}

/// One grapheme with its width and style, while wrapping.
private struct Glyph {
    var character: Character
    var width: Int
    var style: CellStyle
}

/// Collects glyphs and turns them back into spans, merging runs of one style.
private struct LineBuilder {
    var glyphs: [Glyph] = []
    var width = 0

    var isEmpty: Bool { glyphs.isEmpty }

    mutating func append(_ glyph: Glyph) {
        glyphs.append(glyph)
        width += glyph.width
    }

    mutating func append(_ other: LineBuilder) {
        glyphs += other.glyphs
        width += other.width
    }

    var line: Line {
        var spans: [Span] = []
        var text = ""
        var style: CellStyle?
        for glyph in glyphs {
            if let current = style, current != glyph.style {
                spans.append(Span(text, style: current))
                text = ""
            }
            style = glyph.style
            text.append(glyph.character)
        }
        if let style { spans.append(Span(text, style: style)) }
        return Line(spans)
    }
}
