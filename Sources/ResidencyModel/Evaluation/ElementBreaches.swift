import Foundation

/// Which claims break at each system, role and flow step, and how many times: worked out once per
/// evaluation from every claim's scan (positions and counts, no words), so a details pane words
/// only the breaches it shows, asks only the claims that break there, and counts the rest without
/// wording them. A key that selects the next system then costs the same on a map of 100 systems
/// or 50,000.
///
/// The counts are exactly those of `Evaluation.breaches(involvingSystem:)` and its siblings: an
/// outside site of a claim's scan is one breach at every element its breach is listed under
/// (a copy's breach under both its ends).
struct ElementBreaches: Sendable {
    /// One claim's breaches at one element.
    struct Entry: Sendable {
        /// The claim's position in the evaluation.
        var claim: Int32
        var count: Int32
        /// How many of them are access breaches.
        var access: Int32
    }

    /// By system, role and flattened flow step position; each in claim order.
    let bySystem: [[Entry]]
    let byRole: [[Entry]]
    let byStep: [[Entry]]

    /// Nil for an evaluation made by hand (no engine behind its results): callers then ask every claim.
    init?(_ evaluation: Evaluation) {
        guard let index = evaluation.index else { return nil }
        var bySystem = Array(repeating: [Entry](), count: index.map.systems.count)
        var byRole = Array(repeating: [Entry](), count: index.map.roles.count)
        var byStep = Array(repeating: [Entry](), count: index.steps.count)
        func add(_ claim: Int32, at element: Int, access: Bool, to lists: inout [[Entry]]) {
            if let last = lists[element].last, last.claim == claim {
                lists[element][lists[element].count - 1].count += 1
                if access { lists[element][lists[element].count - 1].access += 1 }
            } else {
                lists[element].append(Entry(claim: claim, count: 1, access: access ? 1 : 0))
            }
        }
        for (c, result) in evaluation.claims.enumerated() {
            guard let (plan, engine) = result.planAndEngine else { return nil }
            let claim = Int32(c)
            for site in engine.scan(plan).sites where site.isOutside {
                let member = site.member
                switch site.aspect {
                case .storage:
                    add(claim, at: member, access: false, to: &bySystem)
                case .copies:
                    if let to = index.copyTo[member] { add(claim, at: to, access: false, to: &bySystem) }
                    if let from = index.copyFrom[member], from != index.copyTo[member] {
                        add(claim, at: from, access: false, to: &bySystem)
                    }
                case .processing:
                    if let system = index.steps[member].system { add(claim, at: system, access: false, to: &bySystem) }
                    add(claim, at: member, access: false, to: &byStep)
                case .access:
                    let grant = index.grants[member]
                    if let system = grant.system { add(claim, at: system, access: true, to: &bySystem) }
                    add(claim, at: grant.role, access: true, to: &byRole)
                }
            }
        }
        self.bySystem = bySystem
        self.byRole = byRole
        self.byStep = byStep
    }
}

/// The first breaches at one element, and how many there are in all: what a details pane shows
/// ("Claims it breaks (312)" and the first fifty).
public struct BreachListing: Sendable, Hashable {
    public var first: [ClaimBreach]
    public var count: Int

    public init(first: [ClaimBreach], count: Int) {
        self.first = first
        self.count = count
    }

    /// The first `limit` of a full list.
    init(_ all: [ClaimBreach], limit: Int) {
        self.init(first: Array(all.prefix(limit)), count: all.count)
    }
}

extension Evaluation {
    /// `breaches(involvingSystem:)`'s first `limit` and its count, worded only as far as `limit`;
    /// with `accessOnly`, its access breaches.
    public func breaches(involvingSystem id: String, first limit: Int, accessOnly: Bool = false) -> BreachListing {
        guard let elements = elementBreaches, let position = index?.systemPosition[id] else {
            let all = breaches(involvingSystem: id)
            return BreachListing(accessOnly ? all.filter { $0.breach.aspect == .access } : all, limit: limit)
        }
        return listing(elements.bySystem[position], limit: limit, accessOnly: accessOnly) { result in
            let found = result.breaches(involvingSystem: id)
            return accessOnly ? found.filter { $0.aspect == .access } : found
        }
    }

    /// `breaches(involvingRole:)`'s first `limit` and its count.
    public func breaches(involvingRole id: String, first limit: Int) -> BreachListing {
        guard let elements = elementBreaches, let position = index?.rolePosition[id] else {
            return BreachListing(breaches(involvingRole: id), limit: limit)
        }
        return listing(elements.byRole[position], limit: limit, accessOnly: false) { $0.breaches(involvingRole: id) }
    }

    /// `breaches(atFlow:step:)`'s first `limit` and its count (`step` counts from 1).
    public func breaches(atFlow flow: String, step: Int, first limit: Int) -> BreachListing {
        guard let elements = elementBreaches, let index, let f = index.flowPosition[flow],
              step >= 1, step <= index.map.flows[f].steps.count else {
            return BreachListing(breaches(atFlow: flow, step: step), limit: limit)
        }
        return listing(elements.byStep[index.flowStepStart[f] + step - 1], limit: limit, accessOnly: false) {
            $0.breaches(atFlow: flow, step: step)
        }
    }

    private func listing(_ entries: [ElementBreaches.Entry], limit: Int, accessOnly: Bool,
                         breaches: (ClaimResult) -> [Breach]) -> BreachListing {
        var count = 0
        var first: [ClaimBreach] = []
        for entry in entries {
            let here = Int(accessOnly ? entry.access : entry.count)
            guard here > 0 else { continue }
            count += here
            if first.count < limit {
                let result = claims[Int(entry.claim)]
                first += breaches(result).prefix(limit - first.count).map { ClaimBreach(result, $0) }
            }
        }
        return BreachListing(first: first, count: count)
    }

    /// The per-element counts, built on first use and kept with this evaluation.
    var elementBreaches: ElementBreaches? {
        elementBreachesOnce.value { ElementBreaches(self) }
    }
}

/// A value built the first time it is asked for, shared by every copy of the struct holding it.
/// `@unchecked Sendable`: `built` is only read and written under `lock`.
final class BuiltOnce<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    /// Empty until built, then the one value (an array, since `Value` may itself be optional).
    private var built: [Value] = []

    init() {}

    func value(_ build: () -> Value) -> Value {
        lock.withLock {
            if let value = built.first { return value }
            let value = build()
            built = [value]
            return value
        }
    }
}
