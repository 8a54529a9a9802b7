/// An open question a team raised about one item of the map ("support: screenshots in Zendesk
/// are not in this map"), and, once answered, who resolved it, when and how. An open gap mark
/// blocks a full sign-off.
public struct GapMark: Sendable, Hashable, Codable {
    /// What the mark is about: any item (`system:ID`, `grant:ROLE/N`, `step:FLOW/N`, `copy:N`,
    /// `claim:ID`, ...) or `map` for the map as a whole.
    public var about: ItemRef
    public var team: String
    public var text: String
    public var by: String?
    public var on: ISODate?
    /// Who resolved it; nil while it is open.
    public var resolvedBy: String?
    public var resolvedOn: ISODate?
    /// What was done about it.
    public var resolution: String?

    public init(about: ItemRef, team: String, text: String, by: String? = nil, on: ISODate? = nil,
                resolvedBy: String? = nil, resolvedOn: ISODate? = nil, resolution: String? = nil) {
        self.about = about
        self.team = team
        self.text = text
        self.by = by
        self.on = on
        self.resolvedBy = resolvedBy
        self.resolvedOn = resolvedOn
        self.resolution = resolution
    }

    /// Open until someone is named as having resolved it.
    public var isOpen: Bool { resolvedBy == nil }
}
