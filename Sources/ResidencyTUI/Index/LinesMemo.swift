import Foundation
import ResidencyModel

/// The wrapped lines of recently shown details panes, so a frame that shows the same item at the
/// same width reuses them instead of wrapping hundreds of breach sentences again. Lines depend on
/// the map (this memo lives in its lookup), the evaluation's day, the theme, the width and the
/// item; all of them are in the key.
///
/// `@unchecked Sendable`: its one mutable field is only read and written under `lock`.
final class LinesMemo: @unchecked Sendable {
    struct Key: Hashable {
        /// Which pane: "systems", "access.role", "walk.hop", ...
        var pane: String
        var item: Int
        var subitem: Int = 0
        var width: Int
        var theme: Theme
        var today: ISODate
    }

    private let capacity = 16
    private let lock = NSLock()
    private var entries: [(key: Key, lines: [Line])] = []

    func lines(for key: Key, build: () -> [Line]) -> [Line] {
        if let hit = lock.withLock({ entries.first { $0.key == key }?.lines }) { return hit }
        let lines = build()
        lock.withLock {
            entries.insert((key, lines), at: 0)
            if entries.count > capacity { entries.removeLast() }
        }
        return lines
    }
}
