import Foundation

/// The result of checking a whole map: every claim's verdict and every finding, with indexes so
/// a screen can ask "what breaks at this system" without scanning the map.
public struct Evaluation: Sendable, Hashable {
    /// The day the evaluation was made for (exceptions and reviews are judged against it).
    public let today: ISODate
    /// One result per claim, in the map's claim order.
    public let claims: [ClaimResult]
    /// Every finding, most severe first, then in map order.
    public let findings: [Finding]

    private let claimIndex: [String: Int]
    /// The engine's index of the map, for exporters that look the same things up (nil for an
    /// evaluation built by hand).
    let index: MapIndex?
    /// Findings by system, role, flow and step, built on the first question (most runs of
    /// `resmap check` never ask one).
    private let findingLookup: FindingLookup
    /// Breach counts by system, role and step, built on the first details pane that asks.
    let elementBreachesOnce = BuiltOnce<ElementBreaches?>()

    /// Builds the claim index. `stepSystems` gives, for each flow, the system id of each step (in
    /// order), so step findings are found under their system too.
    public init(today: ISODate, claims: [ClaimResult], findings: [Finding], stepSystems: [String: [String]] = [:]) {
        self.init(today: today, claims: claims, findings: findings, stepSystems: stepSystems, index: nil)
    }

    /// `stepSystems` nil: read from `index` when the finding indexes are first built.
    init(today: ISODate, claims: [ClaimResult], findings: [Finding], stepSystems: [String: [String]]?, index: MapIndex?) {
        self.index = index
        self.today = today
        self.claims = claims
        self.findings = findings
        var claimIndex: [String: Int] = [:]
        for (c, result) in claims.enumerated() where claimIndex[result.claim.id] == nil {
            claimIndex[result.claim.id] = c
        }
        self.claimIndex = claimIndex
        self.findingLookup = FindingLookup(findings: findings, stepSystems: stepSystems, index: index)
    }

    public static func == (lhs: Evaluation, rhs: Evaluation) -> Bool {
        lhs.today == rhs.today && lhs.claims == rhs.claims && lhs.findings == rhs.findings
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(today)
        hasher.combine(claims)
        hasher.combine(findings)
    }

    // MARK: Claims

    /// The result for a claim id.
    public func result(forClaim id: String) -> ClaimResult? {
        claimIndex[id].map { claims[$0] }
    }

    /// The results for one offering's claims, in map order.
    public func results(forOffering id: String) -> [ClaimResult] {
        claims.filter { $0.claim.offering == id }
    }

    /// The worst verdict over all claims; `.holds` when the map has no claims.
    public var worstVerdict: Verdict {
        claims.map(\.verdict).max() ?? .holds
    }

    /// Findings of error severity.
    public var errors: [Finding] { findings.filter { $0.severity == .error } }

    /// Whether `resmap check` passes: every claim holds (with or without exceptions) and no
    /// error-severity finding remains.
    public var passes: Bool {
        claims.allSatisfy(\.verdict.isAcceptable) && !findings.contains { $0.severity == .error }
    }

    // MARK: Breaches by element

    /// Breaches that involve a system: stored there, copied from or into it, processed there,
    /// or opened there by a role. In claim order, then breach order. Costs about the number of
    /// claims times the system's copies, steps and grants, not the size of the map.
    public func breaches(involvingSystem id: String) -> [ClaimBreach] {
        claims.flatMap { result in result.breaches(involvingSystem: id).map { ClaimBreach(result, $0) } }
    }

    /// Access breaches of one role.
    public func breaches(involvingRole id: String) -> [ClaimBreach] {
        claims.flatMap { result in result.breaches(involvingRole: id).map { ClaimBreach(result, $0) } }
    }

    /// Processing breaches at one flow step (`step` counts from 1).
    public func breaches(atFlow flow: String, step: Int) -> [ClaimBreach] {
        claims.flatMap { result in result.breaches(atFlow: flow, step: step).map { ClaimBreach(result, $0) } }
    }

    // MARK: Findings by element

    /// Findings about a system, a copy from or into it, a grant on it, or a flow step into it.
    public func findings(involvingSystem id: String) -> [Finding] {
        (findingLookup.indexes.bySystem[id] ?? []).map { findings[$0] }
    }

    /// Findings about a role or one of its grants.
    public func findings(involvingRole id: String) -> [Finding] {
        (findingLookup.indexes.byRole[id] ?? []).map { findings[$0] }
    }

    /// Findings about a flow or any of its steps.
    public func findings(involvingFlow id: String) -> [Finding] {
        (findingLookup.indexes.byFlow[id] ?? []).map { findings[$0] }
    }

    /// Findings at one flow step (`step` counts from 1).
    public func findings(atFlow flow: String, step: Int) -> [Finding] {
        (findingLookup.indexes.byStep[FlowStepKey(flow: flow, step: step)] ?? []).map { findings[$0] }
    }

    /// Findings whose subject is exactly this element (`.map`, `.exception(id)`, ...).
    public func findings(about element: MapElement) -> [Finding] {
        (findingLookup.indexes.byElement[element] ?? []).map { findings[$0] }
    }

}

/// A breach together with the claim it breaks, for per-element lists.
public struct ClaimBreach: Sendable, Hashable {
    public var claim: String
    /// The claim's overall verdict.
    public var verdict: Verdict
    public var breach: Breach

    public init(claim: String, verdict: Verdict, breach: Breach) {
        self.claim = claim
        self.verdict = verdict
        self.breach = breach
    }

    init(_ result: ClaimResult, _ breach: Breach) {
        self.init(claim: result.claim.id, verdict: result.verdict, breach: breach)
    }
}

struct FlowStepKey: Sendable, Hashable {
    var flow: String
    var step: Int
}

/// Where each finding points, by system, role, flow, step and exact element.
struct FindingIndexes: Sendable {
    var bySystem: [String: [Int]] = [:]
    var byRole: [String: [Int]] = [:]
    var byFlow: [String: [Int]] = [:]
    var byStep: [FlowStepKey: [Int]] = [:]
    var byElement: [MapElement: [Int]] = [:]

    init(findings: [Finding], stepSystems: [String: [String]]) {
        for (i, finding) in findings.enumerated() {
            byElement[finding.subject, default: []].append(i)
            for system in finding.subject.systemIDs { bySystem[system, default: []].append(i) }
            if let role = finding.subject.roleID { byRole[role, default: []].append(i) }
            if let flow = finding.subject.flowID { byFlow[flow, default: []].append(i) }
            if case .flowStep(let flow, let step) = finding.subject {
                byStep[FlowStepKey(flow: flow, step: step), default: []].append(i)
                if let systems = stepSystems[flow], step >= 1, step <= systems.count {
                    bySystem[systems[step - 1], default: []].append(i)
                }
            }
        }
    }
}

/// Builds `FindingIndexes` once, on first use. `@unchecked Sendable` because of the one mutable
/// field: every read and write of `built` happens under `lock`; the inputs are immutable.
final class FindingLookup: @unchecked Sendable {
    private let findings: [Finding]
    private let stepSystems: [String: [String]]?
    private let index: MapIndex?
    private let lock = NSLock()
    private var built: FindingIndexes?

    init(findings: [Finding], stepSystems: [String: [String]]?, index: MapIndex?) {
        self.findings = findings
        self.stepSystems = stepSystems
        self.index = index
    }

    var indexes: FindingIndexes {
        lock.withLock {
            if let built { return built }
            let indexes = FindingIndexes(findings: findings, stepSystems: stepSystems ?? index?.stepSystems ?? [:])
            built = indexes
            return indexes
        }
    }
}

/// Data that reaches a system by one copy: what `copy` carries there.
public struct CopyArrival: Sendable, Hashable {
    public var copy: DataCopy
    /// Category ids the copy carries, in the map's category order.
    public var data: [String]
}

extension Evaluation {
    /// What reaches system `id` by copy, copy by copy in map order: a backup holds what its source
    /// holds (copies of copies followed), or only what the target lists when it lists its data.
    public func arrivals(atSystem id: String) -> [CopyArrival] {
        guard let index, let position = index.systemPosition[id] else { return [] }
        return index.copiesInto[position].compactMap { c in
            guard let from = index.copyFrom[c] else { return nil }
            let data = index.carried(byCopy: c, from: index.held[from])
            return data.isEmpty ? nil : CopyArrival(copy: index.map.copies[c], data: index.categoryIDs(data))
        }
    }
}
