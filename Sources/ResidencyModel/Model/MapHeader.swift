/// Who owns the map and when it was last reviewed.
public struct MapHeader: Sendable, Hashable, Codable {
    public var name: String
    public var owner: String
    public var lastReviewed: ISODate?
    /// How often the map must be reviewed; a review older than this is overdue.
    public var reviewIntervalDays: Int?
    /// People who signed the map off, for the approval note.
    public var signOffs: [SignOff]

    public init(
        name: String,
        owner: String,
        lastReviewed: ISODate? = nil,
        reviewIntervalDays: Int? = nil,
        signOffs: [SignOff] = []
    ) {
        self.name = name
        self.owner = owner
        self.lastReviewed = lastReviewed
        self.reviewIntervalDays = reviewIntervalDays
        self.signOffs = signOffs
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

/// One person's approval of the map (engineering, legal, support, ...).
public struct SignOff: Sendable, Hashable, Codable {
    public var by: String
    public var team: String?
    public var on: ISODate?

    public init(by: String, team: String? = nil, on: ISODate? = nil) {
        self.by = by
        self.team = team
        self.on = on
    }
}
