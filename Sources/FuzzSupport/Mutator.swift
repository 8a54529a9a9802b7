import ResidencyModel

/// Deterministic mutations of map files, aimed at what breaks YAML loaders: bytes flipped,
/// inserted and deleted; lines spliced in from other corpus files, duplicated (duplicate keys and
/// ids) and moved; anchors and aliases, alias bombs, deep nesting, very long scalars, hostile
/// Unicode and invalid UTF-8. The same seed and inputs always give the same output.
public struct Mutator: Sendable {
    /// No mutant grows past this; a long input costs time without reaching new code.
    public static let maximumSize = 1_200_000

    /// The files mutations splice from.
    public var corpus: [[UInt8]]

    public init(corpus: [[UInt8]]) {
        self.corpus = corpus
    }

    /// One to eight stacked mutations of `input`.
    public func mutate(_ input: [UInt8], _ random: inout SeededRandom) -> [UInt8] {
        var bytes = input
        var count = 1
        while count < 8, random.percent(45) { count += 1 }
        for _ in 0..<count {
            bytes = mutateOnce(bytes, &random)
            if bytes.count > Self.maximumSize { bytes.removeLast(bytes.count - Self.maximumSize) }
        }
        return bytes
    }

    /// The kinds of mutation, by name (for reports) with their weights.
    static let kinds: [(name: String, weight: Int)] = [
        ("flip", 8), ("byte", 6), ("insert", 6), ("delete", 6), ("token", 8), ("value", 10), ("duplicate-line", 6),
        ("move-line", 4), ("splice", 6), ("repeat-item", 4), ("anchor", 6), ("alias-bomb", 2), ("nesting", 2),
        ("long", 3), ("unicode", 8), ("invalid-utf8", 4), ("line-ends", 2), ("indent", 4), ("truncate", 2),
        ("document", 1),
    ]

    func mutateOnce(_ bytes: [UInt8], _ random: inout SeededRandom) -> [UInt8] {
        let total = Self.kinds.reduce(0) { $0 + $1.weight }
        var roll = random.below(total)
        var name = Self.kinds[0].name
        for kind in Self.kinds {
            if roll < kind.weight { name = kind.name; break }
            roll -= kind.weight
        }
        var lines = Lines(bytes)
        switch name {
        case "flip":
            guard !bytes.isEmpty else { return bytes }
            var copy = bytes
            copy[random.below(copy.count)] ^= UInt8(1 << random.below(8))
            return copy
        case "byte":
            guard !bytes.isEmpty else { return bytes }
            var copy = bytes
            copy[random.below(copy.count)] = random.pick(Self.interestingBytes)
            return copy
        case "insert":
            var copy = bytes
            let inserted = (0..<random.number(in: 1...8)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            copy.insert(contentsOf: inserted, at: random.below(copy.count + 1))
            return copy
        case "delete":
            guard !bytes.isEmpty else { return bytes }
            if random.percent(50), lines.count > 1 {
                lines.remove(random.below(lines.count))
                return lines.joined
            }
            let start = random.below(bytes.count)
            let end = min(bytes.count, start + random.number(in: 1...32))
            var copy = bytes
            copy.removeSubrange(start..<end)
            return copy
        case "token":
            var copy = bytes
            copy.insert(contentsOf: Array(random.pick(HostileText.yamlTokens).utf8), at: random.below(copy.count + 1))
            return copy
        case "value":
            return lines.replacingValue(with: Array(value(for: lines, &random).utf8), &random)
        case "duplicate-line":
            guard lines.count > 0 else { return bytes }
            let start = random.below(lines.count)
            let length = random.percent(70) ? 1 : random.number(in: 2...12)
            lines.duplicate(start..<min(lines.count, start + length), times: random.percent(90) ? 1 : random.number(in: 2...50))
            return lines.joined
        case "move-line":
            guard lines.count > 1 else { return bytes }
            lines.swap(random.below(lines.count), random.below(lines.count))
            return lines.joined
        case "splice":
            let other = Lines(random.pick(corpus))
            guard other.count > 0 else { return bytes }
            let start = random.below(other.count)
            let taken = other.slice(start..<min(other.count, start + random.number(in: 1...20)))
            lines.insert(taken, at: random.below(lines.count + 1))
            return lines.joined
        case "repeat-item":
            return lines.repeatingListItem(times: random.pick([2, 3, 10, 100, 1_000]), &random)
        case "anchor":
            return lines.addingAnchorAndAliases(&random)
        case "alias-bomb":
            return lines.addingAliasBomb(&random)
        case "nesting":
            let depth = random.pick([10, 100, 999, 1_000, 1_001, 5_000])
            let nested: String
            switch random.below(3) {
            case 0: nested = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
            case 1: nested = String(repeating: "{a: ", count: depth) + "b" + String(repeating: "}", count: depth)
            default: nested = String(repeating: "- ", count: min(depth, 200)) + "x"
            }
            return lines.replacingValue(with: Array(nested.utf8), &random)
        case "long":
            let unit = random.pick(HostileText.repeatable)
            let length = random.pick(HostileText.longLengths)
            let repeats = max(1, length / max(1, unit.utf8.count))
            let long = String(repeating: unit, count: repeats)
            let quoted = random.percent(30) ? "\"" + long + "\"" : long
            return lines.replacingValue(with: Array(quoted.utf8), &random)
        case "unicode":
            let piece = Array(random.pick(HostileText.unicode).utf8)
            if random.percent(60) { return lines.insertingIntoValue(piece, &random) }
            var copy = bytes
            copy.insert(contentsOf: piece, at: random.below(copy.count + 1))
            return copy
        case "invalid-utf8":
            let piece = random.pick(HostileText.bytes)
            if random.percent(60) { return lines.insertingIntoValue(piece, &random) }
            var copy = bytes
            copy.insert(contentsOf: piece, at: random.percent(20) ? 0 : random.below(copy.count + 1))
            return copy
        case "line-ends":
            let ending: [UInt8] = random.pick([[0x0D, 0x0A], [0x0D], [0xC2, 0x85], [0xE2, 0x80, 0xA8]])
            return bytes.flatMap { $0 == 0x0A && random.percent(70) ? ending : [$0] }
        case "indent":
            guard lines.count > 0 else { return bytes }
            lines.reindent(random.below(lines.count), &random)
            return lines.joined
        case "truncate":
            return Array(bytes.prefix(random.below(bytes.count + 1)))
        default:  // "document"
            return bytes + Array("\n---\n".utf8) + random.pick(corpus)
        }
    }

    /// A replacement value: a known value, an id from this file, or hostile text.
    private func value(for lines: Lines, _ random: inout SeededRandom) -> String {
        switch random.below(4) {
        case 0: return lines.ids.isEmpty ? random.pick(HostileText.values) : random.pick(lines.ids)
        case 1: return random.pick(HostileText.values) + random.pick(HostileText.unicode)
        default: return random.pick(HostileText.values)
        }
    }

    static let interestingBytes: [UInt8] = [
        0x00, 0x09, 0x0A, 0x0D, 0x1B, 0x20, 0x21, 0x22, 0x23, 0x25, 0x26, 0x27, 0x2A, 0x2C, 0x2D, 0x3A, 0x3E, 0x3F,
        0x40, 0x5B, 0x5C, 0x5D, 0x60, 0x7B, 0x7C, 0x7D, 0x7E, 0x7F, 0x80, 0xC0, 0xC2, 0xE2, 0xED, 0xEF, 0xF0, 0xFF,
    ]
}
