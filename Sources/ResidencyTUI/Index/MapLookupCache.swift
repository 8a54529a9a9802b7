import Foundation
import ResidencyModel

extension MapLookup {
    /// The lookup for `map`, built the first time it is asked for and then found at once.
    ///
    /// `AppState` holds a map, not its lookup, and rendering cannot change state; so lookups are
    /// kept here, beside the maps they were built for. Finding one compares maps with `==`, which
    /// is immediate when the state holds the same map (its arrays share storage with the kept
    /// one), so a lookup is never out of date: an edited map is a different map and gets its own.
    public static func `for`(_ map: ResidencyMap) -> MapLookup {
        MapLookupCache.shared.lookup(for: map)
    }
}

/// The few most recently used lookups. `@unchecked Sendable`: its one mutable field is only read
/// and written under `lock`; the lookups themselves are immutable.
final class MapLookupCache: @unchecked Sendable {
    static let shared = MapLookupCache()

    /// Enough for a session (one map) and for tests that draw several maps at once.
    private let capacity = 6
    private let lock = NSLock()
    private var recent: [MapLookup] = []

    func lookup(for map: ResidencyMap) -> MapLookup {
        if let found = cached(map) { return found }
        // Built outside the lock: a large map takes milliseconds, and others may look up meanwhile.
        let built = MapLookup(map: map)
        lock.withLock {
            if let index = recent.firstIndex(where: { $0.map == map }) { recent.remove(at: index) }
            recent.insert(built, at: 0)
            if recent.count > capacity { recent.removeLast() }
        }
        return built
    }

    private func cached(_ map: ResidencyMap) -> MapLookup? {
        lock.withLock {
            guard let index = recent.firstIndex(where: { $0.map == map }) else { return nil }
            let found = recent[index]
            if index > 0 {
                recent.remove(at: index)
                recent.insert(found, at: 0)
            }
            return found
        }
    }
}
