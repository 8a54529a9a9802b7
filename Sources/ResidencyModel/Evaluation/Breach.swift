/// One place where a claim does not hold: a system, copy, flow step or access grant whose
/// location (or whose people's location) lies outside the promised region.
public struct Breach: Sendable, Hashable {
    /// Which aspect of the claim it breaks.
    public var aspect: ClaimScope
    /// `.system` for storage, `.copy` for copies, `.flowStep` for processing, `.access` for access.
    public var subject: MapElement
    /// The system that sits outside the region: the stored system, the copy's target, the step's
    /// system, or the system the role can open.
    public var system: String
    /// The places outside the region: the system's places, or (for access) the countries the
    /// role works from, as country places.
    public var places: [Place]
    /// How sure the map is of the system's location (a breach may rest on an assumed location).
    public var status: KnowledgeStatus
    /// Ids of the claim's data categories involved, in the map's category order.
    public var data: [String]
    /// For access breaches: what the role can do and under which conditions.
    public var access: AccessDetail?
    /// The approved, unexpired exception that covers this breach, if any.
    public var coveredBy: String?
    /// An exception that would cover this breach but has expired.
    public var lapsedException: String?
    /// One plain sentence describing the breach.
    public var message: String

    public init(
        aspect: ClaimScope,
        subject: MapElement,
        system: String,
        places: [Place],
        status: KnowledgeStatus,
        data: [String],
        access: AccessDetail? = nil,
        coveredBy: String? = nil,
        lapsedException: String? = nil,
        message: String
    ) {
        self.aspect = aspect
        self.subject = subject
        self.system = system
        self.places = places
        self.status = status
        self.data = data
        self.access = access
        self.coveredBy = coveredBy
        self.lapsedException = lapsedException
        self.message = message
    }

    /// Whether an approved, unexpired exception covers it.
    public var isCovered: Bool { coveredBy != nil }
}

/// What a role can do with a system, for an access breach: reported as it is, never hidden.
public struct AccessDetail: Sendable, Hashable {
    public var role: String
    public var capabilities: [AccessCapability]
    public var condition: AccessCondition
    public var recorded: Bool
    public var headcount: Int?
    /// The role's countries outside the region (ISO alpha-2), in the role's order.
    public var countries: [String]

    public init(
        role: String,
        capabilities: [AccessCapability],
        condition: AccessCondition,
        recorded: Bool,
        headcount: Int?,
        countries: [String]
    ) {
        self.role = role
        self.capabilities = capabilities
        self.condition = condition
        self.recorded = recorded
        self.headcount = headcount
        self.countries = countries
    }
}
