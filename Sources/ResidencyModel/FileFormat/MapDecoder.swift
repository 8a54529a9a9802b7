/// Walks a composed YAML tree into a `ResidencyMap`, recording a located `Diagnostic` for every
/// problem and going on, so one pass reports everything. Scalars are read as the raw text written
/// (`NO` stays "NO", `2026-10-01` stays a string until a date field parses it); whole numbers,
/// booleans and enum values are parsed here, with messages that name the field and the fix.
struct MapDecoder {
    let fileName: String
    let catalogue: RegionCatalogue
    private(set) var diagnostics: [Diagnostic] = []
    var declarations = DeclarationIndex()

    init(fileName: String, catalogue: RegionCatalogue) {
        self.fileName = fileName
        self.catalogue = catalogue
    }

    mutating func report(_ position: SourcePosition?, _ message: String, fix: String?) {
        diagnostics.append(Diagnostic(file: fileName, position: position, message: message, fix: fix))
    }

    /// Decodes the whole file, then checks every cross reference. Returns nil when anything is wrong.
    mutating func decode(root: YAMLNode) -> ResidencyMap? {
        let map = decodeRoot(root)
        if !declarations.isNewerFormat {
            resolveReferences()
        }
        guard diagnostics.isEmpty, let map else { return nil }
        // The rules every map in memory follows (the ones forms and the editor check), placed at
        // the item they are about.
        for problem in MapValidator(catalogue: catalogue).problems(in: map) {
            report(position(of: problem.item, in: map), "\(problem.item.map { "\($0): " } ?? "")\(problem.message)", fix: problem.fix)
        }
        guard diagnostics.isEmpty else { return nil }
        return map
    }

    /// Where an item's id is written, for problems found in the decoded map.
    private func position(of key: ItemKey?, in map: ResidencyMap) -> SourcePosition? {
        guard let key else { return nil }
        let kind: IDKind
        switch key.section {
        case .offerings: kind = .offering
        case .categories: kind = .category
        case .systems: kind = .system
        case .roles: kind = .role
        case .flows: kind = .flow
        case .claims: kind = .claim
        case .exceptions: kind = .exception
        case .copies:
            // Copies have no id: find the copy by its place in the list (every copy decoded, so
            // the map's copies are the file's, in order).
            let keys = ItemKey.keys(of: map.copies.map(MapItem.copy))
            guard let index = keys.firstIndex(of: key), index < declarations.copyPositions.count else { return nil }
            return declarations.copyPositions[index]
        }
        return declarations.declared[kind]?[key.name] ?? nil
    }

    // MARK: - Root and header

    private mutating func decodeRoot(_ root: YAMLNode) -> ResidencyMap? {
        guard case .mapping = root else {
            report(root.position, "expected the map file to be `key: value` lines, got \(root.kindDescription)",
                   fix: "start the file with `resmap: \(ResidencyMap.currentFormatVersion)` and a `map:` header (see docs/file-format.md)")
            return nil
        }
        guard let fields = fields(of: root, what: "the map file", allowed: MapKeys.root, required: []) else {
            return nil
        }
        guard let versionEntry = fields["resmap"] else {
            report(fields.position, "the file does not say its format version",
                   fix: "add `resmap: \(ResidencyMap.currentFormatVersion)` as the first line")
            return decodeBody(fields, formatVersion: ResidencyMap.currentFormatVersion)
        }
        guard let version = integer(versionEntry, key: "resmap", what: "the map file") else {
            return decodeBody(fields, formatVersion: ResidencyMap.currentFormatVersion)
        }
        if version > ResidencyMap.currentFormatVersion {
            // A newer format may use keys this version does not know: report only this.
            diagnostics.removeAll()
            declarations.isNewerFormat = true
            report(versionEntry.valuePosition,
                   "this file was written by a newer resmap (format \(version)); this resmap reads format \(ResidencyMap.currentFormatVersion)",
                   fix: "upgrade resmap to open this file")
            return nil
        }
        if version < 1 {
            report(versionEntry.valuePosition, "format version \(version) does not exist",
                   fix: "write `resmap: \(ResidencyMap.currentFormatVersion)`")
        }
        return decodeBody(fields, formatVersion: version)
    }

    private mutating func decodeBody(_ fields: Fields, formatVersion: Int) -> ResidencyMap? {
        let header: MapHeader?
        if let entry = fields["map"] {
            header = decodeHeader(entry)
        } else {
            report(fields.position, "the file has no `map:` header with the map's name and owner",
                   fix: "add `map:` with `name:` and `owner:` under it")
            header = nil
        }
        let offerings = items(fields["offerings"], key: "offerings", what: "the map file").compactMap {
            decodeOffering($0)
        }
        var categories: [DataCategory]?
        if let entry = fields["data_categories"] {
            declarations.categoriesDeclared = true
            categories = items(entry, key: "data_categories", what: "the map file").compactMap { decodeCategory($0) }
        }
        let systems = items(fields["systems"], key: "systems", what: "the map file").compactMap { decodeSystem($0) }
        let copies = items(fields["copies"], key: "copies", what: "the map file").enumerated().compactMap {
            decodeCopy($1, number: $0 + 1)
        }
        let roles = items(fields["roles"], key: "roles", what: "the map file").compactMap { decodeRole($0) }
        let flows = items(fields["flows"], key: "flows", what: "the map file").compactMap { decodeFlow($0) }
        let claims = items(fields["claims"], key: "claims", what: "the map file").compactMap { decodeClaim($0) }
        let exceptions = items(fields["exceptions"], key: "exceptions", what: "the map file").compactMap {
            decodeException($0)
        }
        guard let header else { return nil }
        return ResidencyMap(
            formatVersion: formatVersion, header: header, offerings: offerings, declaredCategories: categories,
            systems: systems, copies: copies, roles: roles, flows: flows, claims: claims, exceptions: exceptions)
    }

    private mutating func decodeHeader(_ entry: Fields.Entry) -> MapHeader? {
        let what = "the map header"
        guard let fields = fields(of: entry.value, what: what, allowed: MapKeys.header, required: ["name", "owner"])
        else { return nil }
        let name = requiredText(fields, "name", what: what)
        let owner = requiredText(fields, "owner", what: what)
        let lastReviewed = date(fields["last_reviewed"], key: "last_reviewed", what: what)
        let interval = integer(fields["review_interval_days"], key: "review_interval_days", what: what, minimum: 1)
        let signOffs = items(fields["sign_offs"], key: "sign_offs", what: what).enumerated().compactMap {
            decodeSignOff($1, number: $0 + 1)
        }
        let teams = signOffTeams(fields["sign_off_teams"], what: what)
        let gaps = items(fields["gaps"], key: "gaps", what: what).enumerated().compactMap {
            decodeGap($1, number: $0 + 1)
        }
        guard let name, let owner else { return nil }
        return MapHeader(name: name, owner: owner, lastReviewed: lastReviewed, reviewIntervalDays: interval,
                         signOffs: signOffs, declaredSignOffTeams: teams, gaps: gaps)
    }

    // MARK: - Offerings and categories

    private mutating func decodeOffering(_ node: YAMLNode) -> Offering? {
        let what = describe("offering", node)
        guard let fields = fields(of: node, what: what, allowed: MapKeys.offering, required: ["id", "name", "region"])
        else { return nil }
        let id = declaredID(fields, what: what, in: .offering)
        let name = requiredText(fields, "name", what: what)
        let region = region(fields["region"], key: "region", what: what)
        var hasNone: [ClaimScope] = []
        if let entry = fields["has_none"], !entry.isNull {
            hasNone = choices(entry, key: "has_none", what: what, noun: "aspect", as: ClaimScope.self) ?? []
            if hasNone.contains(.storage) {
                report(entry.valuePosition, "\(what) cannot declare that it has no storage",
                       fix: "list only processing, copies or access under `has_none:`; storage is mapped by systems holding data")
                hasNone.removeAll { $0 == .storage }
            }
        }
        guard let id, let name, let region else { return nil }
        return Offering(id: id, name: name, region: region, hasNone: hasNone)
    }

    private mutating func decodeCategory(_ node: YAMLNode) -> DataCategory? {
        let what = describe("data category", node)
        guard let fields = fields(of: node, what: what, allowed: MapKeys.category, required: ["id", "name"])
        else { return nil }
        let id = declaredID(fields, what: what, in: .category)
        let name = requiredText(fields, "name", what: what)
        let personal = boolean(fields["personal"], key: "personal", what: what) ?? true
        guard let id, let name else { return nil }
        return DataCategory(id: id, name: name, personal: personal)
    }

    // MARK: - Systems and copies

    private mutating func decodeSystem(_ node: YAMLNode) -> DataSystem? {
        let what = describe("system", node)
        guard let fields = fields(of: node, what: what, allowed: MapKeys.system,
                                  required: ["id", "name", "kind", "location"]) else { return nil }
        let id = declaredID(fields, what: what, in: .system)
        let name = requiredText(fields, "name", what: what)
        let kind = requiredChoice(fields["kind"], key: "kind", what: what, noun: "system kind", as: SystemKind.self)
        let vendor = text(fields["vendor"], key: "vendor", what: what)
        let location = location(fields["location"], what: what)
        let data = references(fields["data"], key: "data", what: what, to: .category)
        let retention = retention(fields["retention"], what: what)
        let offerings = references(fields["offerings"], key: "offerings", what: what, to: .offering)
        let status = choice(fields["status"], key: "status", what: what, noun: "status", as: KnowledgeStatus.self)
        let evidence = fields["evidence"].map { decodeEvidence($0, what: what) } ?? nil
        let basis = choice(fields["transfer_basis"], key: "transfer_basis", what: what, noun: "transfer basis",
                           as: TransferBasis.self)
        let infrastructure = scalarList(fields["infrastructure"], key: "infrastructure", what: what).map(\.text)
        let notes = text(fields["notes"], key: "notes", what: what)
        guard let id, let name, let kind, let location else { return nil }
        return DataSystem(id: id, name: name, kind: kind, vendor: vendor, location: location, data: data,
                          retention: retention, offerings: offerings, status: status ?? .unknown,
                          evidence: evidence, transferBasis: basis, infrastructure: infrastructure, notes: notes)
    }

    private mutating func decodeEvidence(_ entry: Fields.Entry, what owner: String) -> Evidence? {
        guard !entry.isNull else { return nil }
        let what = "the evidence of \(owner)"
        guard let fields = fields(of: entry.value, what: what, allowed: MapKeys.evidence, required: ["how"])
        else { return nil }
        let how = requiredText(fields, "how", what: what)
        let on = date(fields["on"], key: "on", what: what)
        let by = text(fields["by"], key: "by", what: what)
        guard let how else { return nil }
        return Evidence(how: how, on: on, by: by)
    }

    private mutating func decodeCopy(_ node: YAMLNode, number: Int) -> DataCopy? {
        declarations.copyPositions.append(node.position)
        let what = "copy #\(number)"
        guard let fields = fields(of: node, what: what, allowed: MapKeys.copy, required: ["from", "to", "kind"])
        else { return nil }
        let from = reference(fields["from"], key: "from", what: what, to: .system)
        let to = reference(fields["to"], key: "to", what: what, to: .system)
        let kind = requiredChoice(fields["kind"], key: "kind", what: what, noun: "copy kind", as: CopyKind.self)
        let schedule = text(fields["schedule"], key: "schedule", what: what)
        let retention = retention(fields["retention"], what: what)
        let notes = text(fields["notes"], key: "notes", what: what)
        guard let from, let to, let kind else { return nil }
        return DataCopy(from: from, to: to, kind: kind, schedule: schedule, retention: retention, notes: notes)
    }

    // MARK: - Roles

    private mutating func decodeRole(_ node: YAMLNode) -> Role? {
        let what = describe("role", node)
        guard let fields = fields(of: node, what: what, allowed: MapKeys.role,
                                  required: ["id", "name", "team", "countries"]) else { return nil }
        let id = declaredID(fields, what: what, in: .role)
        let name = requiredText(fields, "name", what: what)
        let team = requiredText(fields, "team", what: what)
        let countries = countries(fields["countries"], what: what)
        let headcount = integer(fields["headcount"], key: "headcount", what: what, minimum: 0)
        let grants = items(fields["access"], key: "access", what: what).enumerated().compactMap {
            decodeGrant($1, what: "access #\($0 + 1) of \(what)")
        }
        let notes = text(fields["notes"], key: "notes", what: what)
        guard let id, let name, let team, let countries else { return nil }
        return Role(id: id, name: name, team: team, countries: countries, headcount: headcount, access: grants,
                    notes: notes)
    }

    private mutating func decodeGrant(_ node: YAMLNode, what: String) -> AccessGrant? {
        guard let fields = fields(of: node, what: what, allowed: MapKeys.grant, required: ["system", "can"])
        else { return nil }
        let system = reference(fields["system"], key: "system", what: what, to: .system)
        let capabilities = choices(fields["can"], key: "can", what: what, noun: "capability",
                                   as: AccessCapability.self)
        let when = choice(fields["when"], key: "when", what: what, noun: "access condition",
                          as: AccessCondition.self)
        let recorded = boolean(fields["recorded"], key: "recorded", what: what)
        if let capabilities, capabilities.isEmpty, let entry = fields["can"] {
            report(entry.valuePosition, "\(what) allows nothing",
                   fix: "list what it allows: `can: [view]`, `[view, export]` or `[admin]`")
            return nil
        }
        guard let system, let capabilities else { return nil }
        return AccessGrant(system: system, capabilities: capabilities, when: when ?? .always,
                           recorded: recorded ?? false)
    }

    // MARK: - Flows

    private mutating func decodeFlow(_ node: YAMLNode) -> Flow? {
        let what = describe("flow", node)
        guard let fields = fields(of: node, what: what, allowed: MapKeys.flow, required: ["id", "name"])
        else { return nil }
        let id = declaredID(fields, what: what, in: .flow)
        let name = requiredText(fields, "name", what: what)
        let trigger = text(fields["trigger"], key: "trigger", what: what)
        let stepNodes = items(fields["steps"], key: "steps", what: what)
        if let id { declarations.flowStepCounts[id] = stepNodes.count }
        let steps = stepNodes.enumerated().map { decodeStep($1, what: "step \($0 + 1) of \(what)") }
        guard let id, let name else { return nil }
        let decoded = steps.compactMap { $0 }
        guard decoded.count == steps.count else { return nil }
        return Flow(id: id, name: name, trigger: trigger, steps: decoded)
    }

    private mutating func decodeStep(_ node: YAMLNode, what: String) -> FlowStep? {
        guard let fields = fields(of: node, what: what, allowed: MapKeys.step, required: ["system"]) else {
            return nil
        }
        let system = reference(fields["system"], key: "system", what: what, to: .system)
        let from = stepOrigin(fields["from"], what: what)
        let data = references(fields["data"], key: "data", what: what, to: .category)
        let when = choice(fields["when"], key: "when", what: what, noun: "step timing", as: StepTiming.self)
        let notes = text(fields["notes"], key: "notes", what: what)
        guard let system else { return nil }
        return FlowStep(system: system, from: from, data: data, when: when ?? .sync, notes: notes)
    }

    /// `from: 3` (an earlier step), `from: 0` (the start) or `from: SYSTEM-ID`. Whether the step is
    /// earlier is checked with the map (`MapValidator`); a system id is checked like any reference.
    private mutating func stepOrigin(_ entry: Fields.Entry?, what: String) -> StepOrigin? {
        guard let entry, !entry.isNull else { return nil }
        guard let text = scalarText(entry, key: "from", what: what, expected: "a step number or a system id") else {
            return nil
        }
        guard let origin = StepOrigin(text: text) else {
            report(entry.valuePosition, "the 'from' of \(what) is empty",
                   fix: "write the number of an earlier step, 0 for the start, or a system id; or leave `from:` out for the step before")
            return nil
        }
        if case .system = origin {
            return reference(entry, key: "from", what: what, to: .system).map { .system($0) }
        }
        return origin
    }

    // MARK: - Claims and exceptions

    private mutating func decodeClaim(_ node: YAMLNode) -> Claim? {
        let what = describe("claim", node)
        guard let fields = fields(of: node, what: what, allowed: MapKeys.claim, required: ["id", "text", "offering"])
        else { return nil }
        let id = declaredID(fields, what: what, in: .claim)
        let text = requiredText(fields, "text", what: what)
        let offering = reference(fields["offering"], key: "offering", what: what, to: .offering)
        var promised: RegionSpec?
        if let entry = fields["region"], !entry.isNull {
            promised = region(entry, key: "region", what: what)
        }
        var data: [String]?
        if let entry = fields["data"], !entry.isNull {
            data = references(entry, key: "data", what: what, to: .category)
            if data?.isEmpty == true {
                report(entry.valuePosition, "\(what) covers no data",
                       fix: "remove `data:` to cover all personal data, or list the categories it covers")
            }
        }
        var scope: [ClaimScope]?
        if let entry = fields["scope"], !entry.isNull {
            scope = choices(entry, key: "scope", what: what, noun: "claim scope", as: ClaimScope.self)
            if scope?.isEmpty == true {
                report(entry.valuePosition, "\(what) speaks about nothing",
                       fix: "remove `scope:` to cover storage, processing, access and copies, or list some of them")
            }
        }
        guard let id, let text, let offering else { return nil }
        return Claim(id: id, text: text, offering: offering, region: promised, data: data, scope: scope)
    }

    private mutating func decodeException(_ node: YAMLNode) -> ClaimException? {
        let what = describe("exception", node)
        guard let fields = fields(of: node, what: what, allowed: MapKeys.exception,
                                  required: ["id", "claim", "reason", "approved_by"]) else { return nil }
        let id = declaredID(fields, what: what, in: .exception)
        let claim = reference(fields["claim"], key: "claim", what: what, to: .claim)
        let target = exceptionTarget(fields, what: what)
        let reason = requiredText(fields, "reason", what: what)
        let approvedBy = requiredText(fields, "approved_by", what: what)
        let approvedOn = date(fields["approved_on"], key: "approved_on", what: what)
        let expires = date(fields["expires"], key: "expires", what: what)
        guard let id, let claim, let target, let reason, let approvedBy else { return nil }
        return ClaimException(id: id, claim: claim, covers: target, reason: reason, approvedBy: approvedBy,
                              approvedOn: approvedOn, expires: expires)
    }

    /// Exactly one of `system`, `role`, or `flow` with `step`.
    private mutating func exceptionTarget(_ fields: Fields, what: String) -> ExceptionTarget? {
        let targetKeys = ["system", "role", "flow", "copy"].filter { fields[$0] != nil }
        if targetKeys.isEmpty {
            if let step = fields["step"] {
                report(step.keyPosition, "\(what) gives a step but no flow",
                       fix: "add `flow: FLOW-ID` next to `step:`")
            } else {
                report(fields.position, "\(what) does not say what it covers",
                       fix: "add one of `system: SYSTEM-ID`, `role: ROLE-ID`, `flow: FLOW-ID` with `step: N`, or `copy: {from: SYSTEM-ID, to: SYSTEM-ID, kind: KIND}`")
            }
            return nil
        }
        if targetKeys.count > 1, let second = fields[targetKeys[1]] {
            report(second.keyPosition,
                   "\(what) covers both '\(targetKeys[0])' and '\(targetKeys[1])'; an exception covers exactly one target",
                   fix: "keep one of them and write a second exception for the other")
            return nil
        }
        switch targetKeys[0] {
        case "system":
            if let step = fields["step"] {
                report(step.keyPosition, "'step' only goes with 'flow', not with 'system'", fix: "remove `step:`")
                return nil
            }
            return reference(fields["system"], key: "system", what: what, to: .system).map { .system($0) }
        case "role":
            if let step = fields["step"] {
                report(step.keyPosition, "'step' only goes with 'flow', not with 'role'", fix: "remove `step:`")
                return nil
            }
            return reference(fields["role"], key: "role", what: what, to: .role).map { .role($0) }
        case "copy":
            if let step = fields["step"] {
                report(step.keyPosition, "'step' only goes with 'flow', not with 'copy'", fix: "remove `step:`")
                return nil
            }
            guard let entry = fields["copy"] else { return nil }
            let inner = "the copy of \(what)"
            guard let copyFields = self.fields(of: entry.value, what: inner, allowed: MapKeys.copyTarget,
                                               required: ["from", "to", "kind"]) else { return nil }
            let from = reference(copyFields["from"], key: "from", what: inner, to: .system)
            let to = reference(copyFields["to"], key: "to", what: inner, to: .system)
            let kind = requiredChoice(copyFields["kind"], key: "kind", what: inner, noun: "copy kind", as: CopyKind.self)
            guard let from, let to, let kind else { return nil }
            return .copy(from: from, to: to, kind: kind)
        default:
            let flow = reference(fields["flow"], key: "flow", what: what, to: .flow)
            guard let stepEntry = fields["step"] else {
                report(fields["flow"]?.keyPosition ?? fields.position, "\(what) names a flow but no step",
                       fix: "add `step: N` (steps count from 1)")
                return nil
            }
            guard let step = integer(stepEntry, key: "step", what: what, minimum: 1) else { return nil }
            guard let flow else { return nil }
            declarations.stepReferences.append(
                .init(flow: flow, step: step, position: stepEntry.valuePosition, what: what))
            return .flowStep(flow: flow, step: step)
        }
    }

    // MARK: - Naming

    /// "system 'db-main'" when the item has a readable id, else "a system".
    private func describe(_ noun: String, _ node: YAMLNode) -> String {
        if let mapping = node.mapping,
           let idNode = mapping.first(where: { $0.key.scalar?.string == "id" })?.value,
           let id = idNode.scalar?.string, !id.isEmpty {
            return "\(noun) \(UserText.quoted(id))"
        }
        let article = noun.first.map { "aeiou".contains($0) } == true ? "an" : "a"
        return "\(article) \(noun)"
    }
}
