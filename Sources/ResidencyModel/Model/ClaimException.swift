/// An approved deviation from a claim, for one system, role or flow step, until it expires.
public struct ClaimException: Sendable, Hashable, Identifiable, Codable {
    public var id: String
    public var claim: String
    public var covers: ExceptionTarget
    public var reason: String
    public var approvedBy: String
    public var approvedOn: ISODate?
    public var expires: ISODate?

    public init(
        id: String,
        claim: String,
        covers: ExceptionTarget,
        reason: String,
        approvedBy: String,
        approvedOn: ISODate? = nil,
        expires: ISODate? = nil
    ) {
        self.id = id
        self.claim = claim
        self.covers = covers
        self.reason = reason
        self.approvedBy = approvedBy
        self.approvedOn = approvedOn
        self.expires = expires
    }

    /// An exception without an expiry never lapses; one whose expiry has passed covers nothing.
    public func isActive(on today: ISODate) -> Bool {
        guard let expires else { return true }
        return today <= expires
    }
}

/// What an exception covers. A system exception also covers copies landing in that system.
public enum ExceptionTarget: Sendable, Hashable, Codable {
    case system(String)
    case role(String)
    /// A flow step, numbered from 1 as people count hops.
    case flowStep(flow: String, step: Int)
    /// One copy (the DR copy of the primary database), by its ends and kind: covers that copy and
    /// what it stores where it lands, not other copies into the same system.
    case copy(from: String, to: String, kind: CopyKind)
}
