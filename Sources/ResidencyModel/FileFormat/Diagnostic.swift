/// A line and column in a map file, both counted from 1 (columns in Unicode scalars, as libyaml does).
public struct SourcePosition: Sendable, Hashable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// One problem found in a map file: where, what, and the one-line fix.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var position: SourcePosition?
    public var message: String
    public var fix: String?

    public init(file: String, position: SourcePosition?, message: String, fix: String? = nil) {
        self.file = file
        self.position = position
        self.message = message
        self.fix = fix
    }

    /// `file:line:column: error: message` then `  fix: ...`, the shape compilers and editors know.
    public var description: String {
        var where_ = TerminalText.sanitize(file)
        if let position { where_ += ":\(position.line):\(position.column)" }
        var text = "\(where_): error: \(message)"
        if let fix { text += "\n  fix: \(fix)" }
        return text
    }
}

/// The outcome of reading a map file.
public enum MapReadResult: Sendable {
    case success(ResidencyMap)
    /// The file was read but has problems; every one is listed, in file order.
    case problems([Diagnostic])
    /// The file could not be read at all (missing, unreadable, not UTF-8).
    case unreadable(String)
}
