/// One thing a user did to the map, as a value: a label for people ("Move Error tracking to
/// aws:eu-west-1"), the primitive changes it made, and the ids it renamed. Undo applies the
/// inverse, which is an edit too, so undo, redo, the journal and a shared session all move the
/// same values.
public struct MapEdit: Sendable, Hashable, Codable {
    public var label: String
    public var changes: [MapChange]
    /// Ids this edit renamed, in order (so a save can keep a renamed item where it was).
    public var renames: [Rename]

    public init(label: String, changes: [MapChange], renames: [Rename] = []) {
        self.label = label
        self.changes = changes
        self.renames = renames
    }

    /// The edit that takes this one back.
    public var inverse: MapEdit {
        MapEdit(label: label, changes: changes.reversed().map(\.inverse),
                renames: renames.reversed().map(\.inverse))
    }

    /// Whether it changes nothing.
    public var isEmpty: Bool { changes.isEmpty }

    /// The map after this edit, or the reason it does not fit.
    public func applied(to map: ResidencyMap) throws(EditConflict) -> ResidencyMap {
        var result = map
        for change in changes {
            try change.apply(to: &result)
        }
        return result
    }

    /// An id that changed, in one section.
    public struct Rename: Sendable, Hashable, Codable {
        public var section: MapSection
        public var from: String
        public var to: String

        public init(section: MapSection, from: String, to: String) {
            self.section = section
            self.from = from
            self.to = to
        }

        public var inverse: Rename { Rename(section: section, from: to, to: from) }
    }
}
