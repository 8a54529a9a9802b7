/// The narrow true thing sales can say about a claim, in plain words. Deterministic: the same
/// map and day always give the same text. Map strings appear as written (not sanitized): callers
/// that print to a terminal use `TerminalText.sanitize`, and Markdown writers escape them.
public struct HonestAnswer: Sendable, Hashable {
    /// The full answer, ready to paste: what holds, then what does not, then what is not known.
    public var text: String
    /// One line for lists: "Broken: 3 breaks outside EU (1 under an approved exception)".
    public var summary: String
    /// The answer's sentences in order (`text` joins them with spaces).
    public var sentences: [String]

    public init(sentences: [String], summary: String) {
        self.sentences = sentences
        self.text = sentences.joined(separator: " ")
        self.summary = summary
    }
}
