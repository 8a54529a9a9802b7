/// Where a Terraform resource runs, read from its attributes the way each provider writes them.
public enum ResourcePlace: Sendable, Hashable {
    /// One region, as a catalogue code (`aws:eu-west-1`).
    case region(String)
    /// A provider multi-region or dual-region (`EU`, `US`, `EUR4`): data sits in several places.
    case multiRegion(String)
    /// The JSON does not say (set by environment, shared config, or known only after apply).
    case unknown

    /// Reads the place of `resource`: AWS `region`, the region inside its `arn`, then its
    /// provider's region; Azure `location`; Google `location`, `region`, or `zone`.
    public static func of(_ resource: TerraformResource) -> ResourcePlace {
        let values = resource.values
        switch resource.cloud {
        case "aws":
            if let region = values["region"]?.string, !region.isEmpty { return .region("aws:" + region.lowercased()) }
            if let arn = values["arn"]?.string, let region = region(inARN: arn) { return .region("aws:" + region) }
            if let region = resource.providerRegion { return .region("aws:" + region.lowercased()) }
            return .unknown
        case "azure":
            guard let location = values["location"]?.string, !location.isEmpty else { return .unknown }
            return .region("azure:" + location.lowercased().filter { $0 != " " })
        case "gcp":
            let written = values["location"]?.string ?? values["region"]?.string
                ?? values["zone"]?.string.map(regionOfZone)
            guard let written, !written.isEmpty else { return .unknown }
            let lowered = written.lowercased()
            // Regions are `continent-areaN`; anything else (`EU`, `US`, `ASIA`, `EUR4`, `NAM4`) spans several.
            if lowered.contains("-") { return .region("gcp:" + lowered) }
            return .multiRegion(written.uppercased())
        default:
            return .unknown
        }
    }

    /// `arn:aws:rds:eu-west-1:123:db:x` has its region in the fourth field; S3's ARNs have none.
    public static func region(inARN arn: String) -> String? {
        let parts = arn.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count > 4, parts[0] == "arn", !parts[3].isEmpty else { return nil }
        return String(parts[3]).lowercased()
    }

    /// `europe-west3-a` is in `europe-west3`.
    static func regionOfZone(_ zone: String) -> String {
        let parts = zone.split(separator: "-")
        guard parts.count == 3, parts[2].count == 1 else { return zone }
        return parts.dropLast().joined(separator: "-")
    }

    public var description: String {
        switch self {
        case .region(let code): return code
        case .multiRegion(let name): return "the \(name) multi-region"
        case .unknown: return "an unknown region"
        }
    }
}
