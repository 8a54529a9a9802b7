@testable import ResidencyModel

// The honest-answer writer as it was before answers were made from claim scans: it words the
// answer from the full breach and uncertainty lists. Kept here, unchanged but for its names, as
// the oracle the scan-based `AnswerWriter` must agree with word for word (AnswerOracleTests).

/// What the answer needs beyond the breaches: the claim, and where its data is confirmed stored.
struct ReferenceAnswerContext: Sendable {
    let claim: Claim
    let region: RegionSpec
    let data: CategorySet
    let offering: Offering?
    /// Confirmed in-region storage: (first system position, its places), for "stored in ...".
    var confirmedStorage: [(Int, [Place])] = []
}

/// Writes the honest answer for one claim: what holds, what does not (grouped, exceptions
/// marked), and what cannot yet be said. Deterministic: order follows the breaches, which follow
/// the map.
struct ReferenceAnswerWriter {
    let index: MapIndex
    let wording: Wording

    /// How many grouped breaches the answer names before summarising the rest.
    static let phraseLimit = 8

    func answer(context: ReferenceAnswerContext, verdict: Verdict, breaches: [Breach], uncertainties: [Uncertainty]) -> HonestAnswer {
        let region = wording.regionPhrase(context.region)
        let names = index.categoryNames(context.data)
        let dataPhrase = context.claim.data == nil || names.isEmpty ? "Personal data" : Wording.list(names.enumerated().map {
            $0.offset == 0 ? $0.element : Wording.midSentence($0.element)
        })
        let plural = context.claim.data != nil && Wording.isPlural(names)
        var sentences: [String] = []

        if context.claim.effectiveScope.contains(.storage), !context.confirmedStorage.isEmpty {
            let places = context.confirmedStorage.sorted { $0.0 < $1.0 }.flatMap(\.1)
            sentences.append("\(dataPhrase) \(plural ? "are" : "is") stored in \(wording.describe(places)).")
        }
        let aspects = Wording.list(ClaimEngine.aspectOrder.filter(context.claim.effectiveScope.contains).map(\.rawValue))
        if breaches.isEmpty && uncertainties.isEmpty {
            sentences.append("Everything this claim covers (\(aspects)) stays in \(region).")
        }

        // Naming one more is shorter than saying "and 1 more", so up to limit + 1 are named.
        let (phrases, total) = breachPhrases(breaches, region: region, limit: Self.phraseLimit + 1)
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
        sentences.append(contentsOf: uncertaintySentences(uncertainties, context: context, dataPhrase: dataPhrase, plural: plural))

        return HonestAnswer(sentences: sentences, summary: summary(verdict, breaches: breaches, uncertainties: uncertainties, region: region))
    }

    // MARK: Breaches

    /// The grouped breach phrases, at most `limit` of them worded, and how many groups there are.
    private func breachPhrases(_ breaches: [Breach], region: String, limit: Int) -> (phrases: [String], total: Int) {
        let map = index.map
        // A system that also appears as a copy target or processing step is told once, there,
        // unless the two differ in what covers them (an exception on the step only, say).
        var toldElsewhere: Set<ReferenceSystemMark> = []
        for breach in breaches where breach.aspect == .copies || breach.aspect == .processing {
            toldElsewhere.insert(ReferenceSystemMark(system: breach.system, mark: exceptionMark(breach)))
        }
        var storageData: [ReferenceSystemMark: [String]] = [:]
        for breach in breaches where breach.aspect == .storage {
            let key = ReferenceSystemMark(system: breach.system, mark: exceptionMark(breach))
            if toldElsewhere.contains(key) { storageData[key, default: []].append(contentsOf: breach.data) }
        }

        var groups: [ReferencePhraseKey: ReferencePhraseGroup] = [:]
        var order: [ReferencePhraseKey] = []
        func add(_ key: ReferencePhraseKey, _ breach: Breach, name: String? = nil, extraData: [String] = []) {
            if groups[key] == nil {
                groups[key] = ReferencePhraseGroup(first: breach)
                order.append(key)
            }
            if let name, groups[key]?.nameSet.insert(name).inserted == true { groups[key]?.names.append(name) }
            for id in breach.data + extraData where groups[key]?.data.contains(id) == false {
                groups[key]?.data.append(id)
            }
        }

        var placeWords: [String: String] = [:]
        for breach in breaches {
            let mark = exceptionMark(breach)
            // Thousands of breaches share a handful of places: word each set once.
            let placeKey = breach.aspect == .access
                ? "@" + (breach.access?.countries ?? []).joined(separator: ",")
                : breach.places.map(\.code).joined(separator: ",")
            let places: String
            if let known = placeWords[placeKey] {
                places = known
            } else {
                places = breach.aspect == .access
                    ? Wording.list((breach.access?.countries ?? []).map(wording.countryPhrase))
                    : wording.describe(breach.places)
                placeWords[placeKey] = places
            }
            switch breach.subject {
            case .system(let id):
                if toldElsewhere.contains(ReferenceSystemMark(system: id, mark: mark)) { continue }
                let name = index.systemPosition[id].map { map.systems[$0].name } ?? id
                add(ReferencePhraseKey(aspect: .storage, what: "", places: places, mark: mark), breach, name: name)
            case .flowStep:
                add(ReferencePhraseKey(aspect: .processing, what: breach.system, places: places, mark: mark), breach,
                    extraData: storageData.removeValue(forKey: ReferenceSystemMark(system: breach.system, mark: mark)) ?? [])
            case .copy(_, _, let kind):
                let schedule = copySchedule(breach)
                add(ReferencePhraseKey(aspect: .copies, what: "\(kind.rawValue)|\(schedule)", places: places, mark: mark), breach)
            case .access(let role, _):
                // One phrase per role; each distinct kind of access becomes a clause in it.
                let key = ReferencePhraseKey(aspect: .access, what: role, places: places, mark: mark)
                add(key, breach)
                let detail = breach.access
                let clause = [ClaimEngine.accessVerb(detail?.capabilities ?? []), detail?.condition.rawValue ?? "",
                              (detail?.recorded ?? false) ? "recorded" : ""].joined(separator: "|")
                groups[key]?.addClause(clause, breach)
            default:
                continue
            }
        }
        let phrases = order.prefix(limit).compactMap { key in groups[key].map { phrase(key, $0) } }
        return (phrases, order.count)
    }

    private func phrase(_ key: ReferencePhraseKey, _ group: ReferencePhraseGroup) -> String {
        let map = index.map
        let data = dataList(group.data)
        let text: String
        switch key.aspect {
        case .storage:
            let verb = group.names.count == 1 ? "keeps" : "keep"
            let systems = Wording.cappedList(group.names, limit: 5, other: "other system", others: "other systems")
            text = "\(systems) \(verb) \(data) in \(key.places)"
        case .processing:
            let system = index.systemPosition[group.first.system].map { map.systems[$0] }
            var name = system?.name ?? group.first.system
            if let kind = system?.kind, kind != .other, !name.lowercased().contains(kind.label) {
                name += " (\(kind.label))"
            }
            let verb = group.data.count == 1 && !Wording.isPlural([data]) ? "goes" : "go"
            text = "\(data) \(verb) to \(name) in \(key.places)"
        case .copies:
            guard case .copy(_, _, let kind) = group.first.subject else { return "" }
            let schedule = copySchedule(group.first)
            let adjective = schedule.isEmpty ? "" : schedule + " "
            switch kind {
            case .backup: text = "\(adjective)backups are kept in \(key.places)"
            case .replica: text = "\(adjective)replicas are kept in \(key.places)"
            case .drFailover: text = "disaster recovery fails over to \(key.places), so the data leaves the region when something breaks"
            case .restoreTest: text = "\(adjective)restore tests load copies in \(key.places)"
            case .stagingCopy: text = "\(adjective)copies for staging are kept in \(key.places)"
            case .export: text = "\(adjective)exports are sent to \(key.places)"
            case .sync: text = "\(adjective)synced copies are kept in \(key.places)"
            }
        case .access:
            guard let detail = group.first.access else { return "" }
            let role = index.rolePosition[detail.role].map { index.map.roles[$0].name } ?? detail.role
            let who = detail.headcount.map { "\(Wording.number($0)) \($0 == 1 ? "person" : "people") in \(key.places)" } ?? "in \(key.places)"
            let clauses = group.clauses.map { clause -> String in
                guard let detail = clause.breach.access else { return "" }
                var text = "\(ClaimEngine.accessVerb(detail.capabilities)) \(dataList(clause.data))"
                switch detail.condition {
                case .always: break
                case .incident: text += " during incidents only"
                case .approved: text += " only after approval"
                }
                if detail.recorded { text += " with sessions recorded" }
                return text
            }
            text = "\(role) (\(who)) can " + clauses.joined(separator: ", and can ")
        }
        return text + key.mark
    }

    private func dataList(_ ids: [String]) -> String {
        Wording.list(ids.compactMap { index.categoryPosition[$0] }.map { index.midSentenceNames[$0] })
    }

    /// A one-word schedule used as an adjective ("nightly"); longer schedules are left out.
    private func copySchedule(_ breach: Breach) -> String {
        guard case .copy(let from, let to, let kind) = breach.subject else { return "" }
        guard let copy = index.copy(from: from, to: to, kind: kind), let schedule = copy.schedule else { return "" }
        let word = schedule.trimmingCharacters(in: .whitespaces).lowercased()
        guard !word.isEmpty, word.allSatisfy({ $0.isLetter || $0 == "-" }) else { return "" }
        return word
    }

    private func exceptionMark(_ breach: Breach) -> String {
        if let id = breach.coveredBy, let exception = index.exception(id) {
            return exception.expires.map { " (an approved exception until \($0))" } ?? " (an approved exception)"
        }
        if let id = breach.lapsedException, let exception = index.exception(id) {
            return exception.expires.map { " (its approval expired on \($0))" } ?? " (its approval expired)"
        }
        return ""
    }

    // MARK: Uncertainties

    private func uncertaintySentences(
        _ uncertainties: [Uncertainty], context: ReferenceAnswerContext, dataPhrase: String, plural: Bool
    ) -> [String] {
        var byReason: [UncertaintyReason: [Uncertainty]] = [:]
        for uncertainty in uncertainties { byReason[uncertainty.reason, default: []].append(uncertainty) }
        var sentences: [String] = []

        func systemNames(_ reason: UncertaintyReason) -> [(name: String, places: [Place])] {
            var seen: Set<String> = []
            var result: [(String, [Place])] = []
            for uncertainty in byReason[reason] ?? [] {
                guard let id = systemID(of: uncertainty.subject), seen.insert(id).inserted else { continue }
                result.append((index.systemPosition[id].map { index.map.systems[$0].name } ?? id, uncertainty.places))
            }
            return result
        }

        if byReason[.unresolvedRegion] != nil || byReason[.missingOffering] != nil {
            for uncertainty in (byReason[.missingOffering] ?? []) + (byReason[.unresolvedRegion] ?? []) {
                sentences.append("This claim cannot be checked yet. " + uncertainty.message)
            }
        }
        if byReason[.nothingInScope] != nil {
            let offering = context.offering?.name ?? context.claim.offering
            sentences.append("The map does not yet show where \(Wording.midSentence(dataPhrase)) for \(offering) \(plural ? "are" : "is") kept, so this claim cannot be confirmed.")
        }
        if let unmapped = byReason[.aspectNotMapped] {
            let names = unmapped.compactMap(\.aspect).map(\.rawValue)
            let one = names.count == 1
            sentences.append(Wording.capitalized(Wording.list(names)) + (one && names[0] != "copies" ? " is" : " are")
                + " not mapped, so this claim cannot vouch for \(one ? "it" : "them") yet.")
        }
        let unknown = systemNames(.locationUnknown).map(\.name)
        if !unknown.isEmpty {
            sentences.append("We have not confirmed where \(Wording.cappedList(unknown)) \(unknown.count == 1 ? "runs" : "run").")
        }
        let believed = (systemNames(.locationAssumed) + systemNames(.statusNotRecorded)).map {
            "\($0.name) runs in \(wording.describe($0.places))"
        }
        if !believed.isEmpty {
            sentences.append("We believe \(Wording.cappedList(believed)), but have not checked.")
        }
        let planned = systemNames(.locationPlanned).map { "\($0.name) in \(wording.describe($0.places))" }
        if !planned.isEmpty {
            sentences.append("We plan to run \(Wording.cappedList(planned)), but that is not done yet.")
        }
        let unplaced = systemNames(.unresolvedLocation).map(\.name)
        if !unplaced.isEmpty {
            sentences.append("We cannot yet say where \(Wording.cappedList(unplaced)) \(unplaced.count == 1 ? "is" : "are"): the location codes are not in resmap's catalogue.")
        }
        var roles: [String] = []
        for uncertainty in byReason[.roleCountriesUnknown] ?? [] {
            guard case .access(let role, _) = uncertainty.subject else { continue }
            let name = index.rolePosition[role].map { index.map.roles[$0].name } ?? role
            if !roles.contains(name) { roles.append(name) }
        }
        if !roles.isEmpty {
            sentences.append("We do not know where \(Wording.cappedList(roles)) \(roles.count == 1 ? "works" : "work") from.")
        }
        let missing = systemNames(.missingSystem).map(\.name)
        if !missing.isEmpty {
            sentences.append("The map refers to \(Wording.cappedList(missing)) without describing \(missing.count == 1 ? "it" : "them").")
        }
        return sentences
    }

    private func systemID(of subject: MapElement) -> String? {
        switch subject {
        case .system(let id): return id
        case .copy(_, let to, _): return to
        case .access(_, let system): return system
        case .flowStep(let flow, let step):
            guard let systems = index.stepSystems[flow], step >= 1, step <= systems.count else { return nil }
            return systems[step - 1]
        default: return nil
        }
    }

    // MARK: Summary

    private func summary(_ verdict: Verdict, breaches: [Breach], uncertainties: [Uncertainty], region: String) -> String {
        let covered = breaches.filter(\.isCovered).count
        let open = breaches.count - covered
        switch verdict {
        case .holds:
            return "Holds: everything in scope stays in \(region)."
        case .holdsWithExceptions:
            return "Holds with exceptions: \(Wording.count(covered, "breach", "breaches")) outside \(region), all under approved exceptions."
        case .broken:
            var text = "Broken: \(Wording.count(open, "breach", "breaches")) outside \(region)"
            if covered > 0 { text += " (and \(covered) under approved exceptions)" }
            if !uncertainties.isEmpty { text += "; \(uncertainties.count) not confirmed" }
            return text + "."
        case .unknown:
            var text = "Unknown: \(Wording.count(uncertainties.count, "thing", "things")) in scope not confirmed"
            if covered > 0 { text += "; \(Wording.count(covered, "breach", "breaches")) under approved exceptions" }
            return text + "."
        }
    }
}

private struct ReferenceSystemMark: Hashable {
    let system: String
    let mark: String
}

private struct ReferencePhraseKey: Hashable {
    let aspect: ClaimScope
    let what: String
    let places: String
    let mark: String
}

private struct ReferencePhraseGroup {
    let first: Breach
    var names: [String] = []
    var nameSet: Set<String> = []
    var data: [String] = []
    /// For access: one clause per kind of access (verb, condition, recording), with its data.
    var clauses: [(key: String, breach: Breach, data: [String])] = []

    init(first: Breach) {
        self.first = first
    }

    mutating func addClause(_ key: String, _ breach: Breach) {
        if let i = clauses.firstIndex(where: { $0.key == key }) {
            for id in breach.data where !clauses[i].data.contains(id) { clauses[i].data.append(id) }
        } else {
            clauses.append((key, breach, breach.data))
        }
    }
}
