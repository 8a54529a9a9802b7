/// Builds a Markdown document block by block, with a blank line between blocks so no block can
/// run into the next (a paragraph followed by `---` would otherwise become a heading).
struct MarkdownDocument: Sendable {
    private(set) var text = ""

    init() {
        text.reserveCapacity(4096)
    }

    mutating func heading(_ level: Int, _ title: Markup) {
        block(String(repeating: "#", count: min(max(level, 1), 6)) + " " + title.source)
    }

    mutating func paragraph(_ markup: Markup) {
        guard !markup.isEmpty else { return }
        block(markup.source)
    }

    /// A bullet list; an empty list writes nothing.
    mutating func bullets(_ items: [Markup]) {
        guard !items.isEmpty else { return }
        startBlock()
        for item in items {
            text += "- "
            text += item.source
            text += "\n"
        }
    }

    /// A numbered list, counting from 1.
    mutating func numbered(_ items: [Markup]) {
        guard !items.isEmpty else { return }
        startBlock()
        for (i, item) in items.enumerated() {
            text += "\(i + 1). "
            text += item.source
            text += "\n"
        }
    }

    /// A GFM table. Every row gets exactly the header's number of cells (missing ones empty,
    /// extra ones dropped), and an empty cell is written as a space so the row keeps its shape.
    mutating func table(_ header: [Markup], rows: [[Markup]]) {
        guard !header.isEmpty else { return }
        startBlock()
        appendRow(header, columns: header.count)
        text += "|" + String(repeating: " --- |", count: header.count) + "\n"
        for row in rows { appendRow(row, columns: header.count) }
    }

    /// A fenced code block; `lines` must not contain a line of three backticks (callers build
    /// them from generated ids and escaped labels).
    mutating func codeBlock(language: String, lines: [String]) {
        startBlock()
        text += "```" + language + "\n"
        for line in lines {
            text += line
            text += "\n"
        }
        text += "```\n"
    }

    /// A thematic break.
    mutating func rule() {
        block("---")
    }

    private mutating func appendRow(_ cells: [Markup], columns: Int) {
        text += "|"
        for column in 0..<columns {
            let cell = column < cells.count ? cells[column].source : ""
            text += " "
            text += cell.isEmpty ? " " : cell
            text += " |"
        }
        text += "\n"
    }

    private mutating func block(_ line: String) {
        startBlock()
        text += line
        text += "\n"
    }

    private mutating func startBlock() {
        if !text.isEmpty { text += "\n" }
    }
}
