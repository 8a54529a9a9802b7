/// Applies primitive changes to a working map and records each, so an edit built step by step
/// (a rename that updates every reference, a delete that takes its references along) is exactly
/// the list of changes that made it, with an exact inverse.
struct ChangeRecorder {
    private(set) var map: ResidencyMap
    private(set) var changes: [MapChange] = []

    init(_ map: ResidencyMap) {
        self.map = map
    }

    mutating func replace(_ section: MapSection, at index: Int, with new: MapItem) {
        guard let old = section.item(at: index, in: map), old != new else { return }
        record(.replace(old, with: new, at: index))
    }

    mutating func insert(_ item: MapItem, at index: Int) {
        if item.section == .categories && map.declaredCategories == nil {
            declareCategories(map.dataCategories)
        }
        record(.insert(item, at: index))
    }

    mutating func remove(_ section: MapSection, at index: Int) {
        guard let old = section.item(at: index, in: map) else { return }
        record(.remove(old, at: index))
    }

    mutating func header(_ new: MapHeader) {
        guard new != map.header else { return }
        record(.header(map.header, with: new))
    }

    mutating func declareCategories(_ new: [DataCategory]?) {
        guard new != map.declaredCategories else { return }
        record(.declaredCategories(map.declaredCategories, with: new))
    }

    /// Rewrites every item of a section through `transform`, recording those that changed.
    mutating func update(_ section: MapSection, _ transform: (MapItem) -> MapItem) {
        for index in 0..<section.count(in: map) {
            guard let item = section.item(at: index, in: map) else { continue }
            let new = transform(item)
            if new != item { record(.replace(item, with: new, at: index)) }
        }
    }

    /// Removes every item of a section that matches, from the last so positions stay right.
    mutating func removeAll(_ section: MapSection, where matches: (MapItem) -> Bool) {
        for index in (0..<section.count(in: map)).reversed() {
            if let item = section.item(at: index, in: map), matches(item) { remove(section, at: index) }
        }
    }

    private mutating func record(_ change: MapChange) {
        // Every change here is made from the working map itself, so it always fits.
        if (try? change.apply(to: &map)) != nil { changes.append(change) }
    }
}
