/// The keys of each mapping in a map file, in canonical order: the order `MapFile.encode` writes
/// them and docs/file-format.md lists them. The decoder allows exactly these at each place.
enum MapKeys {
    static let root = ["resmap", "map", "offerings", "data_categories", "systems", "copies", "roles", "flows",
                       "claims", "exceptions"]
    static let header = ["name", "owner", "last_reviewed", "review_interval_days", "sign_off_teams", "sign_offs",
                         "gaps"]
    static let signOff = ["by", "team", "on", "fingerprint", "revision"]
    static let gap = ["about", "team", "text", "by", "on", "resolved_by", "resolved_on", "resolution"]
    static let offering = ["id", "name", "region", "has_none"]
    static let category = ["id", "name", "personal"]
    static let system = ["id", "name", "kind", "vendor", "location", "data", "retention", "offerings", "status",
                         "evidence", "transfer_basis", "infrastructure", "notes"]
    static let evidence = ["how", "on", "by"]
    static let copy = ["from", "to", "kind", "schedule", "retention", "notes"]
    static let role = ["id", "name", "team", "countries", "headcount", "access", "notes"]
    static let grant = ["system", "can", "when", "recorded"]
    static let flow = ["id", "name", "trigger", "steps"]
    static let step = ["system", "from", "data", "when", "notes"]
    static let claim = ["id", "text", "offering", "region", "data", "scope"]
    static let exception = ["id", "claim", "system", "role", "flow", "step", "copy", "reason", "approved_by",
                            "approved_on", "expires"]
    /// An exception's `copy:` target.
    static let copyTarget = ["from", "to", "kind"]

    /// What to write for a missing required key, shown in the fix line.
    static func example(for key: String) -> String {
        switch key {
        case "resmap": return "resmap: 1"
        case "map": return "map: with name and owner under it"
        case "id": return "id: a-short-id"
        case "kind": return "kind: database"
        case "location": return "location: aws:eu-central-1 (or `unknown`)"
        case "region": return "region: EU"
        case "countries": return "countries: [DE]"
        case "can": return "can: [view]"
        case "system": return "system: SYSTEM-ID"
        case "from", "to": return "\(key): SYSTEM-ID"
        case "claim": return "claim: CLAIM-ID"
        case "offering": return "offering: OFFERING-ID"
        case "approved_by": return "approved_by: who approved it"
        case "how": return "how: how the location was checked"
        case "about": return "about: system:SYSTEM-ID (or map)"
        case "team": return "team: support"
        case "text": return "text: what is missing or unclear"
        default: return "\(key): ..."
        }
    }
}
