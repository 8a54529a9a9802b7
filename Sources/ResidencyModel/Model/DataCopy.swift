import Foundation

/// Data copied from one system to another: backups, replicas, DR, restore tests, staging copies.
public struct DataCopy: Sendable, Hashable, Codable {
    public var from: String
    public var to: String
    public var kind: CopyKind
    /// When it happens, as people say it ("nightly", "continuous", "before each release").
    public var schedule: String?
    public var retention: Retention?
    public var notes: String?

    public init(
        from: String,
        to: String,
        kind: CopyKind,
        schedule: String? = nil,
        retention: Retention? = nil,
        notes: String? = nil
    ) {
        self.from = from
        self.to = to
        self.kind = kind
        self.schedule = schedule
        self.retention = retention
        self.notes = notes
    }
}

public enum CopyKind: String, Sendable, Hashable, CaseIterable, Codable {
    case backup
    case replica
    case drFailover = "dr-failover"
    case restoreTest = "restore-test"
    case stagingCopy = "staging-copy"
    case export
    case sync

    public var label: String {
        switch self {
        case .drFailover: return "DR failover"
        default: return rawValue.replacingOccurrences(of: "-", with: " ")
        }
    }
}
