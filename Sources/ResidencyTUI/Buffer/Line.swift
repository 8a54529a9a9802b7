/// A run of text in one style. The text is sanitized on creation (see `TextSanitizer`), so what
/// is measured is exactly what is drawn, and nothing from a map file can reach the terminal raw.
public struct Span: Sendable, Hashable, ExpressibleByStringLiteral {
    public private(set) var text: String
    public var style: CellStyle

    public init(_ text: String, style: CellStyle = .plain) {
        self.text = CellText.safe(TextSanitizer.sanitize(text))
        self.style = style
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    public var displayWidth: Int { DisplayWidth.of(text) }
}

/// One line of styled text: spans drawn left to right.
public struct Line: Sendable, Hashable, ExpressibleByStringLiteral {
    public var spans: [Span]

    public init(_ spans: [Span] = []) {
        self.spans = spans
    }

    public init(_ text: String, style: CellStyle = .plain) {
        self.spans = [Span(text, style: style)]
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    public var displayWidth: Int { spans.reduce(0) { $0 + $1.displayWidth } }

    /// The plain text, without styles.
    public var text: String { spans.map(\.text).joined() }

    public mutating func append(_ span: Span) { spans.append(span) }

    public mutating func append(_ text: String, style: CellStyle = .plain) {
        spans.append(Span(text, style: style))
    }

    public static func + (lhs: Line, rhs: Line) -> Line { Line(lhs.spans + rhs.spans) }
}
