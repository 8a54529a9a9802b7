/// How sure the map is about a system's real location.
public enum KnowledgeStatus: String, Sendable, Hashable, CaseIterable, Codable {
    /// Verified against live settings.
    case confirmed
    /// Believed, not checked.
    case assumed
    /// What is meant to be true after planned work; not what runs today.
    case planned
    /// Nobody knows yet.
    case unknown

    /// Only a confirmed location can make a claim hold.
    public var isCertain: Bool { self == .confirmed }
}
