import Foundation

/// One claim checked against the map: its verdict, where it breaks, what cannot be vouched for,
/// and the honest answer sales can give instead.
///
/// The verdict is worked out with the evaluation. The rest is worked out the first time it is
/// read (then kept), because on a large map a claim can break at thousands of places while most
/// callers only need verdicts, counts and the answer:
///
/// - `answer`, the counts (`openBreachCount`, ...) and the first reason (`firstOpenBreach`,
///   `firstUncertainty`) cost about what the answer names, not one breach per place;
/// - `coveredBreaches` and `breaches(involvingSystem:)` and its siblings cost about what they return;
/// - `breaches` and `uncertainties` build the full lists.
///
/// Reading any of them is safe from any thread.
public struct ClaimResult: Sendable, Hashable {
    public let claim: Claim
    /// The region the claim was checked against (the claim's own, or its offering's).
    public let region: RegionSpec
    /// The data category ids checked, in the map's category order.
    public let data: [String]
    public let verdict: Verdict
    private let source: DetailSource

    /// A result with its details given (for tests and for callers that build results themselves).
    public init(
        claim: Claim,
        region: RegionSpec,
        data: [String],
        verdict: Verdict,
        breaches: [Breach],
        uncertainties: [Uncertainty],
        answer: HonestAnswer
    ) {
        self.claim = claim
        self.region = region
        self.data = data
        self.verdict = verdict
        self.source = .given(ClaimDetails(breaches: breaches, uncertainties: uncertainties, answer: answer))
    }

    init(plan: ClaimPlan, engine: ClaimEngine) {
        self.claim = plan.claim
        self.region = plan.region
        self.data = plan.dataIDs
        self.verdict = engine.verdict(plan)
        self.source = .deferred(DeferredDetails(plan: plan, engine: engine))
    }

    /// Every break, covered or not, in aspect order (storage, processing, copies, access), then map order.
    public var breaches: [Breach] { details.breaches }
    /// Everything in scope that cannot be confirmed.
    public var uncertainties: [Uncertainty] { details.uncertainties }
    public var answer: HonestAnswer { digest.answer }

    /// Breaches no active exception covers.
    public var openBreaches: [Breach] { breaches.filter { !$0.isCovered } }

    /// Breaches an approved, unexpired exception covers. Cheap even before the full list has
    /// been built: only members the claim's exceptions name are checked.
    public var coveredBreaches: [Breach] {
        switch source {
        case .deferred(let deferred) where !deferred.isBuilt:
            return deferred.engine.coveredBreaches(deferred.plan)
        default:
            return breaches.filter(\.isCovered)
        }
    }

    /// The full lists for a caller that reads them once (a writer going through every claim of a
    /// large map): the kept lists when they were built, otherwise lists made now and not kept,
    /// so memory holds one claim's breaches at a time.
    var listsReadOnce: (breaches: [Breach], uncertainties: [Uncertainty]) {
        switch source {
        case .given(let details): return (details.breaches, details.uncertainties)
        case .deferred(let deferred):
            let details = deferred.detailsReadOnce()
            return (details.breaches, details.uncertainties)
        }
    }

    /// The plan and engine behind a result the evaluator made, for indexes built from every
    /// claim's scan (`ElementBreaches`); nil for a result made with its details given.
    var planAndEngine: (plan: ClaimPlan, engine: ClaimEngine)? {
        guard case .deferred(let deferred) = source else { return nil }
        return (deferred.plan, deferred.engine)
    }

    /// The first `limit` breaches and the first `limit` uncertainties of the full lists, worded
    /// without wording the rest (and not kept), for a report that prints the first few.
    public func details(upTo limit: Int) -> (breaches: [Breach], uncertainties: [Uncertainty]) {
        switch source {
        case .deferred(let deferred) where !deferred.isBuilt:
            let details = deferred.detailsReadOnce(limit: limit)
            return (Array(details.breaches.prefix(limit)), Array(details.uncertainties.prefix(limit)))
        default:
            return (Array(breaches.prefix(limit)), Array(uncertainties.prefix(limit)))
        }
    }

    /// How many breaches no active exception covers (`openBreaches.count`, without the list).
    public var openBreachCount: Int { digest.openBreachCount }
    /// How many breaches an approved, unexpired exception covers.
    public var coveredBreachCount: Int { digest.coveredBreachCount }
    /// How many things in scope cannot be confirmed (`uncertainties.count`, without the list).
    public var uncertaintyCount: Int { digest.uncertaintyCount }
    /// The first breach no active exception covers (`openBreaches.first`, without the list).
    public var firstOpenBreach: Breach? { digest.firstOpenBreach }
    /// The first thing in scope that cannot be confirmed (`uncertainties.first`, without the list).
    public var firstUncertainty: Uncertainty? { digest.firstUncertainty }

    /// One sentence on why the claim cannot be used as written: the first open breach, else the
    /// first thing not confirmed; nil when neither exists (the claim holds, perhaps with exceptions).
    public var firstReason: String? {
        firstOpenBreach?.message ?? firstUncertainty?.message
    }

    /// This claim's breaches that involve a system: stored there, copied into or out of it,
    /// processed there, or opened there. Cheap even before the full list has been built.
    public func breaches(involvingSystem id: String) -> [Breach] {
        switch source {
        case .deferred(let deferred) where !deferred.isBuilt:
            guard let position = deferred.engine.index.systemPosition[id] else { return [] }
            return deferred.engine.breaches(deferred.plan, involvingSystem: position)
        default:
            return breaches.filter { breach in
                if breach.system == id { return true }
                if case .copy(let from, _, _) = breach.subject { return from == id }
                return false
            }
        }
    }

    /// This claim's access breaches by one role.
    public func breaches(involvingRole id: String) -> [Breach] {
        switch source {
        case .deferred(let deferred) where !deferred.isBuilt:
            guard let position = deferred.engine.index.rolePosition[id] else { return [] }
            return deferred.engine.breaches(deferred.plan, involvingRole: position)
        default:
            return breaches.filter { $0.subject.roleID == id }
        }
    }

    /// This claim's processing breach at one flow step (`step` counts from 1).
    public func breaches(atFlow flow: String, step: Int) -> [Breach] {
        switch source {
        case .deferred(let deferred) where !deferred.isBuilt:
            let index = deferred.engine.index
            guard let f = index.flowPosition[flow], step >= 1, step <= index.map.flows[f].steps.count else { return [] }
            return deferred.engine.breaches(deferred.plan, atStep: index.flowStepStart[f] + step - 1)
        default:
            return breaches.filter { $0.subject == .flowStep(flow: flow, step: step) }
        }
    }

    /// The verdict the breaches and uncertainties imply: any open breach breaks the claim;
    /// otherwise any uncertainty makes it unknown; otherwise covered breaches make it hold with
    /// exceptions.
    public static func verdict(breaches: [Breach], uncertainties: [Uncertainty]) -> Verdict {
        if breaches.contains(where: { !$0.isCovered }) { return .broken }
        if !uncertainties.isEmpty { return .unknown }
        if !breaches.isEmpty { return .holdsWithExceptions }
        return .holds
    }

    public static func == (lhs: ClaimResult, rhs: ClaimResult) -> Bool {
        lhs.claim == rhs.claim && lhs.region == rhs.region && lhs.data == rhs.data && lhs.verdict == rhs.verdict
            && lhs.details == rhs.details
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(claim)
        hasher.combine(region)
        hasher.combine(data)
        hasher.combine(verdict)
    }

    private var details: ClaimDetails {
        switch source {
        case .given(let details): return details
        case .deferred(let deferred): return deferred.details
        }
    }

    private var digest: ClaimDigest {
        switch source {
        case .given(let details): return ClaimDigest(details)
        case .deferred(let deferred): return deferred.digest
        }
    }
}

private enum DetailSource: Sendable {
    case given(ClaimDetails)
    case deferred(DeferredDetails)
}

/// Builds a claim's digest and its full details once each, on first use, and keeps them.
/// `@unchecked Sendable` because of the mutable fields: every read and write of `cachedDigest`
/// and `cachedDetails` happens under `lock`, and the engine and plan are immutable.
private final class DeferredDetails: @unchecked Sendable {
    let plan: ClaimPlan
    let engine: ClaimEngine
    private let lock = NSLock()
    private var cachedDigest: ClaimDigest?
    private var cachedDetails: ClaimDetails?

    init(plan: ClaimPlan, engine: ClaimEngine) {
        self.plan = plan
        self.engine = engine
    }

    /// Whether the full lists have been built.
    var isBuilt: Bool { lock.withLock { cachedDetails != nil } }

    var digest: ClaimDigest {
        lock.withLock {
            if let cachedDigest { return cachedDigest }
            let built = engine.digest(plan, scan: engine.scan(plan))
            cachedDigest = built
            return built
        }
    }

    /// The details, kept when built before, otherwise made and not kept (the digest is kept);
    /// with a `limit`, only the first `limit` breaches and uncertainties are made.
    func detailsReadOnce(limit: Int = .max) -> ClaimDetails {
        lock.withLock {
            if let cachedDetails { return cachedDetails }
            let scan = engine.scan(plan)
            let digest = cachedDigest ?? engine.digest(plan, scan: scan)
            cachedDigest = digest
            return engine.details(plan, scan: scan, answer: digest.answer, limit: limit)
        }
    }

    var details: ClaimDetails {
        lock.withLock {
            if let cachedDetails { return cachedDetails }
            let scan = engine.scan(plan)
            let digest = cachedDigest ?? engine.digest(plan, scan: scan)
            cachedDigest = digest
            let built = engine.details(plan, scan: scan, answer: digest.answer)
            cachedDetails = built
            return built
        }
    }
}
