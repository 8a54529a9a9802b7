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

    /// The options for `query`. With the map's `lookup`, a list of the map's own items is searched
    /// through texts folded once per map, a longer query narrowing the rows of the shorter one
    /// (as list searches do), so a key typed into a picker of 10,000 systems stays cheap.
    static func options(for type: FieldType, query: String, map: ResidencyMap, lookup: MapLookup? = nil,
                        catalogue: RegionCatalogue = .standard) -> [PickerOption] {
        let words = SearchQuery(query)
        func matches(_ query: String, _ option: PickerOption) -> Bool {
            words.isEmpty || SearchText([option.value, option.label, option.detail]).matches(words)
        }
        let all: [PickerOption]
        switch type {
        case .choice(let words), .choices(let words):
            all = words.map { PickerOption($0, label: $0.replacingOccurrences(of: "-", with: " "), detail: $0) }
        case .flag:
            all = [PickerOption("yes"), PickerOption("no")]
        case .reference(let section), .references(let section):
            guard let lookup, section != .categories else {
                // Built lazily: a list of 10,000 systems makes options only until the cap is reached.
                return Array(references(section, in: map).filter { matches(query, $0) }.prefix(limit))
            }
            return matchingItems(section, query: query, lookup: lookup)
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

    private static func matchingItems(_ section: MapSection, query: String, lookup: MapLookup) -> [PickerOption] {
        let map = lookup.map
        let count = section.count(in: map)
        let words = SearchQuery(query)
        let list = "picker.\(section.rawValue)"
        let rows: [Int]
        if words.isEmpty {
            rows = Array(0..<min(count, limit))
        } else {
            let texts = lookup.memo.searchTexts(for: list) {
                (0..<count).map { index in
                    let item = section.item(at: index, in: map)
                    return SearchText([item?.id ?? "", item?.displayName ?? ""])
                }
            }
            rows = lookup.memo.rows(for: RowsMemo.Key(list: list, query: query, filters: [:])) { candidates in
                (candidates ?? Array(0..<count)).filter { texts[$0].matches(words) }
            }
        }
        return rows.prefix(limit).compactMap { index in
            section.item(at: index, in: map).flatMap { item in
                item.id.map { PickerOption($0, label: item.displayName, detail: $0) }
            }
        }
    }

    private static func references(_ section: MapSection, in map: ResidencyMap) -> AnyLazySequence<PickerOption> {
        switch section {
        case .categories:
            return AnyLazySequence(map.dataCategories.lazy.map { PickerOption($0.id, label: $0.name, detail: $0.id) })
        case .copies: return AnyLazySequence(EmptyCollection<PickerOption>().lazy)
        default:
            return AnyLazySequence((0..<section.count(in: map)).lazy.compactMap { index in
                section.item(at: index, in: map).flatMap { item in
                    item.id.map { PickerOption($0, label: item.displayName, detail: $0) }
                }
            })
        }
    }

    private static func placeOption(_ place: Place) -> PickerOption {
        var detail = place.jurisdiction
        if let country = place.country, !place.isCountry { detail = country + " · " + detail }
        return PickerOption(place.code, label: "\(place.code)  \(place.displayName)",
                            detail: detail)
    }

    /// A lazy sequence of options, whatever list it walks.
    struct AnyLazySequence<Element>: LazySequenceProtocol {
        private let makeIterator_: () -> AnyIterator<Element>
        init<S: Sequence>(_ base: S) where S.Element == Element { makeIterator_ = { AnyIterator(base.makeIterator()) } }
        func makeIterator() -> AnyIterator<Element> { makeIterator_() }
    }
}
