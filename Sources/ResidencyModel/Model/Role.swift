/// A group of people who can open customer data, and where they work from.
public struct Role: Sendable, Hashable, Identifiable, Codable {
    public var id: String
    public var name: String
    /// support, engineering, contractor, vendor, sales, finance, ...
    public var team: String
    /// ISO 3166 alpha-2 codes of the countries its people work from.
    public var countries: [String]
    public var headcount: Int?
    public var access: [AccessGrant]
    public var notes: String?

    public init(
        id: String,
        name: String,
        team: String,
        countries: [String],
        headcount: Int? = nil,
        access: [AccessGrant] = [],
        notes: String? = nil
    ) {
        self.id = id
        self.name = name
        self.team = team
        self.countries = countries
        self.headcount = headcount
        self.access = access
        self.notes = notes
    }

    /// Teams outside the company's own staff, whose admin or export rights deserve a second look.
    public var isExternal: Bool {
        let lowered = team.lowercased()
        return lowered == "vendor" || lowered == "contractor"
    }
}

/// What a role can do with one system, and under which conditions.
public struct AccessGrant: Sendable, Hashable, Codable {
    public var system: String
    public var capabilities: [AccessCapability]
    public var when: AccessCondition
    /// Whether sessions are recorded or audited.
    public var recorded: Bool

    public init(
        system: String,
        capabilities: [AccessCapability],
        when: AccessCondition = .always,
        recorded: Bool = false
    ) {
        self.system = system
        self.capabilities = capabilities
        self.when = when
        self.recorded = recorded
    }
}

public enum AccessCapability: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
    case view
    case export
    case admin

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

public enum AccessCondition: String, Sendable, Hashable, CaseIterable, Codable {
    /// Standing access.
    case always
    /// Only during an incident (break-glass).
    case incident
    /// Only after someone approves each request.
    case approved
}
