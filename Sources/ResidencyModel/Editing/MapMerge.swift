/// Merges two maps that both moved on from one base, item by item (a colleague saved while you
/// edited, or `git pull` changed the file): an item changed on one side only takes that side; the
/// same change on both sides is no conflict; different changes to the same item are a conflict
/// for the user to choose. Items keep the other side's order; yours that are new go at the end.
public struct MapMerge: Sendable {
    public let base: ResidencyMap
    public let ours: ResidencyMap
    public let theirs: ResidencyMap

    public init(base: ResidencyMap, ours: ResidencyMap, theirs: ResidencyMap) {
        self.base = base
        self.ours = ours
        self.theirs = theirs
    }

    /// What the merge is about: the header, the declared category list as a whole (when one
    /// side switched between the defaults and its own), or one item.
    public enum Subject: Sendable, Hashable, CustomStringConvertible {
        case header
        case categoryList
        case item(ItemKey)

        public var description: String {
            switch self {
            case .header: return "the map header"
            case .categoryList: return "the data category list"
            case .item(let key): return key.description
            }
        }
    }

    public enum Side: Sendable, Hashable {
        case ours
        case theirs
    }

    /// Two different changes to one thing. `nil` on a side means that side deleted it.
    public struct Conflict: Sendable, Hashable {
        public var subject: Subject
        public var base: ItemValue?
        public var ours: ItemValue?
        public var theirs: ItemValue?
    }

    public struct Result: Sendable {
        /// The merged map, with every unresolved conflict taken from `theirs`.
        public var map: ResidencyMap
        public var conflicts: [Conflict]
        /// How many things the other side changed that were taken in.
        public var takenFromTheirs: Int
    }

    /// Merges, taking `resolutions` for conflicts the user already decided.
    public func merge(resolving resolutions: [Subject: Side] = [:]) -> Result {
        var conflicts: [Conflict] = []
        var taken = 0
        var map = theirs

        func decide<Value: Equatable>(_ subject: Subject, _ b: Value?, _ o: Value?, _ t: Value?, show: (Value) -> ItemValue) -> Value? {
            if o == b { if t != b { taken += 1 }; return t }
            if t == b || o == t { return o }
            switch resolutions[subject] {
            case .ours?: return o
            case .theirs?: return t
            case nil:
                conflicts.append(Conflict(subject: subject, base: b.map(show), ours: o.map(show), theirs: t.map(show)))
                return t
            }
        }

        if let combined = Self.mergeHeaders(base: base.header, ours: ours.header, theirs: theirs.header) {
            if theirs.header != base.header { taken += 1 }
            map.header = combined
        } else {
            map.header = decide(.header, base.header, ours.header, theirs.header, show: ItemValue.map) ?? theirs.header
        }
        if (base.declaredCategories == nil) != (ours.declaredCategories == nil)
            || (base.declaredCategories == nil) != (theirs.declaredCategories == nil) {
            let chosen = decide(.categoryList, Wrapped(base.declaredCategories), Wrapped(ours.declaredCategories),
                                Wrapped(theirs.declaredCategories)) { .category(($0.value ?? []).first ?? DataCategory(id: "", name: "", personal: true)) }
            map.declaredCategories = (chosen ?? Wrapped(theirs.declaredCategories)).value
        }
        for section in MapSection.allCases {
            if section == .categories && (map.declaredCategories == nil || ours.declaredCategories == nil
                                          || base.declaredCategories == nil) { continue }
            let baseItems = Self.keyed(section.items(in: base))
            let ourItems = Self.keyed(section.items(in: ours))
            let theirItems = Self.keyed(section.items(in: theirs))
            let baseByKey = Dictionary(baseItems, uniquingKeysWith: { first, _ in first })
            let oursByKey = Dictionary(ourItems, uniquingKeysWith: { first, _ in first })
            let theirsByKey = Dictionary(theirItems, uniquingKeysWith: { first, _ in first })
            var merged: [MapItem] = []
            for (key, item) in theirItems {
                if let kept = decide(.item(key), baseByKey[key], oursByKey[key], item, show: ItemValue.init) {
                    merged.append(kept)
                }
            }
            for (key, item) in ourItems where theirsByKey[key] == nil {
                if let kept = decide(.item(key), baseByKey[key], item, nil, show: ItemValue.init) {
                    merged.append(kept)
                }
            }
            map.setItems(merged, of: section)
        }
        return Result(map: map, conflicts: conflicts, takenFromTheirs: taken)
    }

    /// Headers both sides changed, merged part by part: each field three ways, sign-offs and gap
    /// marks as lists (what one side added is kept, what one side removed or replaced goes), so
    /// two teams signing or marking gaps in parallel do not conflict. nil when one field was
    /// changed differently on both sides.
    static func mergeHeaders(base: MapHeader, ours: MapHeader, theirs: MapHeader) -> MapHeader? {
        func field<T: Equatable>(_ path: KeyPath<MapHeader, T>) -> T? {
            let (b, o, t) = (base[keyPath: path], ours[keyPath: path], theirs[keyPath: path])
            if o == b { return t }
            if t == b || o == t { return o }
            return nil
        }
        func list<T: Hashable>(_ path: KeyPath<MapHeader, [T]>) -> [T] {
            let b = base[keyPath: path], o = ours[keyPath: path], t = theirs[keyPath: path]
            let removedByOurs = Set(b).subtracting(o)
            let removedByTheirs = Set(b).subtracting(t)
            var merged = t.filter { !removedByOurs.contains($0) }
            for element in o where !b.contains(element) && !merged.contains(element) { merged.append(element) }
            return merged.filter { !removedByTheirs.contains($0) || !b.contains($0) }
        }
        guard let name = field(\.name), let owner = field(\.owner), let last = field(\.lastReviewed),
              let interval = field(\.reviewIntervalDays), let teams = field(\.declaredSignOffTeams) else { return nil }
        return MapHeader(name: name, owner: owner, lastReviewed: last, reviewIntervalDays: interval,
                         signOffs: list(\.signOffs), declaredSignOffTeams: teams, gaps: list(\.gaps))
    }

    private static func keyed(_ items: [MapItem]) -> [(ItemKey, MapItem)] {
        Array(zip(ItemKey.keys(of: items), items))
    }

    /// An optional list compared as one value.
    private struct Wrapped: Equatable {
        var value: [DataCategory]?
        init(_ value: [DataCategory]?) { self.value = value }
    }
}

extension ResidencyMap {
    /// Replaces a whole section's items.
    mutating func setItems(_ items: [MapItem], of section: MapSection) {
        switch section {
        case .offerings: offerings = items.compactMap { if case .offering(let v) = $0 { return v }; return nil }
        case .categories:
            if declaredCategories != nil {
                declaredCategories = items.compactMap { if case .category(let v) = $0 { return v }; return nil }
            }
        case .systems: systems = items.compactMap { if case .system(let v) = $0 { return v }; return nil }
        case .copies: copies = items.compactMap { if case .copy(let v) = $0 { return v }; return nil }
        case .roles: roles = items.compactMap { if case .role(let v) = $0 { return v }; return nil }
        case .flows: flows = items.compactMap { if case .flow(let v) = $0 { return v }; return nil }
        case .claims: claims = items.compactMap { if case .claim(let v) = $0 { return v }; return nil }
        case .exceptions: exceptions = items.compactMap { if case .exception(let v) = $0 { return v }; return nil }
        }
    }
}
