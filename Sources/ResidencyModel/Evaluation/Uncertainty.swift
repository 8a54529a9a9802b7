/// Something in a claim's scope the map cannot vouch for. Any uncertainty keeps a claim from
/// holding: its verdict is at best `unknown`.
public struct Uncertainty: Sendable, Hashable {
    /// The aspect it touches; nil when it concerns the whole claim (unknown offering or region).
    public var aspect: ClaimScope?
    public var subject: MapElement
    public var reason: UncertaintyReason
    /// Ids of the claim's data categories involved.
    public var data: [String]
    /// Where the map says it is, when it says anything (assumed or planned places).
    public var places: [Place]
    public var message: String

    public init(
        aspect: ClaimScope?,
        subject: MapElement,
        reason: UncertaintyReason,
        data: [String] = [],
        places: [Place] = [],
        message: String
    ) {
        self.aspect = aspect
        self.subject = subject
        self.reason = reason
        self.data = data
        self.places = places
        self.message = message
    }
}

/// Why something cannot be vouched for. Raw values are stable (they appear in JSON).
public enum UncertaintyReason: String, Sendable, Hashable, CaseIterable {
    /// The system's location is `unknown`.
    case locationUnknown = "location-unknown"
    /// The location is believed, not checked.
    case locationAssumed = "location-assumed"
    /// The location is where it is meant to run after planned work.
    case locationPlanned = "location-planned"
    /// A location is written but its status never was.
    case statusNotRecorded = "status-not-recorded"
    /// A location code the region catalogue does not know.
    case unresolvedLocation = "unresolved-location"
    /// A step, copy or grant names a system the map does not have.
    case missingSystem = "missing-system"
    /// A role lists no countries, so nobody knows where its people work.
    case roleCountriesUnknown = "role-countries-unknown"
    /// The claim names an offering the map does not have.
    case missingOffering = "missing-offering"
    /// The promised region has a term that is neither a country nor a known group.
    case unresolvedRegion = "unresolved-region"
    /// The map shows nothing holding the claim's data for its offering.
    case nothingInScope = "nothing-in-scope"
    /// An aspect in scope has nothing mapped (no role for access, no flow step for processing, no
    /// copy for copies), and the offering does not declare it has none.
    case aspectNotMapped = "aspect-not-mapped"
}
