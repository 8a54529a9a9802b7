/// One person's approval of the map for a team (engineering, legal, support, ...), bound to the
/// content they read: `fingerprint` is `MapFingerprint.content` of the map when they signed, so
/// any later real change makes the sign-off stale (see `ReviewState`).
public struct SignOff: Sendable, Hashable, Codable {
    public var by: String
    public var team: String?
    public var on: ISODate?
    /// The content fingerprint approved: 64 hex digits (a prefix of at least 12 is accepted, as
    /// printed on the note). nil for sign-offs written before fingerprints: never current.
    public var fingerprint: String?
    /// The git commit that held the signed file, when it was committed and clean at sign-off.
    public var revision: String?

    public init(by: String, team: String? = nil, on: ISODate? = nil, fingerprint: String? = nil,
                revision: String? = nil) {
        self.by = by
        self.team = team
        self.on = on
        self.fingerprint = fingerprint
        self.revision = revision
    }

    /// Whether this sign-off approved exactly `contentFingerprint` (all 64 digits).
    public func approves(_ contentFingerprint: String) -> Bool {
        guard let fingerprint, fingerprint.count >= MapFingerprint.length else { return false }
        return contentFingerprint.hasPrefix(fingerprint.lowercased())
    }
}

/// Which teams must sign off when a map does not say.
public enum SignOffPolicy {
    /// The field guide's three readers: where data is stored, which promises create risk, where
    /// tickets and attachments end up.
    public static let defaultTeams = ["engineering", "legal", "support"]

    /// Teams compare without case or surrounding spaces: "Legal" signs for "legal".
    public static func normalized(_ team: String) -> String {
        team.trimmingCharacters(in: .whitespaces).lowercased()
    }
}
