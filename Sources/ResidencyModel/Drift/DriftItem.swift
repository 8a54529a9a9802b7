/// One difference between the map and the infrastructure Terraform describes.
public struct DriftItem: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A mapped resource runs somewhere other than its system's location.
        case locationDrift = "location-drift"
        /// A mapped system is copied to a place the map's copies do not list.
        case missingCopy = "missing-copy"
        /// A resource that holds data, named by no system.
        case unmappedStore = "unmapped-store"
        /// A mapped resource whose region the JSON does not show: unknown, never fine.
        case unknownRegion = "unknown-region"
        /// A system names infrastructure that none of the files has.
        case notFound = "not-found"

        public var label: String {
            switch self {
            case .locationDrift: return "location drift"
            case .missingCopy: return "copy the map lacks"
            case .unmappedStore: return "unmapped store"
            case .unknownRegion: return "region unknown"
            case .notFound: return "not in the infrastructure"
            }
        }
    }

    public var kind: Kind
    /// The Terraform address it is about (the pattern, for `notFound`).
    public var address: String
    /// The map's system, when one is involved.
    public var system: String?
    /// Where the infrastructure says it is (or where the copy lands).
    public var place: ResourcePlace
    /// One plain sentence.
    public var message: String
    /// Claims that break if this is right (and the map is corrected to it).
    public var claimsAtRisk: [String] = []
    /// The file it came from.
    public var file: String
}
