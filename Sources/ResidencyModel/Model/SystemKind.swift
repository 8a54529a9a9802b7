import Foundation

/// The fixed vocabulary of system kinds. Raw values are the file format's spelling.
public enum SystemKind: String, Sendable, Hashable, CaseIterable, Codable {
    case cdn
    case firewall
    case loadBalancer = "load-balancer"
    case apiGateway = "api-gateway"
    case app
    case database
    case replica
    case objectStorage = "object-storage"
    case cache
    case searchIndex = "search-index"
    case queue
    case worker
    case logs
    case tracing
    case errorTracking = "error-tracking"
    case analytics
    case email
    case crm
    case supportDesk = "support-desk"
    case chat
    case featureFlags = "feature-flags"
    case payments
    case backup
    case dr
    case staging
    case warehouse
    case export
    case other

    /// A short human label ("error tracking", "load balancer").
    public var label: String {
        rawValue.replacingOccurrences(of: "-", with: " ")
    }

    /// Kinds whose contents are operational telemetry, where personal data should not be.
    public var isTelemetry: Bool {
        switch self {
        case .logs, .tracing, .errorTracking, .analytics: return true
        default: return false
        }
    }

    /// Kinds that hold copies of other systems' data.
    public var isCopyStore: Bool {
        switch self {
        case .backup, .dr, .replica, .staging, .export: return true
        default: return false
        }
    }
}
