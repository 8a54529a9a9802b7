import Yams

/// Writes a map back into the text it was read from, changing only what was edited: untouched
/// items, comments and layout stay byte for byte; an edited item is written in canonical form at
/// its old place and indent; a removed one takes only its own lines; a new one goes at the end of
/// its list; a list the file lacked goes at the end of the file. It also lays out the new text as
/// it writes it, so the next save needs no second parse.
struct ChangeOnlyWriter {
    let baseText: String
    let layout: MapLayout
    let baseMap: ResidencyMap

    /// The new text and its layout, or nil when the edit cannot be written that way (items
    /// reordered, a layout this writer does not know); the caller then writes the whole file
    /// canonically.
    func write(_ map: ResidencyMap, renames: [MapEdit.Rename]) -> (text: String, layout: MapLayout)? {
        guard map.formatVersion == baseMap.formatVersion else { return nil }
        var out = LineOutput()
        var line = 0
        var written = Set<String>()
        for section in layout.sections {
            out.copy(layout.lines, line..<section.startLine)
            line = section.endLine
            written.insert(section.key)
            let start = out.lines.count
            var items: [MapLayout.ItemSpan]? = section.items.map { _ in [] }
            switch section.key {
            case "map":
                if map.header == baseMap.header {
                    out.copy(layout.lines, section.startLine..<section.endLine)
                } else {
                    guard var text = serialize(MapEncoder().headerSectionNode(map.header)) else { return nil }
                    if layout.nestedLists == .indented { text = SequenceIndentation.indent(text) }
                    out.append(text)
                }
            case "resmap":
                out.copy(layout.lines, section.startLine..<section.endLine)
            default:
                guard let listSection = MapSection(rawValue: section.key) else { return nil }
                if listSection == .categories && map.declaredCategories == nil { continue }
                guard let spans = writeList(listSection, section, map: map, renames: renames, into: &out) else { return nil }
                items = spans
            }
            out.sections.append(MapLayout.Section(key: section.key, startLine: start, endLine: out.lines.count, items: items))
        }
        out.copy(layout.lines, line..<layout.lines.count)
        // Lists the file did not have, in canonical order at the end.
        for section in MapSection.allCases where !written.contains(section.fileKey) {
            let items = section.items(in: map)
            if items.isEmpty && !(section == .categories && map.declaredCategories != nil) { continue }
            guard appendSection(section, items: items, into: &out) else { return nil }
        }
        return (out.lines.joined(), MapLayout(lines: out.lines, sections: out.sections, nestedLists: layout.nestedLists))
    }

    /// One list: each base item kept, rewritten or dropped, then the new ones. Returns the spans
    /// of the items as written.
    private func writeList(_ section: MapSection, _ place: MapLayout.Section, map: ResidencyMap,
                           renames: [MapEdit.Rename], into out: inout LineOutput) -> [MapLayout.ItemSpan]? {
        let baseItems = section.items(in: baseMap)
        let newItems = section.items(in: map)
        guard let spans = place.items, spans.count == baseItems.count else {
            if baseItems == newItems {
                out.copy(layout.lines, place.startLine..<place.endLine)
                return place.items.map { _ in [] }
            }
            // A flow-style or empty list in the file: write this list alone in canonical form.
            guard let text = serialize(MapEncoder().sectionNode(key: section.fileKey, items: newItems)) else { return nil }
            let first = out.lines.count
            out.append(text)
            return Self.spans(ofCanonicalSection: out.lines, from: first)
        }
        let offset = out.lines.count - place.startLine
        if baseItems == newItems {
            out.copy(layout.lines, place.startLine..<place.endLine)
            return spans.map { MapLayout.ItemSpan(startLine: $0.startLine + offset, endLine: $0.endLine + offset, indent: $0.indent) }
        }
        let baseKeys = ItemKey.keys(of: baseItems.map { Self.renamed($0, renames) })
        var newPositions: [ItemKey: Int] = [:]
        for (position, key) in ItemKey.keys(of: newItems).enumerated() { newPositions[key] = position }

        var written: [MapLayout.ItemSpan] = []
        // The key line and anything between it and the first item (comments) stay.
        out.copy(layout.lines, place.startLine..<spans[0].startLine)
        var lastUsed = -1
        var kept = 0
        for (position, span) in spans.enumerated() {
            let gapEnd = position + 1 < spans.count ? spans[position + 1].startLine : place.endLine
            if let newPosition = newPositions[baseKeys[position]] {
                guard newPosition > lastUsed else { return nil }
                lastUsed = newPosition
                kept += 1
                let first = out.lines.count
                if newItems[newPosition] == baseItems[position] {
                    out.copy(layout.lines, span.startLine..<span.endLine)
                } else {
                    guard let text = itemText(newItems[newPosition], indent: span.indent) else { return nil }
                    out.append(text)
                }
                written.append(MapLayout.ItemSpan(startLine: first, endLine: out.lines.count, indent: span.indent))
            }
            // The comments and blank lines after an item stay, whatever happened to it.
            out.copy(layout.lines, span.endLine..<gapEnd)
        }
        // New items: only at the end, after every kept one. (With every item gone, the key
        // stays with nothing under it, which reads as an empty list.)
        guard lastUsed + 1 == kept else { return nil }
        let indent = spans.last?.indent ?? 0
        for item in newItems[kept...] {
            guard let text = itemText(item, indent: indent) else { return nil }
            let first = out.lines.count
            out.append(text)
            written.append(MapLayout.ItemSpan(startLine: first, endLine: out.lines.count, indent: indent))
        }
        return written
    }

    /// A list the file did not have, written canonically at the end; false when it cannot be.
    private func appendSection(_ section: MapSection, items: [MapItem], into out: inout LineOutput) -> Bool {
        guard let text = serialize(MapEncoder().sectionNode(key: section.fileKey, items: items)) else { return false }
        let first = out.lines.count
        out.append(text)
        // An empty list (`data_categories: []`) has no item spans.
        let spans = Self.spans(ofCanonicalSection: out.lines, from: first)
        out.sections.append(MapLayout.Section(key: section.fileKey, startLine: first, endLine: out.lines.count, items: spans))
        return true
    }

    /// The item spans of a section written canonically: each item starts at a `- ` line.
    private static func spans(ofCanonicalSection lines: [Substring], from first: Int) -> [MapLayout.ItemSpan]? {
        let starts = (first + 1..<lines.count).filter { lines[$0].hasPrefix("- ") }
        guard !starts.isEmpty else { return nil }
        return starts.enumerated().map { position, start in
            MapLayout.ItemSpan(startLine: start, endLine: position + 1 < starts.count ? starts[position + 1] : lines.count, indent: 0)
        }
    }

    /// A base item's key as it reads after the renames, so a renamed item keeps its place.
    private static func renamed(_ item: MapItem, _ renames: [MapEdit.Rename]) -> MapItem {
        guard !renames.isEmpty else { return item }
        var result = item
        for rename in renames {
            switch result {
            case .copy(var copy) where rename.section == .systems:
                if copy.from == rename.from { copy.from = rename.to }
                if copy.to == rename.from { copy.to = rename.to }
                result = .copy(copy)
            default:
                if rename.section == result.section, result.id == rename.from {
                    result = result.withID(rename.to)
                }
            }
        }
        return result
    }

    private func itemText(_ item: MapItem, indent: Int) -> String? {
        let node = Node.sequence(Node.Sequence([MapEncoder().node(for: item)], Tag(.seq), .block))
        guard var text = serialize(node) else { return nil }
        if layout.nestedLists == .indented { text = SequenceIndentation.indent(text) }
        guard indent > 0 else { return text }
        let pad = String(repeating: " ", count: indent)
        var result = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            result += line.isEmpty ? "\n" : pad + line + "\n"
        }
        return result
    }

    private func serialize(_ node: Node) -> String? {
        try? Yams.serialize(node: node, indent: 2, width: -1, allowUnicode: true, lineBreak: .ln)
    }
}

/// The lines of a text being written, and the sections laid out so far.
private struct LineOutput {
    var lines: [Substring] = []
    var sections: [MapLayout.Section] = []

    mutating func copy(_ source: [Substring], _ range: Range<Int>) {
        guard !range.isEmpty else { return }
        lines.append(contentsOf: source[range.clamped(to: 0..<source.count)])
    }

    /// Generated text, always starting on a line of its own (even after a last line that had no
    /// line break).
    mutating func append(_ text: String) {
        if let last = lines.last, !last.hasSuffix("\n") {
            lines[lines.count - 1] = Substring(String(last) + "\n")
        }
        var start = text.startIndex
        while start < text.endIndex {
            let end = text[start...].firstIndex(of: "\n").map { text.index(after: $0) } ?? text.endIndex
            lines.append(text[start..<end])
            start = end
        }
    }
}

extension MapItem {
    /// The same item under another id.
    func withID(_ id: String) -> MapItem {
        switch self {
        case .offering(var value): value.id = id; return .offering(value)
        case .category(var value): value.id = id; return .category(value)
        case .system(var value): value.id = id; return .system(value)
        case .copy: return self
        case .role(var value): value.id = id; return .role(value)
        case .flow(var value): value.id = id; return .flow(value)
        case .claim(var value): value.id = id; return .claim(value)
        case .exception(var value): value.id = id; return .exception(value)
        }
    }
}
