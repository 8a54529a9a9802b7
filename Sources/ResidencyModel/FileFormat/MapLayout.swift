/// Where each part of a map file sits, by line: every top-level key's lines, and inside each list
/// the lines of each item. A save rewrites only the lines of items that changed and copies the
/// rest (comments, blank lines, hand layout) byte for byte.
struct MapLayout: Sendable {
    /// One top-level key and the lines up to the next one, less the comments and blank lines
    /// that trail it (those belong to the gap before the next key and are always kept).
    struct Section: Sendable {
        var key: String
        var startLine: Int
        var endLine: Int
        /// The list's items, when the value is a block list of mappings.
        var items: [ItemSpan]?
    }

    /// One `- ` item of a block list: its lines (trailing comments and blanks left out) and the
    /// column of its dash, which a rewritten item keeps.
    struct ItemSpan: Sendable {
        var startLine: Int
        var endLine: Int
        var indent: Int
    }

    /// The file's lines, each with its line break.
    let lines: [Substring]
    let sections: [Section]
    /// How the file indents lists nested in items, which rewritten items follow.
    let nestedLists: SequenceIndentation

    init(lines: [Substring], sections: [Section], nestedLists: SequenceIndentation) {
        self.lines = lines
        self.sections = sections
        self.nestedLists = nestedLists
    }

    /// Lays out `text`, whose composed tree is `root`. Nil when the file is not shaped as resmap
    /// writes and reads maps (then a save writes the whole file in canonical form).
    init?(text: String, root: YAMLNode) {
        var lines: [Substring] = []
        var start = text.startIndex
        while start < text.endIndex {
            let end = text[start...].firstIndex(of: "\n").map { text.index(after: $0) } ?? text.endIndex
            lines.append(text[start..<end])
            start = end
        }
        guard case .mapping(let mapping) = root else { return nil }
        var keyed: [(key: String, line: Int, value: YAMLNode)] = []
        for (key, value) in mapping {
            guard let name = key.scalar?.string else { return nil }
            keyed.append((name, key.start.line - 1, value))
        }
        var sections: [Section] = []
        for (position, entry) in keyed.enumerated() {
            let next = position + 1 < keyed.count ? keyed[position + 1].line : lines.count
            // A key on the line after the last one means a one-line file layout we cannot split.
            guard next > entry.line, Self.indent(of: lines[entry.line]) == 0 else { return nil }
            let end = Self.trimTrailingGap(lines, from: entry.line + 1, to: next, indent: 0)
            var section = Section(key: entry.key, startLine: entry.line, endLine: end, items: nil)
            // A block list starts at its first dash.
            if case .sequence(let sequence) = entry.value, !sequence.isFlow, !sequence.isEmpty,
               sequence.start.line - 1 < lines.count,
               lines[sequence.start.line - 1].unicodeScalars.dropFirst(sequence.start.column - 1).first == "-" {
                section.items = Self.items(of: sequence, lines: lines, end: end)
            }
            sections.append(section)
        }
        self.lines = lines
        self.sections = sections
        self.nestedLists = SequenceIndentation.of(lines)
    }

    func section(_ key: String) -> Section? {
        sections.first { $0.key == key }
    }

    /// The items of a block list, or nil when one of them is not a `- key: value` mapping.
    private static func items(of sequence: YAMLNode.Sequence, lines: [Substring], end: Int) -> [ItemSpan]? {
        var starts: [(line: Int, indent: Int)] = []
        for item in sequence {
            guard case .mapping = item else { return nil }
            let line = item.start.line - 1
            guard line < lines.count else { return nil }
            let text = lines[line]
            let indent = Self.indent(of: text)
            guard text.dropFirst(indent).hasPrefix("- ") else { return nil }
            starts.append((line, indent))
        }
        return starts.enumerated().map { position, start in
            let next = position + 1 < starts.count ? starts[position + 1].line : end
            return ItemSpan(startLine: start.line, endLine: trimTrailingGap(lines, from: start.line + 1, to: next, indent: start.indent),
                            indent: start.indent)
        }
    }

    /// Steps back over blank lines and comments no deeper than `indent` (deeper `#` lines may be
    /// the inside of a block scalar).
    private static func trimTrailingGap(_ lines: [Substring], from first: Int, to end: Int, indent: Int) -> Int {
        var end = end
        while end > first {
            let line = lines[end - 1]
            let content = line.drop { $0 == " " || $0 == "\t" }
            let blank = content.allSatisfy { $0 == "\n" || $0 == "\r" }
            let comment = content.hasPrefix("#") && Self.indent(of: line) <= indent
            guard blank || comment else { break }
            end -= 1
        }
        return end
    }

    static func indent(of line: Substring) -> Int {
        line.prefix { $0 == " " }.count
    }
}
