/// A whole data residency map: every place customer data lands, sits, moves or is copied,
/// and who can open it from where. A value type; edits produce a new map.
public struct ResidencyMap: Sendable, Hashable, Codable {
    /// The file format version this map was read from or will be written as.
    public static let currentFormatVersion = 1

    public var formatVersion: Int
    public var header: MapHeader
    public var offerings: [Offering]
    /// The categories the file declares; `nil` when it declares none and the defaults apply.
    /// Kept apart from `dataCategories` so that saving writes back exactly what the user wrote.
    public var declaredCategories: [DataCategory]?
    public var systems: [DataSystem]
    public var copies: [DataCopy]
    public var roles: [Role]
    public var flows: [Flow]
    public var claims: [Claim]
    public var exceptions: [ClaimException]

    public init(
        formatVersion: Int = ResidencyMap.currentFormatVersion,
        header: MapHeader,
        offerings: [Offering] = [],
        declaredCategories: [DataCategory]? = nil,
        systems: [DataSystem] = [],
        copies: [DataCopy] = [],
        roles: [Role] = [],
        flows: [Flow] = [],
        claims: [Claim] = [],
        exceptions: [ClaimException] = []
    ) {
        self.formatVersion = formatVersion
        self.header = header
        self.offerings = offerings
        self.declaredCategories = declaredCategories
        self.systems = systems
        self.copies = copies
        self.roles = roles
        self.flows = flows
        self.claims = claims
        self.exceptions = exceptions
    }

    /// The categories in force: the declared ones, or the default set.
    public var dataCategories: [DataCategory] {
        declaredCategories ?? DataCategory.defaults
    }
}
