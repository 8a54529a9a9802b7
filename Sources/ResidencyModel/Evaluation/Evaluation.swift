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
    private let breachesBySystem: [String: [BreachReference]]
    private let breachesByRole: [String: [BreachReference]]
    private let breachesByStep: [FlowStepKey: [BreachReference]]
    private let findingsBySystem: [String: [Int]]
    private let findingsByRole: [String: [Int]]
    private let findingsByFlow: [String: [Int]]
    private let findingsByStep: [FlowStepKey: [Int]]
    private let findingsByElement: [MapElement: [Int]]

    /// Builds the indexes. `stepSystems` gives, for each flow, the system id of each step (in
    /// order), so processing breaches and step findings are indexed under their system too.
    public init(today: ISODate, claims: [ClaimResult], findings: [Finding], stepSystems: [String: [String]] = [:]) {
        self.today = today
        self.claims = claims
        self.findings = findings

        var claimIndex: [String: Int] = [:]
        var bySystem: [String: [BreachReference]] = [:]
        var byRole: [String: [BreachReference]] = [:]
        var byStep: [FlowStepKey: [BreachReference]] = [:]
        for (c, result) in claims.enumerated() {
            if claimIndex[result.claim.id] == nil { claimIndex[result.claim.id] = c }
            for (b, breach) in result.breaches.enumerated() {
                let ref = BreachReference(claimIndex: c, breachIndex: b)
                bySystem[breach.system, default: []].append(ref)
                if case .copy(let from, let to, _) = breach.subject, from != to, from != breach.system {
                    bySystem[from, default: []].append(ref)
                }
                if let role = breach.subject.roleID { byRole[role, default: []].append(ref) }
                if case .flowStep(let flow, let step) = breach.subject {
                    byStep[FlowStepKey(flow: flow, step: step), default: []].append(ref)
                }
            }
        }

        var fSystem: [String: [Int]] = [:]
        var fRole: [String: [Int]] = [:]
        var fFlow: [String: [Int]] = [:]
        var fStep: [FlowStepKey: [Int]] = [:]
        var fElement: [MapElement: [Int]] = [:]
        for (i, finding) in findings.enumerated() {
            fElement[finding.subject, default: []].append(i)
            for system in finding.subject.systemIDs { fSystem[system, default: []].append(i) }
            if let role = finding.subject.roleID { fRole[role, default: []].append(i) }
            if let flow = finding.subject.flowID { fFlow[flow, default: []].append(i) }
            if case .flowStep(let flow, let step) = finding.subject {
                fStep[FlowStepKey(flow: flow, step: step), default: []].append(i)
                if let systems = stepSystems[flow], step >= 1, step <= systems.count {
                    fSystem[systems[step - 1], default: []].append(i)
                }
            }
        }

        self.claimIndex = claimIndex
        self.breachesBySystem = bySystem
        self.breachesByRole = byRole
        self.breachesByStep = byStep
        self.findingsBySystem = fSystem
        self.findingsByRole = fRole
        self.findingsByFlow = fFlow
        self.findingsByStep = fStep
        self.findingsByElement = fElement
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
    /// or opened there by a role. In claim order, then breach order.
    public func breaches(involvingSystem id: String) -> [ClaimBreach] {
        resolve(breachesBySystem[id])
    }

    /// Access breaches of one role.
    public func breaches(involvingRole id: String) -> [ClaimBreach] {
        resolve(breachesByRole[id])
    }

    /// Processing breaches at one flow step (`step` counts from 1).
    public func breaches(atFlow flow: String, step: Int) -> [ClaimBreach] {
        resolve(breachesByStep[FlowStepKey(flow: flow, step: step)])
    }

    // MARK: Findings by element

    /// Findings about a system, a copy from or into it, a grant on it, or a flow step into it.
    public func findings(involvingSystem id: String) -> [Finding] {
        (findingsBySystem[id] ?? []).map { findings[$0] }
    }

    /// Findings about a role or one of its grants.
    public func findings(involvingRole id: String) -> [Finding] {
        (findingsByRole[id] ?? []).map { findings[$0] }
    }

    /// Findings about a flow or any of its steps.
    public func findings(involvingFlow id: String) -> [Finding] {
        (findingsByFlow[id] ?? []).map { findings[$0] }
    }

    /// Findings at one flow step (`step` counts from 1).
    public func findings(atFlow flow: String, step: Int) -> [Finding] {
        (findingsByStep[FlowStepKey(flow: flow, step: step)] ?? []).map { findings[$0] }
    }

    /// Findings whose subject is exactly this element (`.map`, `.exception(id)`, ...).
    public func findings(about element: MapElement) -> [Finding] {
        (findingsByElement[element] ?? []).map { findings[$0] }
    }

    private func resolve(_ refs: [BreachReference]?) -> [ClaimBreach] {
        (refs ?? []).map { ref in
            let result = claims[ref.claimIndex]
            return ClaimBreach(claim: result.claim.id, verdict: result.verdict, breach: result.breaches[ref.breachIndex])
        }
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
}

struct BreachReference: Sendable, Hashable {
    var claimIndex: Int
    var breachIndex: Int
}

struct FlowStepKey: Sendable, Hashable {
    var flow: String
    var step: Int
}
