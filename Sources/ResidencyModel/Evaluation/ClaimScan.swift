/// One member of a claim's scope that is not confirmed inside the promised region: a breach (its
/// place is outside) or an uncertainty, before anything is put into words. A scan of these is
/// cheap (positions and bit sets), so counts, the first reason and the honest answer come from
/// it without wording every breach.
struct ClaimSite {
    let aspect: ClaimScope
    /// A position in the aspect's list: system, copy, flattened step or flattened grant.
    let member: Int
    /// The location slot (`OfferingScope.slot`), or for access the role's country list.
    let slot: Int
    /// The claim's categories this member holds, carries or opens (`ClaimScan.data(of:)`): one
    /// word, or on a map of more than 64 categories an index into `ClaimScan.spilledData`.
    /// Kept as plain numbers so that copying a site costs nothing; scans copy them a lot.
    let dataWord: UInt64
    let spilledData: Int?
    /// Where it stands against the region: outside (a breach), or one way of not being confirmed.
    let kind: SlotKind
    /// Index into `ClaimScan.coverages` when an exception of the claim names this member.
    let coverage: Int?

    var isOutside: Bool { kind == .outside }
}

/// The exceptions that name one breached member: the first active one, else the latest lapsed.
struct SiteCoverage {
    let active: ClaimException?
    let lapsed: ClaimException?
}

/// Everything a claim's details, counts and answer are made from: its sites in report order
/// (aspect order, then map order), with the claim-level uncertainty, if any.
struct ClaimScan {
    var sites: [ClaimSite] = []
    var coverages: [SiteCoverage] = []
    /// Data sets too large for one word (see `ClaimSite.dataWord`).
    var spilledData: [CategorySet] = []
    /// Confirmed in-region storage: (first system position, its places), for "stored in ...".
    var confirmedStorage: [(Int, [Place])] = []
    /// Why the claim cannot be checked at all (missing offering, unreadable region).
    var problem: Uncertainty?
    /// Whether the map shows nothing holding the claim's data (reported last, as an uncertainty).
    var nothingInScope = false
    /// Aspects in scope with nothing mapped for the claim's data, which the offering does not
    /// declare empty: not known (one uncertainty each).
    var unmapped: [ClaimScope] = []
    /// Systems counted inside the region only under the Data Privacy Framework, with their
    /// location slot, first seen first (at most `ClaimScan.dpfShown`), and how many there are.
    var underDPF: [(system: Int, slot: Int)] = []
    var underDPFCount = 0
    static let dpfShown = 4

    func coverage(of site: ClaimSite) -> SiteCoverage? {
        site.coverage.map { coverages[$0] }
    }

    /// The claim's categories a site holds, carries or opens.
    func data(of site: ClaimSite) -> CategorySet {
        site.spilledData.map { spilledData[$0] } ?? CategorySet(word: site.dataWord)
    }

    /// Adds a site.
    mutating func append(aspect: ClaimScope, member: Int, slot: Int, data: CategorySet, kind: SlotKind, coverage: Int?) {
        var spill: Int?
        if data.word == nil {
            spill = spilledData.count
            spilledData.append(data)
        }
        sites.append(ClaimSite(aspect: aspect, member: member, slot: slot, dataWord: data.word ?? 0, spilledData: spill,
                               kind: kind, coverage: coverage))
    }

    /// Whether an approved, unexpired exception covers this breached site.
    func isCovered(_ site: ClaimSite) -> Bool {
        coverage(of: site)?.active != nil
    }

    /// Breaches no exception covers, breaches one covers, and things not confirmed (claim-level
    /// ones included), counted without wording anything.
    var counts: SiteCounts {
        var counts = SiteCounts()
        for site in sites {
            if !site.isOutside {
                counts.uncertain += 1
            } else if site.coverage != nil && isCovered(site) {
                counts.covered += 1
            } else {
                counts.open += 1
            }
        }
        if problem != nil || nothingInScope { counts.uncertain += 1 }
        counts.uncertain += unmapped.count
        return counts
    }
}

/// How many breaches are open and covered, and how many things are not confirmed.
struct SiteCounts {
    var open = 0
    var covered = 0
    var uncertain = 0

    /// The verdict these imply (the same rule as `ClaimResult.verdict(breaches:uncertainties:)`).
    var verdict: Verdict {
        if open > 0 { return .broken }
        if uncertain > 0 { return .unknown }
        return covered > 0 ? .holdsWithExceptions : .holds
    }
}

/// Which members the exceptions of one claim name, by position, so a scan asks the exception
/// index only about members an exception could cover.
struct ExceptionReach: Sendable {
    var systems: Set<Int> = []
    var roles: Set<Int> = []
    var steps: Set<Int> = []
    /// Copies a `copy:` exception names, and the systems they land in (whose storage of what the
    /// copy brings it covers).
    var copies: Set<Int> = []
    var landings: Set<Int> = []

    /// Builds the reach of every claim that has exceptions.
    static func byClaim(_ index: MapIndex) -> [String: ExceptionReach] {
        let map = index.map
        guard !map.exceptions.isEmpty else { return [:] }
        // Ids an exception names, with every position holding them (several only on a map whose
        // ids repeat).
        var systems: [String: [Int]] = [:]
        var roles: [String: [Int]] = [:]
        var flows: [String: [Int]] = [:]
        for exception in map.exceptions {
            switch exception.covers {
            case .system(let id): systems[id] = []
            case .role(let id): roles[id] = []
            case .flowStep(let flow, _): flows[flow] = []
            case .copy: break
            }
        }
        if index.idsAreUnique {
            for id in systems.keys { systems[id] = index.systemPosition[id].map { [$0] } ?? [] }
            for id in roles.keys { roles[id] = index.rolePosition[id].map { [$0] } ?? [] }
            for id in flows.keys { flows[id] = index.flowPosition[id].map { [$0] } ?? [] }
        } else {
            for (p, system) in map.systems.enumerated() where systems[system.id] != nil { systems[system.id]?.append(p) }
            for (p, role) in map.roles.enumerated() where roles[role.id] != nil { roles[role.id]?.append(p) }
            for (p, flow) in map.flows.enumerated() where flows[flow.id] != nil { flows[flow.id]?.append(p) }
        }
        var result: [String: ExceptionReach] = [:]
        for exception in map.exceptions {
            var reach = result[exception.claim] ?? ExceptionReach()
            switch exception.covers {
            case .system(let id):
                reach.systems.formUnion(systems[id] ?? [])
            case .role(let id):
                reach.roles.formUnion(roles[id] ?? [])
            case .flowStep(let flow, let step):
                for f in flows[flow] ?? [] where step >= 1 && step <= map.flows[f].steps.count {
                    reach.steps.insert(index.flowStepStart[f] + step - 1)
                }
            case .copy(let from, let to, let kind):
                for (c, copy) in map.copies.enumerated() where copy.from == from && copy.to == to && copy.kind == kind {
                    reach.copies.insert(c)
                    if CopyPropagation.stores(kind), let landing = index.copyTo[c] { reach.landings.insert(landing) }
                }
            }
            result[exception.claim] = reach
        }
        return result
    }

    /// Whether an exception of the claim could name this member (the targets `ClaimEngine` asks about).
    func mayCover(_ aspect: ClaimScope, member: Int, index: MapIndex) -> Bool {
        switch aspect {
        case .storage:
            return systems.contains(member) || landings.contains(member)
        case .copies:
            return copies.contains(member) || (index.copyTo[member].map(systems.contains) ?? false)
        case .processing:
            return steps.contains(member) || (index.steps[member].system.map(systems.contains) ?? false)
        case .access:
            return roles.contains(index.grants[member].role)
        }
    }
}
