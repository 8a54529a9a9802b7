/// The entries of one YAML mapping, by key, with where each key and value sits.
struct Fields {
    struct Entry {
        let key: String
        let keyPosition: SourcePosition?
        let value: YAMLNode

        /// Where the value starts; for an empty value, where its key is.
        var valuePosition: SourcePosition? { value.position ?? keyPosition }

        /// `key:` with nothing after it, or `~` / `null` written plain.
        var isNull: Bool { value.isNull }
    }

    /// Where the mapping starts (its first key).
    let position: SourcePosition?
    /// In file order, each key once. A mapping has a handful of keys: a list search is quicker
    /// than hashing every key of every item.
    let entries: [Entry]

    subscript(key: String) -> Entry? { entries.first { $0.key == key } }
}

extension SourcePosition {
    init(_ mark: YAMLMark) {
        self.init(line: mark.line, column: mark.column)
    }
}

extension YAMLNode {
    var position: SourcePosition? { SourcePosition(start) }

    /// A plain empty, `~` or `null` scalar: YAML's way of writing "no value". Quoted text is never null.
    var isNull: Bool {
        guard case .scalar(let scalar) = self, scalar.style == .plain else { return false }
        switch scalar.string {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// How a message names what was found: "a list", "a mapping", "nothing", "the text 'x'".
    var kindDescription: String {
        switch self {
        case .scalar(let scalar): return isNull ? "nothing" : "the text \(UserText.quoted(scalar.string))"
        case .sequence: return "a list"
        case .mapping: return "a mapping of keys"
        }
    }
}
