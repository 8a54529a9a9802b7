/// The rules a map must follow, over a map in memory: ids present, single words and unique;
/// every reference resolves; locations, regions and countries are in the region catalogue; names
/// are not blank; lists that must say something do. Forms, command-line edits and the editor's
/// commit path run it before anything changes, so an invalid map is never saved.
public struct MapValidator: Sendable {
    public let catalogue: RegionCatalogue

    public init(catalogue: RegionCatalogue = .standard) {
        self.catalogue = catalogue
    }

    /// Every problem in `map`, in file order of the items.
    public func problems(in map: ResidencyMap) -> [MapProblem] {
        var run = ValidationRun(map: map, catalogue: catalogue, fieldsOf: nil)
        run.checkAll()
        return run.problems
    }

    /// The problems of a map that was valid before an edit: every cross-reference and id clash in
    /// the whole map (cheap lookups), and the per-item rules (the catalogue, blank names, id
    /// spelling) only for `changed` items, since the others were checked before. The same result
    /// as `problems(in:)` for a map whose other items were already valid, in a fraction of the time.
    public func problems(in map: ResidencyMap, changed: Set<ItemKey>, headerChanged: Bool) -> [MapProblem] {
        var run = ValidationRun(map: map, catalogue: catalogue, fieldsOf: changed, header: headerChanged)
        run.checkAll()
        return run.problems
    }
}

/// One pass of the validator: the id sets built once, problems collected in order.
private struct ValidationRun {
    let map: ResidencyMap
    let catalogue: RegionCatalogue
    var problems: [MapProblem] = []
    let systems: Set<String>
    let roles: Set<String>
    let flowSteps: [String: Int]
    let claims: Set<String>
    let offerings: Set<String>
    let categories: Set<String>
    /// Items whose own fields are checked; nil for all.
    let fieldsOf: Set<ItemKey>?
    let checksHeader: Bool
    /// `fieldsOf` as a list when it holds only a few items.
    let fewFieldsOf: [ItemKey]?

    init(map: ResidencyMap, catalogue: RegionCatalogue, fieldsOf: Set<ItemKey>?, header: Bool = true) {
        self.map = map
        self.catalogue = catalogue
        self.fieldsOf = fieldsOf
        self.fewFieldsOf = fieldsOf.flatMap { $0.count <= 8 ? Array($0) : nil }
        self.checksHeader = header
        systems = Set(map.systems.map(\.id))
        roles = Set(map.roles.map(\.id))
        var steps: [String: Int] = [:]
        for flow in map.flows where steps[flow.id] == nil { steps[flow.id] = flow.steps.count }
        flowSteps = steps
        claims = Set(map.claims.map(\.id))
        offerings = Set(map.offerings.map(\.id))
        categories = Set(map.dataCategories.map(\.id))
    }

    private func wants(_ key: ItemKey) -> Bool {
        guard let fieldsOf else { return true }
        // An edit writes a few items: comparing with each is cheaper than hashing every key.
        if let few = fewFieldsOf { return few.contains(key) }
        return fieldsOf.contains(key)
    }

    mutating func checkAll() {
        if checksHeader { checkHeader() }
        // Gap marks point into the whole map: checked after every edit, like every reference.
        checkGaps()
        checkIDs(.offerings, map.offerings.map(\.id))
        if let declared = map.declaredCategories { checkIDs(.categories, declared.map(\.id)) }
        checkIDs(.systems, map.systems.map(\.id))
        checkIDs(.roles, map.roles.map(\.id))
        checkIDs(.flows, map.flows.map(\.id))
        checkIDs(.claims, map.claims.map(\.id))
        checkIDs(.exceptions, map.exceptions.map(\.id))
        for offering in map.offerings { check(offering) }
        for category in map.declaredCategories ?? [] where wants(ItemKey(section: .categories, name: category.id)) {
            notBlank(category.name, "name", ItemKey(section: .categories, name: category.id))
        }
        for system in map.systems { check(system) }
        for index in map.copies.indices where !isFine(map.copies[index]) {
            check(map.copies[index], key: copyKey(at: index))
        }
        for role in map.roles { check(role) }
        for flow in map.flows { check(flow) }
        for claim in map.claims { check(claim) }
        for exception in map.exceptions { check(exception) }
    }

    // MARK: Items

    private mutating func checkHeader() {
        notBlank(map.header.name, "name", nil)
        notBlank(map.header.owner, "owner", nil)
        if let days = map.header.reviewIntervalDays, days < 1 {
            add(nil, "review_interval_days", "the review interval must be at least one day", fix: "write a number of days such as 90")
        }
        for (index, signOff) in map.header.signOffs.enumerated() {
            notBlank(signOff.by, "sign_offs #\(index + 1) by", nil)
        }
    }

    private mutating func checkGaps() {
        for (index, gap) in map.header.gaps.enumerated() {
            let field = "gaps #\(index + 1)"
            switch gap.about {
            case .signOff, .gap:
                add(nil, field, "a gap mark is about an item of the map, not \(gap.about)",
                    fix: "point it at a system, role, grant, copy, flow step, claim, exception, offering, category, or map")
            default:
                if !resolves(gap.about) {
                    add(nil, field, "the gap mark is about \(gap.about), which the map does not have",
                        fix: "point it at an item that exists (resmap set FILE gap:\(index + 1) about ITEM), or about map")
                }
            }
            if checksHeader {
                notBlank(gap.team, "\(field) team", nil)
                notBlank(gap.text, "\(field) text", nil)
                if gap.resolvedBy == nil, gap.resolvedOn != nil || gap.resolution != nil {
                    add(nil, field, "the gap mark has a resolution but nobody resolved it",
                        fix: "say who resolved it with resolved_by, or remove resolved_on and resolution")
                }
            }
        }
    }

    /// Whether a gap mark's item exists, from the id sets built once (no scan per mark).
    private func resolves(_ ref: ItemRef) -> Bool {
        switch ref {
        case .map: return true
        case .signOff, .gap: return false
        case .system(let id): return systems.contains(id)
        case .role(let id): return roles.contains(id)
        case .flow(let id): return flowSteps[id] != nil
        case .claim(let id): return claims.contains(id)
        case .offering(let id): return offerings.contains(id)
        case .category(let id): return categories.contains(id)
        case .exception: return ref.value(in: map) != nil
        case .copy(let index): return map.copies.indices.contains(index)
        case .step(let flow, let index): return index >= 0 && index < (flowSteps[flow] ?? 0)
        case .grant: return ref.value(in: map) != nil
        }
    }

    private mutating func check(_ offering: Offering) {
        let key = ItemKey(section: .offerings, name: offering.id)
        guard wants(key) else { return }
        notBlank(offering.name, "name", key)
        checkRegion(offering.region, "region", key)
        if offering.hasNone.contains(.storage) {
            add(key, "has_none", "an offering cannot declare that it has no storage",
                fix: "list only processing, copies or access; storage is mapped by the systems that hold the data")
        }
    }

    private mutating func check(_ system: DataSystem) {
        let key = ItemKey(section: .systems, name: system.id)
        references(system.data, to: categories, .categories, "data", key)
        references(system.offerings, to: offerings, .offerings, "offerings", key)
        guard wants(key) else { return }
        notBlank(system.name, "name", key)
        for code in system.location.codes where catalogue.place(for: code) == nil {
            let suggestion = catalogue.suggestions(for: code).first
            add(key, "location", "unknown location \(UserText.quoted(code))",
                fix: suggestion.map { "did you mean '\($0)'?" }
                    ?? "use a provider region such as aws:eu-central-1, a country code such as DE, or unknown")
        }
        if case .places(let codes) = system.location, codes.isEmpty {
            add(key, "location", "the location lists no place", fix: "name where it runs, or write unknown")
        }
        if let evidence = system.evidence { notBlank(evidence.how, "evidence how", key) }
        fits(system.notes, "notes", key)
    }

    /// A copy with nothing to report, told without building its key (most copies, every time).
    private func isFine(_ copy: DataCopy) -> Bool {
        copy.from != copy.to && systems.contains(copy.from) && systems.contains(copy.to)
    }

    /// The key of the copy at `index`, numbered among copies alike in source, target and kind.
    private func copyKey(at index: Int) -> ItemKey {
        let copy = map.copies[index]
        var key = MapItem.copy(copy).key
        key.ordinal = map.copies[..<index].filter { $0.from == copy.from && $0.to == copy.to && $0.kind == copy.kind }.count
        return key
    }

    private mutating func check(_ copy: DataCopy, key: ItemKey) {
        reference(copy.from, to: systems, .systems, "from", key)
        reference(copy.to, to: systems, .systems, "to", key)
        if copy.from == copy.to {
            add(key, "to", "the copy goes from \(UserText.quoted(copy.from)) to itself", fix: "name the system the copy lands in")
        }
    }

    private mutating func check(_ role: Role) {
        let key = ItemKey(section: .roles, name: role.id)
        for (index, grant) in role.access.enumerated() {
            reference(grant.system, to: systems, .systems, "access #\(index + 1) system", key)
        }
        guard wants(key) else { return }
        notBlank(role.name, "name", key)
        notBlank(role.team, "team", key)
        fits(role.notes, "notes", key)
        if role.countries.isEmpty {
            add(key, "countries", "the role works from no country", fix: "list the countries its people work from, such as [DE]")
        }
        for code in role.countries where catalogue.country(code) == nil {
            let fix = catalogue.country(code.uppercased()) != nil
                ? "write it in capitals: '\(code.uppercased())'" : "use an ISO 3166 two-letter country code such as DE"
            add(key, "countries", "unknown country \(UserText.quoted(code))", fix: fix)
        }
        if let headcount = role.headcount, headcount < 0 {
            add(key, "headcount", "the headcount cannot be negative", fix: "write how many people, or leave it out")
        }
        for (index, grant) in role.access.enumerated() {
            let field = "access #\(index + 1)"
            if grant.capabilities.isEmpty {
                add(key, "\(field) can", "access #\(index + 1) allows nothing", fix: "list what it allows: view, export or admin")
            }
        }
    }

    private mutating func check(_ flow: Flow) {
        let key = ItemKey(section: .flows, name: flow.id)
        if wants(key) {
            notBlank(flow.name, "name", key)
            for (index, step) in flow.steps.enumerated() { fits(step.notes, "steps #\(index + 1) notes", key) }
        }
        for (index, step) in flow.steps.enumerated() {
            // Field names are worded only for a problem (most steps have none).
            reference(step.system, to: systems, .systems, "steps #\(index + 1) system", key)
            references(step.data, to: categories, .categories, "steps #\(index + 1) data", key)
            switch step.from {
            case .step(let number)? where number >= index + 1 || number < 0:
                add(key, "steps #\(index + 1) from", "step \(index + 1) comes from step \(number), which is not an earlier step",
                    fix: index == 0 ? "leave `from:` out: the first step comes from the start"
                        : "write a step number from 0 (the start) to \(index), or a system id")
            case .system(let id)?:
                reference(id, to: systems, .systems, "steps #\(index + 1) from", key)
            default:
                break
            }
        }
    }

    private mutating func check(_ claim: Claim) {
        let key = ItemKey(section: .claims, name: claim.id)
        reference(claim.offering, to: offerings, .offerings, "offering", key)
        if let data = claim.data { references(data, to: categories, .categories, "data", key) }
        guard wants(key) else { return }
        notBlank(claim.text, "text", key)
        if let region = claim.region { checkRegion(region, "region", key) }
        if let data = claim.data {
            if data.isEmpty {
                add(key, "data", "the claim covers no data", fix: "leave data out to cover all personal data, or list categories")
            }
        }
        if let scope = claim.scope, scope.isEmpty {
            add(key, "scope", "the claim speaks about nothing", fix: "leave scope out to cover all four aspects, or list some")
        }
    }

    private mutating func check(_ exception: ClaimException) {
        let key = ItemKey(section: .exceptions, name: exception.id)
        reference(exception.claim, to: claims, .claims, "claim", key)
        if wants(key) {
            notBlank(exception.reason, "reason", key)
            notBlank(exception.approvedBy, "approved_by", key)
            fits(exception.reason, "reason", key)
        }
        switch exception.covers {
        case .system(let id): reference(id, to: systems, .systems, "system", key)
        case .role(let id): reference(id, to: roles, .roles, "role", key)
        case .copy(let from, let to, let kind):
            reference(from, to: systems, .systems, "copy from", key)
            reference(to, to: systems, .systems, "copy to", key)
            if systems.contains(from), systems.contains(to),
               !map.copies.contains(where: { $0.from == from && $0.to == to && $0.kind == kind }) {
                let near = map.copies.first { $0.from == from && $0.to == to }
                add(key, "copy", "the map has no \(kind.rawValue) copy from \(UserText.quoted(from)) to \(UserText.quoted(to))",
                    fix: near.map { "did you mean kind '\($0.kind.rawValue)'?" } ?? "add the copy under `copies:`, or correct the exception's target")
            }
        case .flowStep(let flow, let step):
            guard let count = flowSteps[flow] else {
                reference(flow, to: [], .flows, "flow", key)
                return
            }
            if step < 1 || step > count {
                add(key, "step", "step \(step) of flow \(UserText.quoted(flow)) does not exist (it has \(count))",
                    fix: count == 0 ? "add steps to the flow first" : "steps count from 1 to \(count)")
            }
        }
        if let approved = exception.approvedOn, let expires = exception.expires, expires < approved {
            add(key, "expires", "the exception expires (\(expires)) before it was approved (\(approved))",
                fix: "check both dates")
        }
    }

    // MARK: Rules

    private mutating func checkIDs(_ section: MapSection, _ ids: [String]) {
        var seen = Set<String>()
        for id in ids {
            // The spelling first: it is a scan of a few bytes, `wants` a hash.
            if let problem = IDRules.problem(with: id), wants(ItemKey(section: section, name: id)) {
                add(ItemKey(section: section, name: id), "id", "the id \(UserText.quoted(id)) of a \(section.noun) \(problem)",
                    fix: "use letters, digits and dashes without spaces, such as 'db-main'")
            } else if !seen.insert(id).inserted {
                add(ItemKey(section: section, name: id), "id", "duplicate \(section.noun) id \(UserText.quoted(id))", fix: "give each \(section.noun) its own id")
            }
        }
    }

    private mutating func checkRegion(_ region: RegionSpec, _ field: String, _ key: ItemKey?) {
        if region.terms.isEmpty {
            add(key, field, "the region names nothing", fix: "write EU, EEA, a country code, or a list such as [DE, AT]")
        }
        for term in catalogue.unknownTerms(in: region) {
            add(key, field, "unknown region \(UserText.quoted(term))",
                fix: "use EU, EEA, EEA+adequacy, US, UK, CH or two-letter country codes")
        }
    }

    private mutating func reference(_ id: String, to known: Set<String>, _ section: MapSection,
                                    _ fieldName: @autoclosure () -> String, _ key: ItemKey?) {
        guard !known.contains(id) else { return }
        let field = fieldName()
        let words = field.split(separator: " ")
        guard let problem = ReferenceRule.problem(
            id: id, noun: section.noun, section: section.fileKey, known: known, key: String(words.last ?? ""),
            what: Self.describe(key, within: words.dropLast().joined(separator: " ")),
            defaultCategories: section == .categories && map.declaredCategories == nil) else { return }
        add(key, field, problem.message, fix: problem.fix)
    }

    /// How the loader names the item a reference sits in: "system 'db'", "step 2 of flow
    /// 'signup'", "access #1 of role 'support'", "the backup copy from 'db' to 'vault'".
    private static func describe(_ key: ItemKey?, within part: String) -> String {
        guard let key else { return "the map header" }
        var item = "\(key.section.noun) \(UserText.quoted(key.name))"
        if key.section == .copies {
            let ends = key.name.split(separator: ">").map(String.init)
            if ends.count == 3 { item = "the \(ends[2]) copy from \(UserText.quoted(ends[0])) to \(UserText.quoted(ends[1]))" }
        }
        if part.isEmpty { return item }
        if part.hasPrefix("steps #") { return "step \(part.dropFirst("steps #".count)) of \(item)" }
        return "\(part) of \(item)"
    }

    private mutating func references(_ ids: [String], to known: Set<String>, _ section: MapSection,
                                     _ field: @autoclosure () -> String, _ key: ItemKey?) {
        for id in ids where !known.contains(id) { reference(id, to: known, section, field(), key) }
    }

    /// Long text stays within what the loader reads back (`MapDecoder.maximumValueBytes`).
    private mutating func fits(_ text: String?, _ field: String, _ key: ItemKey?) {
        guard let text, text.utf8.count > MapDecoder.maximumValueBytes else { return }
        add(key, field, "'\(field)' is \(text.utf8.count / 1024) KB; a value may be at most \(MapDecoder.maximumValueBytes / 1024) KB",
            fix: "keep long text outside the map and point to it")
    }

    private mutating func notBlank(_ text: String, _ field: String, _ key: ItemKey?) {
        if text.allSatisfy(\.isWhitespace) {
            add(key, field, "'\(field)' is empty", fix: "write a value")
        }
    }

    private mutating func add(_ key: ItemKey?, _ field: String, _ message: String, fix: String?) {
        problems.append(MapProblem(item: key, field: field, message: message, fix: fix))
    }
}

/// What makes an id: one word, no spaces or control characters. Shared by the loader and forms.
public enum IDRules {
    /// Why `id` cannot be an id ("is empty", "is not a single word"), or nil when it can.
    public static func problem(with id: String) -> String? {
        if id.isEmpty { return "is empty" }
        // Most ids are printable ASCII: one pass over the bytes.
        if id.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) { return nil }
        let bad = id.unicodeScalars.contains {
            $0.properties.isWhitespace || $0.properties.generalCategory == .control
        }
        return bad ? "is not a single word" : nil
    }
}
