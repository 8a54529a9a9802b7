import Yams

/// Writes a map back into the text it was read from, changing only what was edited: untouched
/// items, comments and layout stay byte for byte; an edited item is written in canonical form at
/// its old place and indent; a removed one takes only its own lines; a new one goes at the end of
/// its list; a list the file lacked goes at the end of the file.
struct ChangeOnlyWriter {
    let baseText: String
    let layout: MapLayout
    let baseMap: ResidencyMap

    /// The new text, or nil when the edit cannot be written that way (items reordered, a layout
    /// this writer does not know); the caller then writes the whole file canonically.
    func text(for map: ResidencyMap, renames: [MapEdit.Rename]) -> String? {
        guard map.formatVersion == baseMap.formatVersion else { return nil }
        var output = ""
        output.reserveCapacity(baseText.utf8.count + 4096)
        var line = 0
        var written = Set<String>()
        for section in layout.sections {
            copyLines(line..<section.startLine, into: &output)
            line = section.endLine
            written.insert(section.key)
            switch section.key {
            case "map":
                if map.header == baseMap.header {
                    copyLines(section.startLine..<section.endLine, into: &output)
                } else {
                    guard let text = serialize(MapEncoder().headerSectionNode(map.header)) else { return nil }
                    Self.endLine(&output)
                    output += text
                }
            case "resmap":
                copyLines(section.startLine..<section.endLine, into: &output)
            default:
                guard let listSection = MapSection(rawValue: section.key) else { return nil }
                if listSection == .categories && map.declaredCategories == nil { continue }
                guard writeList(listSection, section, map: map, renames: renames, into: &output) else { return nil }
            }
        }
        copyLines(line..<layout.lines.count, into: &output)
        // Lists the file did not have, in canonical order at the end.
        for section in MapSection.allCases where !written.contains(section.fileKey) {
            let items = section.items(in: map)
            if items.isEmpty && !(section == .categories && map.declaredCategories != nil) { continue }
            Self.endLine(&output)
            guard let text = serialize(MapEncoder().sectionNode(key: section.fileKey, items: items)) else { return nil }
            output += text
        }
        return output
    }

    /// One list: each base item kept, rewritten or dropped, then the new ones.
    private func writeList(_ section: MapSection, _ place: MapLayout.Section, map: ResidencyMap,
                           renames: [MapEdit.Rename], into output: inout String) -> Bool {
        let baseItems = section.items(in: baseMap)
        let newItems = section.items(in: map)
        if baseItems == newItems {
            copyLines(place.startLine..<place.endLine, into: &output)
            return true
        }
        guard let spans = place.items, spans.count == baseItems.count else {
            // A flow-style or empty list in the file: write this list alone in canonical form.
            guard let text = serialize(MapEncoder().sectionNode(key: section.fileKey, items: newItems)) else { return false }
            Self.endLine(&output)
            output += text
            return true
        }
        let baseKeys = ItemKey.keys(of: baseItems.map { Self.renamed($0, renames) })
        var newPositions: [ItemKey: Int] = [:]
        for (position, key) in ItemKey.keys(of: newItems).enumerated() { newPositions[key] = position }

        // The key line and anything between it and the first item (comments) stay.
        copyLines(place.startLine..<spans[0].startLine, into: &output)
        var lastUsed = -1
        var kept = 0
        for (position, span) in spans.enumerated() {
            let gapEnd = position + 1 < spans.count ? spans[position + 1].startLine : place.endLine
            if let newPosition = newPositions[baseKeys[position]] {
                guard newPosition > lastUsed else { return false }
                lastUsed = newPosition
                kept += 1
                if newItems[newPosition] == baseItems[position] {
                    copyLines(span.startLine..<span.endLine, into: &output)
                } else {
                    guard let text = itemText(newItems[newPosition], indent: span.indent) else { return false }
                    Self.endLine(&output)
                    output += text
                }
            }
            // The comments and blank lines after an item stay, whatever happened to it.
            copyLines(span.endLine..<gapEnd, into: &output)
        }
        // New items: only at the end, after every kept one. (With every item gone, the key
        // stays with nothing under it, which reads as an empty list.)
        guard lastUsed + 1 == kept else { return false }
        let indent = spans.last?.indent ?? 0
        for item in newItems[kept...] {
            guard let text = itemText(item, indent: indent) else { return false }
            Self.endLine(&output)
            output += text
        }
        return true
    }

    /// Generated text always starts on a line of its own, even after a last line without a break.
    private static func endLine(_ output: inout String) {
        if !output.isEmpty && !output.hasSuffix("\n") { output += "\n" }
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
        guard let text = serialize(node) else { return nil }
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

    private func copyLines(_ range: Range<Int>, into output: inout String) {
        for index in range where index < layout.lines.count {
            output += layout.lines[index]
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
