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
        MapLookupCache.shared.lookup(for: map, evaluation: nil)
    }

    /// The lookup for the state's map, built from the engine's index of it (one index per change).
    public static func `for`(_ state: AppState) -> MapLookup {
        MapLookupCache.shared.lookup(for: state.map, evaluation: state.evaluation)
    }
}

/// The few most recently used lookups, each beside the map value last seen for it.
/// `@unchecked Sendable`: its one mutable field is only read and written under `lock`; the
/// lookups themselves are immutable.
final class MapLookupCache: @unchecked Sendable {
    static let shared = MapLookupCache()

    private struct Entry {
        /// The map value most recently asked about. A map read again from its file is equal but
        /// stored apart; keeping the caller's value makes its next comparison immediate.
        var map: ResidencyMap
        let lookup: MapLookup
    }

    /// Enough for a session (one map) and for tests that draw several maps at once.
    private let capacity = 6
    private let lock = NSLock()
    private var recent: [Entry] = []

    func lookup(for map: ResidencyMap, evaluation: Evaluation?) -> MapLookup {
        if let found = cached(map) { return found }
        // Built outside the lock: a large map takes milliseconds, and others may look up meanwhile.
        let built = MapLookup(map: map, positions: evaluation?.positions)
        lock.withLock {
            recent.insert(Entry(map: map, lookup: built), at: 0)
            if recent.count > capacity { recent.removeLast() }
        }
        return built
    }

    private func cached(_ map: ResidencyMap) -> MapLookup? {
        lock.withLock {
            guard let index = recent.firstIndex(where: { $0.map == map }) else { return nil }
            var entry = recent.remove(at: index)
            entry.map = map
            recent.insert(entry, at: 0)
            return entry.lookup
        }
    }
}
