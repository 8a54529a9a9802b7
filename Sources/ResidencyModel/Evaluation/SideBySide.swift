import Dispatch
import Foundation

/// Two independent pieces of work, run on two threads when the input is large enough to repay
/// it (two cores halve the wait), one after the other otherwise. Each piece must read only
/// immutable values.
enum SideBySide {
    /// Maps of this many systems or more are worked on two threads.
    static let parallelSystems = 500

    static func run<A: Sendable, B: Sendable>(inParallel: Bool, _ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
        guard inParallel else {
            let a = first()
            return (a, second())
        }
        let results = Results<A, B>()
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 { results.setFirst(first()) } else { results.setSecond(second()) }
        }
        // Both are set once concurrentPerform returns; the fallback only keeps this total.
        guard let a = results.first, let b = results.second else { return (first(), second()) }
        return (a, b)
    }
}

/// The two results, filled from two threads. `@unchecked Sendable` because of its mutable
/// fields: each is written once under `lock` and read under it after both pieces end.
private final class Results<A: Sendable, B: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var storedFirst: A?
    private var storedSecond: B?

    func setFirst(_ value: A) { lock.withLock { storedFirst = value } }
    func setSecond(_ value: B) { lock.withLock { storedSecond = value } }
    var first: A? { lock.withLock { storedFirst } }
    var second: B? { lock.withLock { storedSecond } }
}
