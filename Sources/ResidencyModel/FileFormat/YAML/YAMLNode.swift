/// Where a YAML event starts or ends: line and column from 1, and the index from 0, counted in
/// Unicode scalars as libyaml counts them.
struct YAMLMark: Sendable, Equatable {
    // 32 bits each keep nodes small (files are at most 128 MB); read as Int.
    private let storedLine: UInt32
    private let storedColumn: UInt32
    private let storedIndex: UInt32

    var line: Int { Int(storedLine) }
    var column: Int { Int(storedColumn) }
    var index: Int { Int(storedIndex) }

    init(line: Int, column: Int, index: Int) {
        storedLine = UInt32(clamping: line)
        storedColumn = UInt32(clamping: column)
        storedIndex = UInt32(clamping: index)
    }
}

/// One node of a composed YAML document, with where it starts and ends in the file. Built by
/// `YAMLComposer` straight from libyaml's events: no tag resolution and no hashing of nodes, so
/// composing costs little more than parsing. Scalars keep the text exactly as written (`NO` stays
/// "NO"); the decoder gives values their types.
enum YAMLNode: Sendable {
    case scalar(Scalar)
    case mapping(Mapping)
    case sequence(Sequence)

    struct Scalar: Sendable {
        enum Style: Sendable { case plain, singleQuoted, doubleQuoted, literal, folded }
        let string: String
        let style: Style
        let start: YAMLMark
        let end: YAMLMark
    }

    struct Mapping: Sendable, RandomAccessCollection {
        let pairs: [(key: YAMLNode, value: YAMLNode)]
        let isFlow: Bool
        let start: YAMLMark
        let end: YAMLMark

        var startIndex: Int { pairs.startIndex }
        var endIndex: Int { pairs.endIndex }
        subscript(position: Int) -> (key: YAMLNode, value: YAMLNode) { pairs[position] }
    }

    struct Sequence: Sendable, RandomAccessCollection {
        let items: [YAMLNode]
        let isFlow: Bool
        let start: YAMLMark
        let end: YAMLMark

        var startIndex: Int { items.startIndex }
        var endIndex: Int { items.endIndex }
        subscript(position: Int) -> YAMLNode { items[position] }
    }

    /// Where the node starts: a block list at its first dash, a mapping at its first key.
    var start: YAMLMark {
        switch self {
        case .scalar(let scalar): return scalar.start
        case .mapping(let mapping): return mapping.start
        case .sequence(let sequence): return sequence.start
        }
    }

    var scalar: Scalar? {
        if case .scalar(let scalar) = self { return scalar }
        return nil
    }

    var mapping: Mapping? {
        if case .mapping(let mapping) = self { return mapping }
        return nil
    }
}
