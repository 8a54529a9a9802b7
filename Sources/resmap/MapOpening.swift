import Foundation
import ResidencyModel
import ResidencyTUI

/// What the loader hands the terminal session: the map's state with the messages and effect
/// runner it starts with, or why the map did not load.
enum MapOpening: Sendable {
    case ready(AppState, initial: [AppMessage], effects: EffectRunner)
    case failed(MapLoadFailure)
}

/// Where the loading thread leaves its progress and its result for the session's main loop.
/// `@unchecked Sendable`: its fields are only read and written while `condition` is locked.
final class LoadInbox: @unchecked Sendable {
    private let condition = NSCondition()
    private var stage: String?
    private var opening: MapOpening?

    /// What the loader is doing now, for the loading frame.
    func post(stage: String) {
        condition.withLock { self.stage = stage }
    }

    func finish(_ opening: MapOpening) {
        condition.withLock {
            self.opening = opening
            condition.broadcast()
        }
    }

    /// The latest stage and the result if it is there, waiting up to `milliseconds` for the result.
    func take(waiting milliseconds: Int = 0) -> (stage: String?, opening: MapOpening?) {
        condition.withLock {
            let deadline = Date(timeIntervalSinceNow: Double(milliseconds) / 1_000)
            while opening == nil, milliseconds > 0, condition.wait(until: deadline) {}
            return (stage, opening)
        }
    }
}
