/// Who owns the map and when it was last reviewed.
public struct MapHeader: Sendable, Hashable, Codable {
    public var name: String
    public var owner: String
    public var lastReviewed: ISODate?
    /// How often the map must be reviewed; a review older than this is overdue.
    public var reviewIntervalDays: Int?
    /// People who signed the map off, each bound to the content they approved.
    public var signOffs: [SignOff]
    /// The teams that must sign off, as written; nil when the file names none and
    /// `SignOffPolicy.defaultTeams` apply. Kept apart so saving writes back what the user wrote.
    public var declaredSignOffTeams: [String]?
    /// Gap marks: open questions a team raised about an item, and how they were resolved.
    public var gaps: [GapMark]

    public init(
        name: String,
        owner: String,
        lastReviewed: ISODate? = nil,
        reviewIntervalDays: Int? = nil,
        signOffs: [SignOff] = [],
        declaredSignOffTeams: [String]? = nil,
        gaps: [GapMark] = []
    ) {
        self.name = name
        self.owner = owner
        self.lastReviewed = lastReviewed
        self.reviewIntervalDays = reviewIntervalDays
        self.signOffs = signOffs
        self.declaredSignOffTeams = declaredSignOffTeams
        self.gaps = gaps
    }

    private enum CodingKeys: String, CodingKey {
        case name, owner, lastReviewed, reviewIntervalDays, signOffs, declaredSignOffTeams, gaps
    }

    /// Journals written before gap marks existed read as holding none.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        owner = try container.decode(String.self, forKey: .owner)
        lastReviewed = try container.decodeIfPresent(ISODate.self, forKey: .lastReviewed)
        reviewIntervalDays = try container.decodeIfPresent(Int.self, forKey: .reviewIntervalDays)
        signOffs = try container.decode([SignOff].self, forKey: .signOffs)
        declaredSignOffTeams = try container.decodeIfPresent([String].self, forKey: .declaredSignOffTeams)
        gaps = try container.decodeIfPresent([GapMark].self, forKey: .gaps) ?? []
    }

    /// The teams whose current sign-off a full review needs.
    public var signOffTeams: [String] {
        declaredSignOffTeams ?? SignOffPolicy.defaultTeams
    }

    /// The day the next review is due, when both the last review and the interval are known.
    public var reviewDue: ISODate? {
        guard let lastReviewed, let reviewIntervalDays else { return nil }
        return lastReviewed.adding(days: reviewIntervalDays)
    }

    public func isReviewOverdue(on today: ISODate) -> Bool {
        guard let due = reviewDue else { return false }
        return today > due
    }
}

