/// The value of one editable thing, of any kind, and its fields as text: what a form fills in and
/// `resmap set` changes. Reading texts back checks each field's spelling; the validator then
/// checks the value against the rest of the map.
public enum ItemValue: Sendable, Hashable {
    case map(MapHeader)
    case signOff(SignOff)
    case gap(GapMark)
    case offering(Offering)
    case category(DataCategory)
    case system(DataSystem)
    case copy(DataCopy)
    case role(Role)
    case grant(AccessGrant)
    case flow(Flow)
    case step(FlowStep)
    case claim(Claim)
    case exception(ClaimException)

    public var kind: ItemKind {
        switch self {
        case .map: return .map
        case .signOff: return .signOff
        case .gap: return .gap
        case .offering: return .offering
        case .category: return .category
        case .system: return .system
        case .copy: return .copy
        case .role: return .role
        case .grant: return .grant
        case .flow: return .flow
        case .step: return .step
        case .claim: return .claim
        case .exception: return .exception
        }
    }

    /// Each field's text, by key.
    public var texts: [String: String] {
        switch self {
        case .map(let header):
            return ["name": header.name, "owner": header.owner,
                    "last_reviewed": header.lastReviewed?.description ?? "",
                    "review_interval_days": header.reviewIntervalDays.map(String.init) ?? "",
                    "sign_off_teams": header.declaredSignOffTeams.map(FieldText.list) ?? ""]
        case .signOff(let signOff):
            return ["by": signOff.by, "team": signOff.team ?? "", "on": signOff.on?.description ?? "",
                    "fingerprint": signOff.fingerprint ?? "", "revision": signOff.revision ?? ""]
        case .gap(let gap):
            return ["about": gap.about.description, "team": gap.team, "text": gap.text, "by": gap.by ?? "",
                    "on": gap.on?.description ?? "", "resolved_by": gap.resolvedBy ?? "",
                    "resolved_on": gap.resolvedOn?.description ?? "", "resolution": gap.resolution ?? ""]
        case .offering(let offering):
            return ["id": offering.id, "name": offering.name, "region": FieldText.list(offering.region.terms),
                    "has_none": FieldText.list(offering.hasNone.map(\.rawValue))]
        case .category(let category):
            return ["id": category.id, "name": category.name, "personal": FieldText.flag(category.personal)]
        case .system(let system):
            return ["id": system.id, "name": system.name, "kind": system.kind.rawValue, "vendor": system.vendor ?? "",
                    "location": FieldText.location(system.location), "data": FieldText.list(system.data),
                    "retention": system.retention?.text ?? "", "offerings": FieldText.list(system.offerings),
                    "status": system.status.rawValue, "evidence.how": system.evidence?.how ?? "",
                    "evidence.on": system.evidence?.on?.description ?? "", "evidence.by": system.evidence?.by ?? "",
                    "transfer_basis": system.transferBasis?.rawValue ?? "",
                    "infrastructure": FieldText.list(system.infrastructure), "notes": system.notes ?? ""]
        case .copy(let copy):
            return ["from": copy.from, "to": copy.to, "kind": copy.kind.rawValue, "schedule": copy.schedule ?? "",
                    "retention": copy.retention?.text ?? "", "notes": copy.notes ?? ""]
        case .role(let role):
            return ["id": role.id, "name": role.name, "team": role.team, "countries": FieldText.list(role.countries),
                    "headcount": role.headcount.map(String.init) ?? "", "notes": role.notes ?? ""]
        case .grant(let grant):
            return ["system": grant.system, "can": FieldText.list(grant.capabilities.map(\.rawValue)),
                    "when": grant.when.rawValue, "recorded": FieldText.flag(grant.recorded)]
        case .flow(let flow):
            return ["id": flow.id, "name": flow.name, "trigger": flow.trigger ?? ""]
        case .step(let step):
            return ["system": step.system, "from": step.from?.text ?? "", "data": FieldText.list(step.data),
                    "when": step.when.rawValue, "notes": step.notes ?? ""]
        case .claim(let claim):
            return ["id": claim.id, "text": claim.text, "offering": claim.offering,
                    "region": claim.region.map { FieldText.list($0.terms) } ?? "",
                    "data": claim.data.map(FieldText.list) ?? "",
                    "scope": claim.scope.map { FieldText.list($0.map(\.rawValue)) } ?? ""]
        case .exception(let exception):
            return ["id": exception.id, "claim": exception.claim, "covers": FieldText.target(exception.covers),
                    "reason": exception.reason, "approved_by": exception.approvedBy,
                    "approved_on": exception.approvedOn?.description ?? "", "expires": exception.expires?.description ?? ""]
        }
    }

    /// A value of `kind` read from field texts. `base` keeps what the fields do not cover (a
    /// role's grants, a flow's steps, the header's sign-offs).
    public static func make(_ kind: ItemKind, from texts: [String: String], base: ItemValue? = nil) throws(FieldError) -> ItemValue {
        let read = FieldReader(texts)
        for field in kind.fields where field.required && field.type != .flag {
            _ = try read.required(field.key, label: field.label)
        }
        switch kind {
        case .map:
            var header = MapHeader(name: try read.required("name", label: "Name"), owner: try read.required("owner", label: "Owner"))
            if case .map(let old)? = base {
                header.signOffs = old.signOffs
                header.gaps = old.gaps
            }
            header.lastReviewed = try read.date("last_reviewed")
            header.reviewIntervalDays = try read.integer("review_interval_days", minimum: 1)
            let teams = FieldText.words(read.raw("sign_off_teams"))
            header.declaredSignOffTeams = teams.isEmpty ? nil : teams
            return .map(header)
        case .signOff:
            return .signOff(SignOff(by: try read.required("by", label: "By"), team: read.optional("team"), on: try read.date("on"),
                                    fingerprint: try read.hex("fingerprint", lengths: MapFingerprint.length...64),
                                    revision: try read.hex("revision", lengths: 7...64)))
        case .gap:
            let aboutText = try read.required("about", label: "About")
            guard let about = ItemRef(reference: aboutText) else {
                throw FieldError(key: "about", message: "write system:ID, role:ID, grant:ROLE/N, copy:N, step:FLOW/N, claim:ID, exception:ID, offering:ID, category:ID or map")
            }
            return .gap(GapMark(about: about, team: try read.required("team", label: "Team"),
                                text: try read.required("text", label: "Question"), by: read.optional("by"),
                                on: try read.date("on"), resolvedBy: read.optional("resolved_by"),
                                resolvedOn: try read.date("resolved_on"), resolution: read.optional("resolution")))
        case .offering:
            let region = read.list("region")
            let none = try read.choices("has_none", ClaimScope.self)
            if none.contains(.storage) {
                throw FieldError(key: "has_none", message: "storage cannot be declared empty: choose processing, copies or access")
            }
            return .offering(Offering(id: try read.id("id"), name: try read.required("name", label: "Name"), region: RegionSpec(region),
                                      hasNone: none))
        case .category:
            return .category(DataCategory(id: try read.id("id"), name: try read.required("name", label: "Name"),
                                          personal: read.optional("personal") == nil ? true : try read.flag("personal")))
        case .system:
            var evidence: Evidence?
            if let how = read.optional("evidence.how") {
                evidence = Evidence(how: how, on: try read.date("evidence.on"), by: read.optional("evidence.by"))
            } else if read.optional("evidence.on") != nil || read.optional("evidence.by") != nil {
                throw FieldError(key: "evidence.how", message: "say how the location was checked")
            }
            return .system(DataSystem(
                id: try read.id("id"), name: try read.required("name", label: "Name"),
                kind: try read.choice("kind", SystemKind.self), vendor: read.optional("vendor"),
                location: try read.location("location"), data: read.list("data"),
                retention: try read.retention("retention"), offerings: read.list("offerings"),
                status: try read.optionalChoice("status", KnowledgeStatus.self) ?? .unknown,
                evidence: evidence, transferBasis: try read.optionalChoice("transfer_basis", TransferBasis.self),
                infrastructure: read.list("infrastructure"), notes: read.optional("notes")))
        case .copy:
            return .copy(DataCopy(from: try read.required("from", label: "From"), to: try read.required("to", label: "To"),
                                  kind: try read.choice("kind", CopyKind.self), schedule: read.optional("schedule"),
                                  retention: try read.retention("retention"), notes: read.optional("notes")))
        case .role:
            var role = Role(id: try read.id("id"), name: try read.required("name", label: "Name"),
                            team: try read.required("team", label: "Team"), countries: read.list("countries"),
                            headcount: try read.integer("headcount", minimum: 0), notes: read.optional("notes"))
            if case .role(let old)? = base { role.access = old.access }
            return .role(role)
        case .grant:
            let capabilities = try read.choices("can", AccessCapability.self)
            if capabilities.isEmpty { throw FieldError(key: "can", message: "choose at least one of view, export, admin") }
            return .grant(AccessGrant(system: try read.required("system", label: "System"), capabilities: capabilities,
                                      when: try read.optionalChoice("when", AccessCondition.self) ?? .always,
                                      recorded: try read.flag("recorded")))
        case .flow:
            var flow = Flow(id: try read.id("id"), name: try read.required("name", label: "Name"), trigger: read.optional("trigger"))
            if case .flow(let old)? = base { flow.steps = old.steps }
            return .flow(flow)
        case .step:
            return .step(FlowStep(system: try read.required("system", label: "System"), from: try read.origin("from"),
                                  data: read.list("data"),
                                  when: try read.optionalChoice("when", StepTiming.self) ?? .sync, notes: read.optional("notes")))
        case .claim:
            let region = read.list("region")
            let data = read.list("data")
            let scope = try read.choices("scope", ClaimScope.self)
            return .claim(Claim(id: try read.id("id"), text: try read.required("text", label: "Text"),
                                offering: try read.required("offering", label: "Offering"),
                                region: region.isEmpty ? nil : RegionSpec(region), data: data.isEmpty ? nil : data,
                                scope: scope.isEmpty ? nil : scope))
        case .exception:
            return .exception(ClaimException(
                id: try read.id("id"), claim: try read.required("claim", label: "Claim"), covers: try read.target("covers"),
                reason: try read.required("reason", label: "Reason"), approvedBy: try read.required("approved_by", label: "Approved by"),
                approvedOn: try read.date("approved_on"), expires: try read.date("expires")))
        }
    }

    /// The same value with one field's text changed (what `resmap set` does).
    public func setting(_ key: String, to text: String) throws(FieldError) -> ItemValue {
        guard kind.field(key) != nil else {
            let keys = kind.fields.map(\.key)
            let near = Suggestions.closest(to: key, in: keys).map { " Did you mean '\($0)'?" } ?? ""
            throw FieldError(key: key, message: "a \(kind.noun) has no field '\(key)'.\(near) Fields: \(keys.joined(separator: ", "))")
        }
        var fields = texts
        fields[key] = text
        return try ItemValue.make(kind, from: fields, base: self)
    }

    /// A new value of `kind` with sensible defaults, for a form that adds one.
    public static func blank(_ kind: ItemKind, in map: ResidencyMap) -> [String: String] {
        switch kind {
        case .system: return ["kind": "app", "location": "unknown", "status": "unknown"]
        case .copy: return ["kind": "backup"]
        case .grant: return ["can": "view", "when": "always", "recorded": "no"]
        case .step: return ["when": "sync"]
        case .category: return ["personal": "yes"]
        case .claim: return ["offering": map.offerings.first?.id ?? ""]
        default: return [:]
        }
    }

    /// The id, for kinds that have one.
    public var id: String? { texts["id"] }
}
