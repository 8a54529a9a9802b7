/// Writes the honest answer for one claim from its scan: what holds, what does not (grouped,
/// exceptions marked), and what cannot yet be said. Deterministic: order follows the sites, which
/// follow the map.
///
/// Breaches are grouped by number (place words, system, role, exception mark as ids), and only
/// the groups the answer shows are put into words, so an answer costs about the number of sites
/// in integer work plus the few phrases it shows, however many breaches the claim has.
struct AnswerWriter {
    let engine: ClaimEngine
    let tables: MapWordTables
    /// The words of every site's places (from the engine's shared cache).
    let places: PlaceWordTable
    let plan: ClaimPlan
    let scan: ClaimScan
    let counts: SiteCounts

    /// How many grouped breaches the answer names before summarising the rest.
    static let phraseLimit = 8

    private var index: MapIndex { engine.index }
    private var wording: Wording { engine.wording }

    func answer() -> HonestAnswer {
        let claim = plan.claim
        let region = plan.regionPhrase
        let names = index.categoryNames(plan.data)
        let dataPhrase = claim.data == nil || names.isEmpty ? "Personal data" : Wording.list(names.enumerated().map {
            $0.offset == 0 ? $0.element : Wording.midSentence($0.element)
        })
        let plural = claim.data != nil && Wording.isPlural(names)
        let verdict = counts.verdict
        var sentences: [String] = []

        if claim.effectiveScope.contains(.storage), !scan.confirmedStorage.isEmpty {
            let places = scan.confirmedStorage.sorted { $0.0 < $1.0 }.flatMap(\.1)
            sentences.append("\(dataPhrase) \(plural ? "are" : "is") stored in \(wording.describe(places)).")
        }
        if let sentence = underDPFSentence() { sentences.append(sentence) }
        let aspects = Wording.list(ClaimEngine.aspectOrder.filter(claim.effectiveScope.contains).map(\.rawValue))
        if counts.open + counts.covered == 0 && counts.uncertain == 0 {
            sentences.append("Everything this claim covers (\(aspects)) stays in \(region).")
        }

        // Naming one more is shorter than saying "and 1 more", so up to limit + 1 are named.
        let (phrases, total) = breachPhrases(limit: Self.phraseLimit + 1)
        if !phrases.isEmpty {
            var shown = total > Self.phraseLimit + 1 ? Array(phrases.prefix(Self.phraseLimit)) : phrases
            if total > shown.count {
                let rest = total - shown.count
                shown.append("\(rest) more outside \(region) (run resmap check for the full list)")
            }
            let semicolons = shown.contains { $0.contains(",") }
            sentences.append(Wording.capitalized(Wording.list(shown, semicolons: semicolons)) + ".")
        }
        if verdict == .holdsWithExceptions {
            sentences.append("Everything else this claim covers (\(aspects)) stays in \(region).")
        }
        sentences.append(contentsOf: uncertaintySentences(dataPhrase: dataPhrase, plural: plural))

        return HonestAnswer(sentences: sentences, summary: summary(verdict, region: region))
    }

    // MARK: Breaches

    /// The grouped breach phrases, at most `limit` of them worded, and how many groups there are.
    private func breachPhrases(limit: Int) -> (phrases: [String], total: Int) {
        let sites = scan.sites
        var marks = ExceptionMarks()
        // Only sites an exception names carry a mark.
        let siteMarks = scan.coverages.isEmpty ? Array(repeating: 0, count: sites.count)
            : sites.map { $0.isOutside ? marks.id(of: $0, scan: scan, index: index) : 0 }

        // This runs over every breach of every claim: its tables are read once, here.
        let unique = index.idsAreUnique
        let copyTo = index.copyTo
        let steps = index.steps
        let grants = index.grants
        let locationWords = places.locationWords
        let countryWords = places.countryWords
        let copyKind = tables.copyKind
        let copySchedule = tables.copySchedule

        // A system that also appears as a copy target or processing step is told once, there,
        // unless the two differ in what covers them (an exception on the step only, say).
        var toldElsewhere = SystemMarks(systems: index.map.systems.count)
        for (i, site) in sites.enumerated() where site.isOutside {
            switch site.aspect {
            case .copies: if let system = copyTo[site.member] { toldElsewhere.insert(system, mark: siteMarks[i]) }
            case .processing: if let system = steps[site.member].system { toldElsewhere.insert(system, mark: siteMarks[i]) }
            default: break
            }
        }

        var numbers = PhraseNumbers(words: places.texts.count, systems: index.map.systems.count,
                                    roles: index.map.roles.count, idsAreUnique: unique)
        var groups: [PhraseGroup] = []
        var extraTaken: Set<SystemMark> = []
        for (i, site) in sites.enumerated() where site.isOutside {
            let mark = siteMarks[i]
            let key: PhraseKey
            var system = -1
            switch site.aspect {
            case .storage:
                system = unique ? site.member : index.canonicalSystem(site.member)
                if toldElsewhere.contains(system, mark: mark) { continue }
                key = PhraseKey(aspect: .storage, what: 0, detail: 0, words: Int(locationWords[site.slot >> 1]), mark: mark)
            case .processing:
                system = steps[site.member].system ?? -1
                key = PhraseKey(aspect: .processing, what: system, detail: 0, words: Int(locationWords[site.slot >> 1]), mark: mark)
            case .copies:
                key = PhraseKey(aspect: .copies, what: copyKind[site.member], detail: copySchedule[site.member],
                                words: Int(locationWords[site.slot >> 1]), mark: mark)
            case .access:
                let role = grants[site.member].role
                key = PhraseKey(aspect: .access, what: unique ? role : index.canonicalRole(role), detail: 0,
                                words: Int(countryWords[site.slot]), mark: mark)
            }
            let (group, isNew) = numbers.number(key)
            if isNew && group < limit { groups.append(PhraseGroup(key: key, first: site, mark: marks.text(mark))) }
            // The storage data of a system told here joins the first of its processing steps.
            var extra: [Int] = []
            if site.aspect == .processing {
                let takes = index.idsAreUnique ? isNew : extraTaken.insert(SystemMark(system: system, mark: mark)).inserted
                if takes && group < limit { extra = storageData(system: system, mark: mark, siteMarks: siteMarks) }
            }
            guard group < limit else { continue }
            switch site.aspect {
            case .storage:
                groups[group].addName(tables.systemName[system]) { index.map.systems[system].name }
                groups[group].addData(scan.data(of: site))
            case .processing:
                groups[group].addData(scan.data(of: site))
                groups[group].addData(extra)
            case .copies:
                groups[group].addData(scan.data(of: site))
            case .access:
                let grant = index.grants[site.member]
                let access = index.map.roles[grant.role].access[grant.grant]
                groups[group].addClause(
                    ClauseKey(verb: ClaimEngine.accessVerb(access.capabilities), condition: access.when, recorded: access.recorded),
                    data: scan.data(of: site))
            }
        }
        return (groups.map(phrase), numbers.count)
    }

    /// The data of the storage breaches at system `system` (canonical) with exception mark `mark`,
    /// breach after breach.
    private func storageData(system: Int, mark: Int, siteMarks: [Int]) -> [Int] {
        // Storage sites come first, one per system, in system order.
        let storageEnd = scan.sites.firstIndex { $0.aspect != .storage } ?? scan.sites.count
        if index.idsAreUnique {
            var low = 0
            var high = storageEnd
            while low < high {
                let middle = (low + high) / 2
                if scan.sites[middle].member < system { low = middle + 1 } else { high = middle }
            }
            guard low < storageEnd, scan.sites[low].member == system, scan.sites[low].isOutside, siteMarks[low] == mark else { return [] }
            return scan.data(of: scan.sites[low]).positions
        }
        var data: [Int] = []
        for i in 0..<storageEnd where scan.sites[i].isOutside && siteMarks[i] == mark
            && index.canonicalSystem(scan.sites[i].member) == system {
            data += scan.data(of: scan.sites[i]).positions
        }
        return data
    }

    private func phrase(_ group: PhraseGroup) -> String {
        let map = index.map
        let data = dataList(group.data)
        let placeWords = places.text(aspect: group.first.aspect, slot: group.first.slot)
        let text: String
        switch group.key.aspect {
        case .storage:
            let verb = group.nameCount == 1 ? "keeps" : "keep"
            let systems = Wording.cappedList(group.names, total: group.nameCount, limit: PhraseGroup.namesShown,
                                             other: "other system", others: "other systems")
            text = "\(systems) \(verb) \(data) in \(placeWords)"
        case .processing:
            let system = index.steps[group.first.member].system.map { map.systems[$0] }
            let flowStep = index.steps[group.first.member]
            var name = system?.name ?? map.flows[flowStep.flow].steps[flowStep.step].system
            if let kind = system?.kind, kind != .other, !name.lowercased().contains(kind.cachedLabel) {
                name += " (\(kind.cachedLabel))"
            }
            let verb = group.data.count == 1 && !Wording.isPlural([data]) ? "goes" : "go"
            text = "\(data) \(verb) to \(name) in \(placeWords)"
        case .copies:
            let kind = map.copies[group.first.member].kind
            let schedule = tables.schedules[tables.copySchedule[group.first.member]]
            let adjective = schedule.isEmpty ? "" : schedule + " "
            switch kind {
            case .backup: text = "\(adjective)backups are kept in \(placeWords)"
            case .replica: text = "\(adjective)replicas are kept in \(placeWords)"
            case .drFailover: text = "disaster recovery fails over to \(placeWords), so the data leaves the region when something breaks"
            case .restoreTest: text = "\(adjective)restore tests load copies in \(placeWords)"
            case .stagingCopy: text = "\(adjective)copies for staging are kept in \(placeWords)"
            case .export: text = "\(adjective)exports are sent to \(placeWords)"
            case .sync: text = "\(adjective)synced copies are kept in \(placeWords)"
            }
        case .access:
            let grant = index.grants[group.first.member]
            let role = map.roles[index.canonicalRole(grant.role)].name
            let headcount = map.roles[grant.role].headcount
            let who = headcount.map { "\(Wording.number($0)) \($0 == 1 ? "person" : "people") in \(placeWords)" } ?? "in \(placeWords)"
            let clauses = group.clauses.map { clause -> String in
                var text = "\(clause.key.verb) \(dataList(clause.data))"
                switch clause.key.condition {
                case .always: break
                case .incident: text += " during incidents only"
                case .approved: text += " only after approval"
                }
                if clause.key.recorded { text += " with sessions recorded" }
                return text
            }
            text = "\(role) (\(who)) can " + clauses.joined(separator: ", and can ")
        }
        return text + group.mark
    }

    /// Category positions in words, in the order given.
    private func dataList(_ positions: [Int]) -> String {
        Wording.list(positions.map { index.midSentenceNames[$0] })
    }

    // MARK: Uncertainties

    private func uncertaintySentences(dataPhrase: String, plural: Bool) -> [String] {
        var sentences: [String] = []
        if let problem = scan.problem {
            sentences.append("This claim cannot be checked yet. " + problem.message)
        }
        var lists = UncertainSystems(systems: index.map.systems.count)
        var roles: [String] = []
        if counts.uncertain > 0, let region = plan.regionID {
            // This runs over every uncertainty of every claim: its tables are read once, here.
            let unique = index.idsAreUnique
            let copyTo = index.copyTo
            let steps = index.steps
            let grants = index.grants
            let status = tables.systemStatus
            for site in scan.sites where !site.isOutside {
                let position: Int?
                switch site.aspect {
                case .storage: position = site.member
                case .copies: position = copyTo[site.member]
                case .processing: position = steps[site.member].system
                case .access: position = grants[site.member].system
                }
                let reason = Self.reason(site.kind, status: position.map { status[$0] } ?? .unknown)
                if reason == .roleCountriesUnknown {
                    let role = index.map.roles[index.canonicalRole(grants[site.member].role)].name
                    if !roles.contains(role) { roles.append(role) }
                    continue
                }
                let system = unique ? position.map { SystemRef.position($0) } ?? uncertainSystem(site) : uncertainSystem(site)
                guard let system, lists.count(system, reason: reason) else { continue }
                let places = site.kind == .insideUncertain ? places(of: site, region: region) : []
                lists.show(system, reason: reason, places: places)
            }
        }
        if scan.nothingInScope {
            let offering = plan.offering?.name ?? plan.claim.offering
            sentences.append("The map does not yet show where \(Wording.midSentence(dataPhrase)) for \(offering) \(plural ? "are" : "is") kept, so this claim cannot be confirmed.")
        }
        if !scan.unmapped.isEmpty {
            let names = scan.unmapped.map(\.rawValue)
            let one = names.count == 1
            sentences.append(Wording.capitalized(Wording.list(names)) + (one && names[0] != "copies" ? " is" : " are")
                + " not mapped, so this claim cannot vouch for \(one ? "it" : "them") yet.")
        }
        let unknown = lists.entries(.locationUnknown)
        if unknown.count > 0 {
            sentences.append("We have not confirmed where \(capped(unknown) { name($0.system) }) \(unknown.count == 1 ? "runs" : "run").")
        }
        let believed = lists.entries(.locationAssumed) + lists.entries(.statusNotRecorded)
        if believed.count > 0 {
            sentences.append("We believe \(capped(believed) { "\(name($0.system)) runs in \(wording.describe($0.places))" }), but have not checked.")
        }
        let planned = lists.entries(.locationPlanned)
        if planned.count > 0 {
            sentences.append("We plan to run \(capped(planned) { "\(name($0.system)) in \(wording.describe($0.places))" }), but that is not done yet.")
        }
        let unplaced = lists.entries(.unresolvedLocation)
        if unplaced.count > 0 {
            sentences.append("We cannot yet say where \(capped(unplaced) { name($0.system) }) \(unplaced.count == 1 ? "is" : "are"): the location codes are not in resmap's catalogue.")
        }
        if !roles.isEmpty {
            sentences.append("We do not know where \(Wording.cappedList(roles)) \(roles.count == 1 ? "works" : "work") from.")
        }
        let missing = lists.entries(.missingSystem)
        if missing.count > 0 {
            sentences.append("The map refers to \(capped(missing) { name($0.system) }) without describing \(missing.count == 1 ? "it" : "them").")
        }
        return sentences
    }

    /// "Error tracking is in the United States under the Data Privacy Framework.": the systems an
    /// EEA+adequacy claim counts as adequate only because they are certified.
    private func underDPFSentence() -> String? {
        guard !scan.underDPF.isEmpty, let region = plan.regionID else { return nil }
        var groups: [(places: [Place], names: [String])] = []
        var slots: [Int] = []
        for (system, slot) in scan.underDPF {
            let name = index.map.systems[system].name
            if let i = slots.firstIndex(of: slot) {
                groups[i].names.append(name)
            } else {
                slots.append(slot)
                guard case .inside(let places, _) = engine.placeClass(aspect: .storage, slot: slot, region: region) else { continue }
                groups.append((places, [name]))
            }
        }
        let more = scan.underDPFCount - scan.underDPF.count
        let parts = groups.enumerated().map { i, group -> String in
            let names = i == groups.count - 1 && more > 0
                ? Wording.cappedList(group.names, total: group.names.count + more, limit: group.names.count) : Wording.list(group.names)
            let many = group.names.count > 1 || (i == groups.count - 1 && more > 0)
            return "\(names) \(many ? "are" : "is") in \(wording.describe(group.places))"
        }
        guard !parts.isEmpty else { return nil }
        return Wording.capitalized(Wording.list(parts)) + " under \(TransferBasis.dpf.phrase), which the EU counts as adequate for certified organisations."
    }

    /// The first entries in words, then "and N others" (`Wording.cappedList`).
    private func capped(_ entries: UncertainSystems.Entries, _ words: (UncertainSystems.Entry) -> String) -> String {
        Wording.cappedList(entries.first.map(words), total: entries.count)
    }

    private func name(_ system: SystemRef) -> String {
        switch system {
        case .position(let position): return index.map.systems[position].name
        case .missing(let id): return id
        }
    }

    /// Why a site is uncertain, given its kind and its system's status (the same rule as the
    /// engine's uncertainty messages).
    private static func reason(_ kind: SlotKind, status: KnowledgeStatus) -> UncertaintyReason {
        switch kind {
        case .insideUncertain, .insideConfirmed:
            switch status {
            case .assumed: return .locationAssumed
            case .planned: return .locationPlanned
            case .unknown, .confirmed: return .statusNotRecorded
            }
        case .unknownLocation: return .locationUnknown
        case .unresolved: return .unresolvedLocation
        case .missingSystem: return .missingSystem
        case .countriesUnknown: return .roleCountriesUnknown
        case .outside: return .locationUnknown // not reached: outside sites are breaches
        }
    }

    /// Where the map says an uncertain site is (its places, when they are inside the region).
    private func places(of site: ClaimSite, region: Int) -> [Place] {
        if case .inside(let places, _) = engine.placeClass(aspect: site.aspect, slot: site.slot, region: region) { return places }
        return []
    }

    /// The system an uncertainty names (by the id its subject holds, so the first system with that
    /// id), or the id when the map lacks it; nil for a step number the flow of that id lacks.
    private func uncertainSystem(_ site: ClaimSite) -> SystemRef? {
        let map = index.map
        let id: String
        switch site.aspect {
        case .storage:
            return .position(index.canonicalSystem(site.member))
        case .copies:
            id = map.copies[site.member].to
        case .processing:
            let step = index.steps[site.member]
            let flow = map.flows[index.canonicalFlow(step.flow)]
            guard step.step < flow.steps.count else { return nil }
            id = flow.steps[step.step].system
        case .access:
            let grant = index.grants[site.member]
            id = map.roles[grant.role].access[grant.grant].system
        }
        return index.systemPosition[id].map { .position($0) } ?? .missing(id)
    }

    // MARK: Summary

    private func summary(_ verdict: Verdict, region: String) -> String {
        let (open, covered, uncertain) = (counts.open, counts.covered, counts.uncertain)
        switch verdict {
        case .holds:
            return "Holds: everything in scope stays in \(region)."
        case .holdsWithExceptions:
            return "Holds with exceptions: \(Wording.count(covered, "breach", "breaches")) outside \(region), all under approved exceptions."
        case .broken:
            var text = "Broken: \(Wording.count(open, "breach", "breaches")) outside \(region)"
            if covered > 0 { text += " (and \(covered) under approved exceptions)" }
            if uncertain > 0 { text += "; \(uncertain) not confirmed" }
            return text + "."
        case .unknown:
            var text = "Unknown: \(Wording.count(uncertain, "thing", "things")) in scope not confirmed"
            if covered > 0 { text += "; \(Wording.count(covered, "breach", "breaches")) under approved exceptions" }
            return text + "."
        }
    }
}
