/// How a file indents a list under a key: `access:` then `  - system: ...` (indented, as most
/// hand-written YAML) or `- system: ...` at the key's own column (as libyaml writes). Items
/// rewritten by a save follow the file's own habit, so an edited role reads like its neighbours
/// and its diff shows only what changed.
enum SequenceIndentation: Sendable {
    case indentless
    case indented

    /// The habit of the file, judged from its first list nested under a key inside an item.
    static func of(_ lines: [Substring]) -> SequenceIndentation {
        var previous: (indent: Int, isBareKey: Bool)?
        for line in lines {
            let indent = line.prefix { $0 == " " }.count
            let content = line.dropFirst(indent).trimmingCharacters(in: .newlines)
            guard !content.isEmpty, !content.hasPrefix("#") else { continue }
            if let previous, previous.isBareKey, previous.indent > 0, content.hasPrefix("- ") {
                return indent > previous.indent ? .indented : .indentless
            }
            previous = (indent, isBareKey(content))
        }
        return .indentless
    }

    /// `text` (libyaml's indentless output) with every list under a key indented by two.
    static func indent(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var result: [String] = []
        result.reserveCapacity(lines.count)
        // Dash columns (as libyaml wrote them) of the lists being indented, innermost last.
        var open: [Int] = []
        for (index, line) in lines.enumerated() {
            let indent = line.prefix { $0 == " " }.count
            let content = line.dropFirst(indent)
            if !content.isEmpty {
                while let top = open.last, indent < top || (indent == top && !content.hasPrefix("- ")) {
                    open.removeLast()
                }
            }
            let shift = open.count * 2
            result.append(content.isEmpty ? String(line) : String(repeating: " ", count: indent + shift) + content)
            if isBareKey(String(content)), index + 1 < lines.count {
                let next = lines[index + 1]
                let nextIndent = next.prefix { $0 == " " }.count
                let keyColumn = indent + (content.hasPrefix("- ") ? 2 : 0)
                if nextIndent == keyColumn, next.dropFirst(nextIndent).hasPrefix("- ") { open.append(keyColumn) }
            }
        }
        return result.joined(separator: "\n")
    }

    /// `key:` (or `- key:`) with nothing after it: a key whose value follows on the next lines.
    private static func isBareKey(_ content: String) -> Bool {
        var text = Substring(content)
        if text.hasPrefix("- ") { text = text.dropFirst(2) }
        guard text.hasSuffix(":"), let first = text.first, first != "'", first != "\"", first != "#" else { return false }
        return !text.dropLast().contains(":") && !text.contains(" ")
    }
}
