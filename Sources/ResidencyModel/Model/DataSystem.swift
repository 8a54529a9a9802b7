/// A place customer data lands, sits or passes through: a database, a log store, a support desk.
/// (Named `DataSystem` so it never shadows Swift's or Foundation's `System`.)
public struct DataSystem: Sendable, Hashable, Identifiable, Codable {
    public var id: String
    public var name: String
    public var kind: SystemKind
    public var vendor: String?
    /// Where it really runs, not where it is planned to run.
    public var location: Location
    /// Ids of the data categories it holds.
    public var data: [String]
    public var retention: Retention?
    /// Ids of the offerings whose stack it belongs to; empty means shared by all offerings.
    public var offerings: [String]
    /// How sure we are of the location; a system whose status was never written is `unknown`.
    public var status: KnowledgeStatus
    public var evidence: Evidence?
    /// The legal basis on which data leaves the promised region here, when it does.
    public var transferBasis: TransferBasis?
    /// The infrastructure it is: Terraform resource addresses (`module.db.aws_db_instance.main`)
    /// or patterns with `*` (`aws_s3_bucket.uploads*`), for `resmap drift`.
    public var infrastructure: [String]
    public var notes: String?

    public init(
        id: String,
        name: String,
        kind: SystemKind,
        vendor: String? = nil,
        location: Location,
        data: [String] = [],
        retention: Retention? = nil,
        offerings: [String] = [],
        status: KnowledgeStatus = .unknown,
        evidence: Evidence? = nil,
        transferBasis: TransferBasis? = nil,
        infrastructure: [String] = [],
        notes: String? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.vendor = vendor
        self.location = location
        self.data = data
        self.retention = retention
        self.offerings = offerings
        self.status = status
        self.evidence = evidence
        self.transferBasis = transferBasis
        self.infrastructure = infrastructure
        self.notes = notes
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, kind, vendor, location, data, retention, offerings, status, evidence, transferBasis,
             infrastructure, notes
    }

    /// Journals written before `infrastructure` existed read as naming none.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        kind = try container.decode(SystemKind.self, forKey: .kind)
        vendor = try container.decodeIfPresent(String.self, forKey: .vendor)
        location = try container.decode(Location.self, forKey: .location)
        data = try container.decode([String].self, forKey: .data)
        retention = try container.decodeIfPresent(Retention.self, forKey: .retention)
        offerings = try container.decode([String].self, forKey: .offerings)
        status = try container.decode(KnowledgeStatus.self, forKey: .status)
        evidence = try container.decodeIfPresent(Evidence.self, forKey: .evidence)
        transferBasis = try container.decodeIfPresent(TransferBasis.self, forKey: .transferBasis)
        infrastructure = try container.decodeIfPresent([String].self, forKey: .infrastructure) ?? []
        notes = try container.decodeIfPresent(String.self, forKey: .notes)
    }

    /// Whether this system belongs to the given offering's stack (shared systems serve all).
    public func serves(offering id: String) -> Bool {
        offerings.isEmpty || offerings.contains(id)
    }
}

/// How and when a system's location was verified.
public struct Evidence: Sendable, Hashable, Codable {
    public var how: String
    public var on: ISODate?
    public var by: String?

    public init(how: String, on: ISODate? = nil, by: String? = nil) {
        self.how = how
        self.on = on
        self.by = by
    }
}

/// The basis on which personal data may leave the EEA to a system: what legal reviews ask.
/// Raw values are the file format's spelling.
public enum TransferBasis: String, Sendable, Hashable, CaseIterable, Codable {
    /// The EU-US Data Privacy Framework: the vendor is certified under it.
    case dpf
    /// Standard contractual clauses.
    case scc
    /// Binding corporate rules.
    case bcr
    /// No safeguard.
    case none

    /// As it reads after "under": "the Data Privacy Framework".
    public var phrase: String {
        switch self {
        case .dpf: return "the Data Privacy Framework"
        case .scc: return "standard contractual clauses"
        case .bcr: return "binding corporate rules"
        case .none: return "no transfer safeguard"
        }
    }
}
