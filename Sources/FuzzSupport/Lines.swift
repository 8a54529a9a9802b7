import ResidencyModel

/// A file as lines of bytes (split at "\n", which `joined` puts back exactly), with the
/// line-level edits the mutator makes: YAML is line-oriented, so most loader bugs need a whole
/// key, item or block moved rather than a byte.
struct Lines {
    private(set) var lines: [[UInt8]]

    init(_ bytes: [UInt8]) {
        lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
    }

    var count: Int { lines.count }

    var joined: [UInt8] { Array(lines.joined(separator: [0x0A])) }

    mutating func remove(_ index: Int) { lines.remove(at: index) }

    mutating func swap(_ a: Int, _ b: Int) { lines.swapAt(a, b) }

    func slice(_ range: Range<Int>) -> [[UInt8]] { Array(lines[range]) }

    mutating func insert(_ inserted: [[UInt8]], at index: Int) {
        lines.insert(contentsOf: inserted, at: min(index, lines.count))
    }

    mutating func duplicate(_ range: Range<Int>, times: Int) {
        let block = Array(lines[range])
        lines.insert(contentsOf: Array(repeating: block, count: times).joined(), at: range.upperBound)
    }

    /// The ids the file declares (`id: x`), to make references that resolve, clash or dangle.
    var ids: [String] {
        lines.compactMap { line in
            let text = String(decoding: line, as: UTF8.self).trimmingLeadingSpaces
            for prefix in ["- id: ", "id: "] where text.hasPrefix(prefix) {
                return String(text.dropFirst(prefix.count))
            }
            return nil
        }
    }

    /// Indexes of lines holding `key: value` (or `key:` with the value below).
    private var valueLines: [Int] {
        lines.indices.filter { index in
            let line = lines[index]
            guard let first = line.firstIndex(where: { $0 != 0x20 }), line[first] != 0x23 else { return false }
            return line.contains(0x3A)
        }
    }

    /// Where a line's value starts: after the first ": " (or at the end, after a bare "key:").
    private func valueStart(_ index: Int) -> Int {
        let line = lines[index]
        for position in line.indices.dropLast() where line[position] == 0x3A && line[position + 1] == 0x20 {
            return position + 2
        }
        return line.count
    }

    /// Replaces the value of a random `key: value` line (or appends the value as a new key).
    func replacingValue(with value: [UInt8], _ random: inout SeededRandom) -> [UInt8] {
        var copy = self
        let candidates = valueLines
        guard !candidates.isEmpty else { return joined + Array("\nnotes: ".utf8) + value }
        let index = random.pick(candidates)
        let start = valueStart(index)
        var line = Array(lines[index].prefix(start))
        if start == lines[index].count, !(line.last == 0x20) { line.append(0x20) }
        copy.lines[index] = line + value
        return copy.joined
    }

    /// Puts `piece` somewhere inside a random line's value.
    func insertingIntoValue(_ piece: [UInt8], _ random: inout SeededRandom) -> [UInt8] {
        var copy = self
        let candidates = valueLines
        guard !candidates.isEmpty else { return piece + joined }
        let index = random.pick(candidates)
        let start = valueStart(index)
        let at = start + random.below(lines[index].count - start + 1)
        copy.lines[index].insert(contentsOf: piece, at: at)
        return copy.joined
    }

    /// Repeats one list item (`- ` and the lines indented under it) `times` times: duplicate
    /// ids, and long lists.
    func repeatingListItem(times: Int, _ random: inout SeededRandom) -> [UInt8] {
        let starts = lines.indices.filter { lines[$0].drop(while: { $0 == 0x20 }).starts(with: [0x2D, 0x20]) }
        guard !starts.isEmpty else { return joined }
        let start = random.pick(starts)
        let indent = lines[start].prefix(while: { $0 == 0x20 }).count
        var end = start + 1
        while end < lines.count {
            let line = lines[end]
            let lineIndent = line.prefix(while: { $0 == 0x20 }).count
            if lineIndent < line.count, lineIndent <= indent { break }
            end += 1
        }
        var copy = self
        let blockSize = lines[start..<end].reduce(0) { $0 + $1.count + 1 }
        copy.duplicate(start..<end, times: min(times, max(1, Mutator.maximumSize / max(1, blockSize))))
        return copy.joined
    }

    /// An anchor on one value and aliases (or a merge key) to it elsewhere, before or after it.
    func addingAnchorAndAliases(_ random: inout SeededRandom) -> [UInt8] {
        var copy = self
        let candidates = valueLines
        guard !candidates.isEmpty else { return joined }
        let name = Array("a\(random.below(3))".utf8)
        let anchored = random.pick(candidates)
        copy.lines[anchored].insert(contentsOf: [0x26] + name + [0x20], at: valueStart(anchored))
        for _ in 0..<random.number(in: 1...4) {
            let target = random.pick(candidates)
            guard target != anchored else { continue }
            if random.percent(20) {
                let indent = lines[target].prefix(while: { $0 == 0x20 || $0 == 0x2D })
                    .map { _ in UInt8(0x20) }
                copy.lines.insert(indent + Array("<<: *".utf8) + name, at: target)
            } else {
                copy.lines[target] = Array(lines[target].prefix(valueStart(target))) + [0x2A] + name
            }
        }
        return copy.joined
    }

    /// One anchored location list aliased by many systems (issue 10's 58 KB file), or aliases
    /// inside aliases (a billion laughs).
    func addingAliasBomb(_ random: inout SeededRandom) -> [UInt8] {
        var copy = self
        let at = (lines.firstIndex { $0 == Array("systems:".utf8) } ?? lines.count - 1) + 1
        var added: [String] = []
        if random.percent(70) {
            let codes = Array(repeating: "DE, FR, NL, aws:eu-central-1", count: random.pick([10, 100, 250])).joined(separator: ", ")
            added.append("  - {id: bomb0, name: B, kind: database, location: &bomb [\(codes)]}")
            for number in 1...random.pick([10, 100, 1_000]) {
                added.append("  - {id: bomb\(number), name: B, kind: database, location: *bomb}")
            }
        } else {
            added.append("  - {id: laugh0, name: L, kind: database, location: &l0 [DE, FR]}")
            for level in 1...random.number(in: 3...12) {
                let aliases = Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ")
                added.append("  - {id: laugh\(level), name: L, kind: database, location: &l\(level) [\(aliases)]}")
            }
        }
        copy.lines.insert(contentsOf: added.map { Array($0.utf8) }, at: min(at, lines.count))
        return copy.joined
    }

    /// Shifts one line's indentation, or turns it into tabs.
    mutating func reindent(_ index: Int, _ random: inout SeededRandom) {
        let line = lines[index]
        let indent = line.prefix(while: { $0 == 0x20 }).count
        switch random.below(3) {
        case 0: lines[index] = Array(repeating: 0x20, count: random.number(in: 1...4)) + line
        case 1: lines[index] = Array(line.dropFirst(min(indent, random.number(in: 1...4))))
        default: lines[index] = Array(repeating: 0x09, count: max(1, indent / 2)) + line.dropFirst(indent)
        }
    }
}

private extension String {
    var trimmingLeadingSpaces: Substring { drop(while: { $0 == " " }) }
}
