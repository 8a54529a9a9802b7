/// Where a system runs, as written in the map: one or more place codes, or unknown.
/// Codes are `provider:region` (`aws:eu-central-1`, `hetzner:fsn1`, `ovhcloud:GRA11`) or an
/// ISO 3166 alpha-2 country code (`DE`). The region catalogue resolves them.
public enum Location: Sendable, Hashable, Codable {
    case unknown
    /// Runs in all of these places (a multi-region service). Never empty.
    case places([String])

    public var codes: [String] {
        switch self {
        case .unknown: return []
        case .places(let codes): return codes
        }
    }

    public var isUnknown: Bool { self == .unknown }
}

/// A promised region, as written: country codes and named groups (`EU`, `EEA`,
/// `EEA+adequacy`, `US`, `UK`, `CH`). The region catalogue expands it to countries.
public struct RegionSpec: Sendable, Hashable, Codable {
    public var terms: [String]

    public init(_ terms: [String]) {
        self.terms = terms
    }

    public init(_ term: String) {
        self.terms = [term]
    }

    /// How people read it: "EU", "DE, AT".
    public var displayName: String { terms.joined(separator: ", ") }
}
