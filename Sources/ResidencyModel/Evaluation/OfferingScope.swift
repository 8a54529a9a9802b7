/// For one offering: which systems, copies, flow steps and grants touch each data category,
/// grouped by where they are. Built once per offering; every claim on the offering then looks
/// only at the groups for its categories, and enumerates members only where something breaks or
/// is uncertain, so checking a claim costs about the number of distinct locations plus its output.
struct OfferingScope: Sendable {
    /// While building: per category, slot -> members (see `slot`).
    private typealias Buckets = [[Int: [Int]]]

    /// What each member of each aspect holds, carries or opens for this offering (empty when it
    /// does not touch the offering): by system, copy, flattened step and flattened grant. A
    /// system holds its own data if it serves the offering, and what storing copies bring it; a
    /// copy carries what its source holds
    /// for the offering, counting what copies brought in; a grant opens what its system holds.
    private let storageData: [CategorySet]
    private let copyData: [CategorySet]
    private let stepData: [CategorySet]
    private let grantData: [CategorySet]
    /// Per category and slot: system positions that serve the offering and hold it.
    let storage: MemberGroups
    /// Per category and slot of the target: copy positions that carry it for the offering.
    let copies: MemberGroups
    /// Per category and slot of the step's system: step positions that carry it into a system
    /// serving the offering, in the offering's flows.
    let processing: MemberGroups
    /// Per category and role country list: grant positions on systems holding it for the offering.
    let access: MemberGroups
    let offering: String

    /// The slot for a system that the map does not have.
    static let missingSystem = -1

    /// A location slot: the interned location and whether the system's location is confirmed.
    static func slot(_ index: MapIndex, system: Int?) -> Int {
        guard let system else { return missingSystem }
        return index.systemSlot[system]
    }

    /// `flowOfferings` is `dedicatedOfferings(index)`, worked out once for every offering.
    init(offering: String, index: MapIndex, flowOfferings: [[String]]) {
        let categoryCount = index.categories.count
        let systems = index.map.systems
        let empty = Buckets(repeating: [:], count: categoryCount)

        var start = [CategorySet]()
        start.reserveCapacity(systems.count)
        var serving = [Bool]()
        serving.reserveCapacity(systems.count)
        for s in systems.indices {
            serving.append(systems[s].serves(offering: offering))
            guard serving[s] else {
                start.append(CategorySet())
                continue
            }
            start.append(index.declared[s])
        }
        let relevant = CopyPropagation.propagate(start: start, declared: index.declared, copyFrom: index.copyFrom, copyTo: index.copyTo)

        var copies = empty
        var copyData = Array(repeating: CategorySet(), count: index.copyFrom.count)
        for (i, from) in index.copyFrom.enumerated() {
            guard let from else { continue }
            let data = index.carried(byCopy: i, from: relevant[from])
            if data.isEmpty { continue }
            copyData[i] = data
            let slot = Self.slot(index, system: index.copyTo[i])
            for c in data.positions { copies[c][slot, default: []].append(i) }
        }

        // Storage: what a serving system declares, and what storing copies (backups, replicas, DR,
        // restore tests, staging copies) bring to any system, serving or not.
        var stored = start
        for (i, data) in copyData.enumerated() where !data.isEmpty && CopyPropagation.stores(index.map.copies[i].kind) {
            if let to = index.copyTo[i] { _ = stored[to].formUnion(data) }
        }
        var storage = empty
        for (s, data) in stored.enumerated() where !data.isEmpty {
            let slot = Self.slot(index, system: s)
            for c in data.positions { storage[c][slot, default: []].append(s) }
        }

        var processing = empty
        var stepData = Array(repeating: CategorySet(), count: index.steps.count)
        let included = Self.flowsServing(offering: offering, flowOfferings: flowOfferings)
        for (k, step) in index.steps.enumerated() where included[step.flow] && !step.data.isEmpty {
            if let system = step.system, !serving[system] { continue }
            stepData[k] = step.data
            let slot = Self.slot(index, system: step.system)
            for c in step.data.positions { processing[c][slot, default: []].append(k) }
        }

        var access = empty
        var grantData = Array(repeating: CategorySet(), count: index.grants.count)
        for (g, grant) in index.grants.enumerated() {
            guard let system = grant.system else { continue }
            let data = relevant[system]
            if data.isEmpty { continue }
            grantData[g] = data
            let slot = index.roleCountries[grant.role]
            for c in data.positions { access[c][slot, default: []].append(g) }
        }

        self.offering = offering
        self.storage = MemberGroups(storage)
        self.copies = MemberGroups(copies)
        self.processing = MemberGroups(processing)
        self.access = MemberGroups(access)
        self.storageData = stored
        self.copyData = copyData
        self.stepData = stepData
        self.grantData = grantData
    }

    /// The data member `member` of `aspect` carries or holds for this offering (empty when it
    /// does not touch the offering): the same rule the buckets were built by, for one member.
    func data(_ aspect: ClaimScope, member: Int, index: MapIndex) -> CategorySet {
        memberData(aspect)[member]
    }

    /// What every member of an aspect holds, carries or opens for this offering, by position.
    func memberData(_ aspect: ClaimScope) -> [CategorySet] {
        switch aspect {
        case .storage: return storageData
        case .copies: return copyData
        case .processing: return stepData
        case .access: return grantData
        }
    }

    /// The slot member `member` of `aspect` is grouped under.
    static func slot(_ aspect: ClaimScope, member: Int, index: MapIndex) -> Int {
        index.memberSlots(aspect)[member]
    }

    func groups(for aspect: ClaimScope) -> MemberGroups {
        switch aspect {
        case .storage: return storage
        case .copies: return copies
        case .processing: return processing
        case .access: return access
        }
    }

    /// Flows have no offering of their own. A flow belongs to an offering unless it passes
    /// through systems dedicated to other offerings and none dedicated to this one (a flow of
    /// shared systems serves everyone). Within a flow that belongs, a step counts when its system
    /// serves the offering: a support flow that opens the EU app for EU customers and the US app
    /// for US customers carries EU data only on its EU and shared steps.
    static func flowsServing(offering: String, flowOfferings: [[String]]) -> [Bool] {
        flowOfferings.map { $0.isEmpty || $0.contains(offering) }
    }

    /// Per flow: every offering its steps' systems are dedicated to, each once (empty for a flow
    /// of shared systems only).
    static func dedicatedOfferings(_ index: MapIndex) -> [[String]] {
        var dedicated = Array(repeating: [String](), count: index.map.flows.count)
        let systems = index.map.systems
        for step in index.steps {
            guard let system = step.system else { continue }
            for offering in systems[system].offerings where !dedicated[step.flow].contains(offering) {
                dedicated[step.flow].append(offering)
            }
        }
        return dedicated
    }
}
