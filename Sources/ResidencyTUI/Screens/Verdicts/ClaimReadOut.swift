import ResidencyModel

/// The read-out: one claim and its answer alone on the screen, in short lines with a sentence
/// to a paragraph, so it can be read aloud without losing the place.
enum ClaimReadOut {
    /// The longest line, in columns: longer lines are hard to follow aloud.
    static let readableWidth = 88

    /// The read-out laid out in the box at `area`: its lines, where they go, and how far they
    /// scroll. A long answer keeps its last row for a note of how much lies below.
    struct Frame {
        var lines: [Line]
        var body: Rect
        var note: Rect?

        init(_ result: ClaimResult, theme: Theme, area: Rect) {
            let inner = Box.inner(of: area)
            let margin = max(1, (inner.width - ClaimReadOut.readableWidth) / 2)
            var text = inner.inset(top: 1, left: margin, right: margin)
            lines = AnswerPane.readOutLines(result, theme: theme, width: text.width)
            if lines.count > text.height {
                body = text.inset(bottom: 1)
                note = text.bottom(1)
            } else {
                // A short answer sits a third of the way down, where the eye rests.
                text = text.inset(top: (text.height - lines.count) / 3)
                body = text
                note = nil
            }
        }

        /// The furthest the read-out scrolls.
        var lastScroll: Int { max(0, lines.count - body.height) }
    }

    static func render(
        _ result: ClaimResult, position: String, scroll: Int, theme: Theme, into buffer: inout ScreenBuffer, area: Rect
    ) {
        Box(title: Line("Read out: claim \(position)", style: theme.title),
            trailingTitle: Line("Esc closes", style: theme.muted), borders: .heavy, style: theme.border)
            .render(into: &buffer, area: area)
        let frame = Frame(result, theme: theme, area: area)
        let offset = min(max(0, scroll), frame.lastScroll)
        Paragraph(frame.lines, wraps: false, scroll: offset, showsOverflow: false).render(into: &buffer, area: frame.body)
        guard let note = frame.note else { return }
        let below = frame.lines.count - offset - frame.body.height
        let text = below > 0
            ? "▼ \(CountPhrase.of(below, "more line")) below: ↓ scrolls"
            : "▲ end of the answer: ↑ scrolls back"
        buffer.write(Line(text, style: theme.muted), in: note, alignment: .center)
    }
}
