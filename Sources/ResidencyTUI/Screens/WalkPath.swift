import ResidencyModel

/// One hop of a walk: a flow step, or (after the last step) a copy of a system the flow reached,
/// so a walk goes on from the browser to the backups and the copies made of them.
struct WalkHop: Sendable, Hashable {
    enum Source: Sendable, Hashable {
        /// `flow.steps[index]`.
        case step(Int)
        /// `map.copies[index]`.
        case copy(Int)
    }

    let source: Source
    /// The id of the system the data arrives at.
    let system: String
    /// The id of the system it comes from: the step its edge comes from (`Flow.edges()`), or the
    /// copy's source; nil for a step that comes from the start (the user's browser).
    let previousSystem: String?

    var isCopy: Bool {
        if case .copy = source { return true }
        return false
    }

    /// The flow step number as people count it (from 1), for steps.
    var stepNumber: Int? {
        if case .step(let index) = source { return index + 1 }
        return nil
    }

    /// Where this hop lives in the map, for jumps and exceptions.
    func element(flow: Flow, map: ResidencyMap) -> MapElement {
        switch source {
        case .step(let index): return .flowStep(flow: flow.id, step: index + 1)
        case .copy(let index):
            let copy = map.copies[index]
            return .copy(from: copy.from, to: copy.to, kind: copy.kind)
        }
    }
}

/// The hops of a whole flow: its steps in order, then the copies of the systems it reached
/// (backups, replicas, DR, staging, syncs), then the copies of those copies, each system once.
enum WalkPath {
    /// At most this many copy hops follow the steps, so a map where everything copies to
    /// everything still walks in a sensible number of screens.
    static let maximumCopyHops = 40

    static func hops(forFlow position: Int, lookup: MapLookup) -> [WalkHop] {
        let flow = lookup.map.flows[position]
        var hops: [WalkHop] = []
        // Each hop comes from where its edge says (`from:`), not from whatever step came before.
        for edge in flow.edges() {
            hops.append(WalkHop(source: .step(edge.to), system: flow.steps[edge.to].system,
                                previousSystem: flow.sourceSystem(ofStep: edge.to)))
        }
        var reached = Set(flow.steps.map(\.system))
        var sources: [Int] = []
        var seenSources: Set<Int> = []
        for step in flow.steps {
            if let system = lookup.systemPosition(step.system), seenSources.insert(system).inserted { sources.append(system) }
        }
        var next = 0
        var copies = 0
        while next < sources.count && copies < maximumCopyHops {
            let source = sources[next]
            next += 1
            for index in lookup.copiesFrom[source] where copies < maximumCopyHops {
                let copy = lookup.map.copies[index]
                guard reached.insert(copy.to).inserted else { continue }
                hops.append(WalkHop(source: .copy(index), system: copy.to, previousSystem: copy.from))
                copies += 1
                if let target = lookup.systemPosition(copy.to), seenSources.insert(target).inserted { sources.append(target) }
            }
        }
        return hops
    }

    /// The jurisdictions a flow's steps pass through, each once, in order: "EU, UK, US".
    static func jurisdictions(ofFlow position: Int, lookup: MapLookup) -> [String] {
        var seen: [String] = []
        for step in lookup.map.flows[position].steps {
            let jurisdictions = lookup.location(ofSystem: step.system)?.jurisdictions ?? [LocationSummary.unknownJurisdiction]
            for jurisdiction in jurisdictions where !seen.contains(jurisdiction) { seen.append(jurisdiction) }
        }
        return seen
    }

    /// The border a hop crosses from where its data was before, if any.
    static func border(of hop: WalkHop, lookup: MapLookup) -> BorderMarker? {
        guard let previous = hop.previousSystem else { return nil }
        let from = lookup.location(ofSystem: previous) ?? LocationSummary(.unknown, catalogue: lookup.catalogue)
        let to = lookup.location(ofSystem: hop.system) ?? LocationSummary(.unknown, catalogue: lookup.catalogue)
        return BorderMarker(from: from, to: to)
    }
}
