/// One thing wrong with a map in memory: which item, which field, what, and the one-line fix.
/// The loader turns these into located diagnostics; forms show them beside the field.
public struct MapProblem: Sendable, Hashable, CustomStringConvertible {
    /// The item at fault; nil for the map header.
    public var item: ItemKey?
    /// The field as the file names it: "location", "access #2 system", "steps #3 data".
    public var field: String
    public var message: String
    public var fix: String?

    public init(item: ItemKey?, field: String, message: String, fix: String? = nil) {
        self.item = item
        self.field = field
        self.message = message
        self.fix = fix
    }

    public var description: String {
        fix.map { "\(message) (\($0))" } ?? message
    }
}
