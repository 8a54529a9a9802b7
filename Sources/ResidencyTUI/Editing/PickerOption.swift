import ResidencyModel

/// One choice a picker offers: the value written into the field, and how it reads.
public struct PickerOption: Sendable, Hashable {
    public var value: String
    public var label: String
    public var detail: String

    public init(_ value: String, label: String? = nil, detail: String = "") {
        self.value = value
        self.label = label ?? value
        self.detail = detail
    }
}

/// The vocabularies behind every field that has one: fixed words, the map's own ids (with their
/// names), the region catalogue searched as you type, countries, groups and teams.
enum PickerOptions {
    /// Cap on what a picker lists: typing narrows it further.
    static let limit = 200

    /// Whether a field is chosen from a picker (others are only typed).
    static func hasPicker(_ type: FieldType) -> Bool {
        switch type {
        case .text, .longText, .id, .integer, .date, .retention: return false
        default: return true
        }
    }

    static func options(for type: FieldType, query: String, map: ResidencyMap, catalogue: RegionCatalogue = .standard) -> [PickerOption] {
        let all: [PickerOption]
        switch type {
        case .choice(let words), .choices(let words):
            all = words.map { PickerOption($0, label: $0.replacingOccurrences(of: "-", with: " "), detail: $0) }
        case .flag:
            all = [PickerOption("yes"), PickerOption("no")]
        case .reference(let section), .references(let section):
            all = references(section, in: map)
        case .location:
            let places = catalogue.search(query).prefix(limit).map(placeOption)
            return [PickerOption("unknown", label: "unknown", detail: "nobody knows yet")].filter { matches(query, $0) } + places
        case .countries:
            return catalogue.search(query).filter(\.isCountry).prefix(limit).map(placeOption)
        case .region:
            let groups = catalogue.groupNames.map { PickerOption($0, label: $0, detail: catalogue.group(named: $0)?.summary ?? "") }
            let countries = catalogue.search(query).filter(\.isCountry).map(placeOption)
            return Array((groups.filter { matches(query, $0) } + countries).prefix(limit))
        case .team:
            var teams = ["support", "engineering", "contractor", "vendor", "sales", "finance", "legal", "security", "operations"]
            for role in map.roles where !teams.contains(role.team) { teams.append(role.team) }
            all = teams.map { PickerOption($0) }
        case .target:
            all = map.systems.map { PickerOption("system:\($0.id)", label: $0.name, detail: "system") }
                + map.roles.map { PickerOption("role:\($0.id)", label: $0.name, detail: "role") }
                + map.flows.flatMap { flow in
                    flow.steps.enumerated().map { index, step in
                        PickerOption("step:\(flow.id)/\(index + 1)", label: "\(flow.name), step \(index + 1) (\(step.system))", detail: "flow step")
                    }
                }
                + map.copies.map { copy in
                    PickerOption(FieldText.target(.copy(from: copy.from, to: copy.to, kind: copy.kind)),
                                 label: "\(copy.kind.label) copy \(copy.from) -> \(copy.to)", detail: "copy")
                }
        case .text, .longText, .id, .integer, .date, .retention:
            return []
        }
        return Array(all.lazy.filter { matches(query, $0) }.prefix(limit))
    }

    private static func references(_ section: MapSection, in map: ResidencyMap) -> [PickerOption] {
        switch section {
        case .categories: return map.dataCategories.map { PickerOption($0.id, label: $0.name, detail: $0.id) }
        case .copies: return []
        default:
            return section.items(in: map).compactMap { item in
                item.id.map { PickerOption($0, label: item.displayName, detail: $0) }
            }
        }
    }

    private static func placeOption(_ place: Place) -> PickerOption {
        var detail = place.jurisdiction
        if let country = place.country, !place.isCountry { detail = country + " · " + detail }
        return PickerOption(place.code, label: "\(place.code)  \(place.displayName)",
                            detail: detail)
    }

    private static func matches(_ query: String, _ option: PickerOption) -> Bool {
        query.isEmpty || SearchText.matches(query, in: [option.value, option.label, option.detail])
    }
}
