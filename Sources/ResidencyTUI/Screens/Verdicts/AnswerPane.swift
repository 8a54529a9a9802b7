import ResidencyModel

/// The honest answer for one claim, as the Overview and Claims screens show it.
enum AnswerPane {
    /// The verdict and its one-line summary: "✗ Broken: 2 breaches outside EU; 3 not confirmed."
    static func summary(_ result: ClaimResult, theme: Theme) -> Line {
        Line("\(result.verdict.symbol) \(result.answer.summary)", style: theme.style(for: result.verdict).bolded)
    }

    /// The compact form: the summary, then the answer as one paragraph.
    static func paragraph(_ result: ClaimResult, theme: Theme) -> Paragraph {
        Paragraph([summary(result, theme: theme), Line(result.answer.text, style: theme.text)])
    }

    /// Draws a titled box with the compact answer in it, or `emptyText` when no claim is selected.
    static func render(
        _ result: ClaimResult?, trailing: Line?, emptyText: String, theme: Theme, focused: Bool = false,
        into buffer: inout ScreenBuffer, area: Rect
    ) {
        let inner = Box(title: Line("Honest answer", style: theme.title), trailingTitle: trailing,
                        borders: focused ? .heavy : .plain, style: theme.border)
            .render(into: &buffer, area: area)
        let text = inner.inset(left: 1, right: 1)
        guard let result else {
            Paragraph(text: emptyText, style: theme.muted).render(into: &buffer, area: text)
            return
        }
        paragraph(result, theme: theme).render(into: &buffer, area: text)
    }

    /// Rows the compact answer takes at `width`, summary included.
    static func lineCount(_ result: ClaimResult?, theme: Theme, width: Int) -> Int {
        guard let result else { return 1 }
        return paragraph(result, theme: theme).lineCount(width: width)
    }

    /// The form for reading out on a call: the claim in quotes and bold, the summary, then each
    /// sentence of the answer as a paragraph of its own, wrapped to `width`.
    static func readOutLines(_ result: ClaimResult, theme: Theme, width: Int) -> [Line] {
        var lines = TextFitting.wrap(Line("“\(result.claim.text)”", style: theme.heading), width: width)
        lines.append(Line())
        lines += TextFitting.wrap(summary(result, theme: theme), width: width)
        for sentence in result.answer.sentences {
            lines.append(Line())
            lines += TextFitting.wrap(Line(sentence, style: theme.text), width: width)
        }
        return lines
    }
}
