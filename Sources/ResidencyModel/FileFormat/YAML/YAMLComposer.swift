import CYaml

/// Composes one YAML document from libyaml's event stream into `YAMLNode`s. This is Yams'
/// libyaml (its CYaml module), so the binary holds one libyaml, which also writes the maps.
///
/// What it does on the way, each in time proportional to the file:
/// - aliases are resolved to their anchored node, and what they expand to is counted against a
///   budget (`aliasLimit`), so a small file cannot stand for an enormous tree;
/// - a key written twice in one mapping stops the read, as it would mean two values for one field;
/// - a second document stops the read: a map file is one document.
/// The walk is iterative, so nesting is bounded by libyaml's limit, not by the thread's stack.
enum YAMLComposer {
    /// The document's root, or nil for a file with no document (empty, or only comments).
    /// `aliasLimit` gets the file's number of lines and says how many values aliases may add.
    static func compose(_ text: String, aliasLimit: (Int) -> Int) throws(YAMLSyntaxError) -> YAMLNode? {
        var text = text
        let result = text.withUTF8 { bytes in
            Result { () throws(YAMLSyntaxError) in
                var lines = 1
                for byte in bytes where byte == 0x0A { lines += 1 }
                return try compose(bytes, aliasLimit: aliasLimit(lines))
            }
        }
        return try result.get()
    }

    static func compose(_ bytes: UnsafeBufferPointer<UInt8>, aliasLimit: Int) throws(YAMLSyntaxError) -> YAMLNode? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw YAMLSyntaxError(stage: .memory, problem: "out of memory", mark: YAMLMark(line: 1, column: 1, index: 0))
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
        var composer = Composition(aliasLimit: aliasLimit)
        return try composer.run(&parser)
    }
}

/// The state of one composition: the containers still open, the anchors seen, the budget left.
private struct Composition {
    struct Open {
        let isMapping: Bool
        let isFlow: Bool
        let start: YAMLMark
        let anchor: String?
        var items: [YAMLNode] = []
        var pairs: [(key: YAMLNode, value: YAMLNode)] = []
        var pendingKey: YAMLNode?
        /// Nodes the decoder will visit walking this container, aliases counted as often as used.
        var size = 1
    }

    let aliasLimit: Int
    var open: [Open] = []
    var anchors: [String: (node: YAMLNode, size: Int)] = [:]
    /// Values added by aliases beyond the nodes written out.
    var aliasExpansion = 0
    var root: YAMLNode?
    var documents = 0

    init(aliasLimit: Int) {
        self.aliasLimit = aliasLimit
    }

    mutating func run(_ parser: inout yaml_parser_t) throws(YAMLSyntaxError) -> YAMLNode? {
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else { throw Self.error(of: parser) }
            defer { yaml_event_delete(&event) }
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return root
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    throw YAMLSyntaxError(
                        stage: .syntax, problem: "but found another document",
                        context: .init(text: "expected a single document in the stream", mark: YAMLMark(line: 1, column: 1, index: 0)),
                        mark: Self.mark(event.start_mark))
                }
            case YAML_SCALAR_EVENT:
                let data = event.data.scalar
                let scalar = YAMLNode.Scalar(
                    string: String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self),
                    style: Self.style(data.style), start: Self.mark(event.start_mark), end: Self.mark(event.end_mark))
                let node = YAMLNode.scalar(scalar)
                register(Self.text(data.anchor), node, size: 1)
                try add(node, size: 1)
            case YAML_ALIAS_EVENT:
                let name = Self.text(event.data.alias.anchor) ?? ""
                let mark = Self.mark(event.start_mark)
                guard let anchored = anchors[name] else {
                    throw YAMLSyntaxError(stage: .syntax, problem: "found undefined alias", mark: mark)
                }
                aliasExpansion += anchored.size
                if aliasExpansion > aliasLimit {
                    throw YAMLSyntaxError(stage: .aliasBudget(limit: aliasLimit), problem: "aliases expand too far", mark: mark)
                }
                try add(anchored.node, size: anchored.size)
            case YAML_SEQUENCE_START_EVENT:
                let data = event.data.sequence_start
                open.append(Open(isMapping: false, isFlow: data.style == YAML_FLOW_SEQUENCE_STYLE,
                                 start: Self.mark(event.start_mark), anchor: Self.text(data.anchor)))
            case YAML_MAPPING_START_EVENT:
                let data = event.data.mapping_start
                open.append(Open(isMapping: true, isFlow: data.style == YAML_FLOW_MAPPING_STYLE,
                                 start: Self.mark(event.start_mark), anchor: Self.text(data.anchor)))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let closed = open.popLast() else { break }
                let end = Self.mark(event.end_mark)
                let node: YAMLNode
                if closed.isMapping {
                    try Self.checkDuplicateKeys(closed.pairs)
                    node = .mapping(.init(pairs: closed.pairs, isFlow: closed.isFlow, start: closed.start, end: end))
                } else {
                    node = .sequence(.init(items: closed.items, isFlow: closed.isFlow, start: closed.start, end: end))
                }
                register(closed.anchor, node, size: closed.size)
                try add(node, size: closed.size)
            default:
                break
            }
        }
    }

    /// Puts a finished node into the container it belongs to, or makes it the document's root.
    private mutating func add(_ node: YAMLNode, size: Int) throws(YAMLSyntaxError) {
        let top = open.count - 1
        guard top >= 0 else {
            root = node
            return
        }
        open[top].size += size
        if !open[top].isMapping {
            open[top].items.append(node)
        } else if let key = open[top].pendingKey {
            open[top].pairs.append((key, node))
            open[top].pendingKey = nil
        } else {
            open[top].pendingKey = node
        }
    }

    private mutating func register(_ anchor: String?, _ node: YAMLNode, size: Int) {
        // A later anchor of the same name shadows the earlier one, as YAML says.
        if let anchor { anchors[anchor] = (node, size) }
    }

    /// Two scalar keys are the same key when they are the same text read as the same type: `a`
    /// and `'a'` are, `1` and `'1'` are not (a plain `1` is a number).
    private static func checkDuplicateKeys(_ pairs: [(key: YAMLNode, value: YAMLNode)]) throws(YAMLSyntaxError) {
        guard pairs.count > 1 else { return }
        func sameKey(_ first: YAMLNode.Scalar, _ second: YAMLNode.Scalar) -> Bool {
            guard first.string == second.string else { return false }
            func isText(_ scalar: YAMLNode.Scalar) -> Bool { scalar.style != .plain || !YAMLText.needsQuotes(scalar.string) }
            return isText(first) == isText(second)
        }
        if pairs.count <= 12 {
            for later in 1..<pairs.count {
                guard let second = pairs[later].key.scalar else { continue }
                for earlier in 0..<later {
                    if let first = pairs[earlier].key.scalar, sameKey(first, second) { throw duplicate(first, second) }
                }
            }
            return
        }
        var seen: [String: [YAMLNode.Scalar]] = [:]
        for pair in pairs {
            guard let scalar = pair.key.scalar else { continue }
            if let first = seen[scalar.string]?.first(where: { sameKey($0, scalar) }) {
                throw duplicate(first, scalar)
            }
            seen[scalar.string, default: []].append(scalar)
        }
    }

    private static func duplicate(_ first: YAMLNode.Scalar, _ second: YAMLNode.Scalar) -> YAMLSyntaxError {
        YAMLSyntaxError(stage: .duplicateKey(first.string, first: first.start), problem: "duplicated key", mark: second.start)
    }

    private static func error(of parser: yaml_parser_t) -> YAMLSyntaxError {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        let context = parser.context.map { YAMLSyntaxError.Context(text: String(cString: $0), mark: mark(parser.context_mark)) }
        switch parser.error {
        case YAML_MEMORY_ERROR:
            return YAMLSyntaxError(stage: .memory, problem: "out of memory", mark: mark(parser.problem_mark))
        case YAML_READER_ERROR:
            return YAMLSyntaxError(stage: .reader, problem: problem, mark: mark(parser.problem_mark),
                                   byteOffset: Int(parser.problem_offset))
        default:
            return YAMLSyntaxError(stage: .syntax, problem: problem, context: context, mark: mark(parser.problem_mark))
        }
    }

    private static func mark(_ mark: yaml_mark_t) -> YAMLMark {
        YAMLMark(line: Int(mark.line) + 1, column: Int(mark.column) + 1, index: Int(mark.index))
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLNode.Scalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }

    private static func text(_ pointer: UnsafeMutablePointer<UInt8>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
