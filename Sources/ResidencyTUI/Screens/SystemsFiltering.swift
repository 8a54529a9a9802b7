import ResidencyModel

/// The rows of a list after its search and filters: positions in the map's own array, in map
/// order. Unnarrowed lists hold no array at all, so a list of 10,000 costs nothing to show.
struct MapListRows: Sendable, Hashable {
    /// nil: every position from 0 to `count - 1`, in order.
    private let positions: [Int]?
    let count: Int

    static func all(_ count: Int) -> MapListRows { MapListRows(positions: nil, count: count) }
    static func some(_ positions: [Int]) -> MapListRows { MapListRows(positions: positions, count: positions.count) }

    subscript(row: Int) -> Int { positions?[row] ?? row }

    var isEmpty: Bool { count == 0 }

    /// The row showing `position`, if it shows (positions are ascending, so a bisection).
    func row(of position: Int) -> Int? {
        guard let positions else { return position >= 0 && position < count ? position : nil }
        var low = 0
        var high = positions.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if positions[middle] == position { return middle }
            if positions[middle] < position { low = middle + 1 } else { high = middle - 1 }
        }
        return nil
    }

    /// The map position of the selected row (clamped), or nil for an empty list.
    func position(selectedBy state: ListState) -> Int? {
        guard count > 0 else { return nil }
        return self[min(max(0, state.selection), count - 1)]
    }
}

/// Which systems the Systems list shows: free text over name, id, kind, vendor, status ("assumed"),
/// location and data;
/// and the named filters kind, jurisdiction and data.
enum SystemsFiltering {
    static let kind = "kind"
    static let jurisdiction = "jurisdiction"
    static let data = "data"

    static func rows(for list: ListState, lookup: MapLookup) -> MapListRows {
        let filters = list.filters.filter { !$0.value.trimmingCharacters(in: .whitespaces).isEmpty }
        let query = SearchQuery(list.query)
        let count = lookup.map.systems.count
        guard !query.isEmpty || !filters.isEmpty else { return .all(count) }
        let key = RowsMemo.Key(list: SystemsScreen.list.rawValue, query: list.query, filters: filters)
        let positions = lookup.memo.rows(for: key) { candidates in
            let texts = query.isEmpty ? [] : searchTexts(lookup)
            let predicate = Predicate(filters: filters, lookup: lookup)
            let pool = candidates ?? Array(0..<count)
            return pool.filter { position in
                (query.isEmpty || texts[position].matches(query)) && predicate.matches(position)
            }
        }
        return .some(positions)
    }

    /// What free text looks in, one entry per system.
    static func searchTexts(_ lookup: MapLookup) -> [SearchText] {
        lookup.memo.searchTexts(for: SystemsScreen.list.rawValue) {
            lookup.map.systems.enumerated().map { position, system in
                SearchText([system.name, system.id, system.kind.label, system.vendor ?? "", system.status.rawValue,
                            lookup.location(ofSystem: position).shortText, lookup.categoryList(system.data)])
            }
        }
    }

    /// The named filters, folded once.
    struct Predicate {
        let kind: String?
        let jurisdiction: String?
        let data: String?
        /// Declared categories whose id or name holds the data filter's text.
        let dataCategories: Set<String>
        let declaredCategories: Set<String>
        let lookup: MapLookup

        init(filters: [String: String], lookup: MapLookup) {
            func folded(_ name: String) -> String? {
                filters[name].map { SearchText.fold($0.trimmingCharacters(in: .whitespaces)) }.flatMap { $0.isEmpty ? nil : $0 }
            }
            kind = folded(SystemsFiltering.kind)
            jurisdiction = folded(SystemsFiltering.jurisdiction)
            let data = folded(SystemsFiltering.data)
            self.data = data
            dataCategories = Set(lookup.map.dataCategories.filter { category in
                guard let data else { return false }
                return SearchText.matches(folded: data, in: [category.id, category.name])
            }.map(\.id))
            declaredCategories = Set(lookup.map.dataCategories.map(\.id))
            self.lookup = lookup
        }

        func matches(_ position: Int) -> Bool {
            let system = lookup.map.systems[position]
            if let kind, !(system.kind.rawValue.contains(kind) || system.kind.label.contains(kind)) { return false }
            if let data, !system.data.contains(where: { dataCategories.contains($0) || (!declaredCategories.contains($0) && SearchText.matches(folded: data, in: [$0])) }) {
                return false
            }
            if let jurisdiction, !SystemsFiltering.location(lookup.location(ofSystem: position), matches: jurisdiction, catalogue: lookup.catalogue) {
                return false
            }
            return true
        }
    }

    /// Whether a location lies in a jurisdiction or country, as typed (folded): "eu", "us", "de",
    /// a country name or its beginning ("germ"), or "unknown" for locations nobody wrote.
    static func location(_ location: LocationSummary, matches value: String, catalogue: RegionCatalogue) -> Bool {
        if location.isUnknown { return "unknown".hasPrefix(value) || value == "?" }
        for entry in location.entries {
            guard let place = entry.place else {
                if value == "?" { return true }
                continue
            }
            if place.jurisdiction.lowercased() == value { return true }
            for country in place.countries {
                if country.lowercased() == value { return true }
                if value.count > 2, let name = catalogue.country(country)?.name, SearchText.fold(name).hasPrefix(value) { return true }
            }
        }
        return false
    }
}
