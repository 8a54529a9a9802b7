/// Why libyaml or the composer stopped reading a file, with libyaml's own words and marks.
struct YAMLSyntaxError: Error, Sendable {
    enum Stage: Sendable {
        /// The bytes are not text YAML allows (a control character, invalid UTF-8).
        case reader
        /// Tokens, structure, or composing them into one document.
        case syntax
        /// libyaml could not allocate memory.
        case memory
        /// The aliases expand to more values than the budget allows.
        case aliasBudget(limit: Int)
        /// A key appears twice in one mapping.
        case duplicateKey(String, first: YAMLMark)
    }

    struct Context: Sendable {
        let text: String
        let mark: YAMLMark
    }

    let stage: Stage
    let problem: String
    let context: Context?
    let mark: YAMLMark
    /// For reader errors: the offset in bytes where the bad input is.
    let byteOffset: Int?

    init(stage: Stage, problem: String, context: Context? = nil, mark: YAMLMark, byteOffset: Int? = nil) {
        self.stage = stage
        self.problem = problem
        self.context = context
        self.mark = mark
        self.byteOffset = byteOffset
    }
}
