import Yams

/// Builds the YAML node tree of a map in canonical form: keys in the order of `MapKeys`, list
/// items in the user's order, absent optionals and empty lists left out, short lists of ids on
/// one line. Tags are set to `str`/`map`/`seq` up front so the emitter never runs the resolver.
struct MapEncoder {
    private let stringTag = Tag(.str)
    private let mappingTag = Tag(.map)
    private let sequenceTag = Tag(.seq)

    func node(for map: ResidencyMap) -> Node {
        mapping([
            ("resmap", plain(String(map.formatVersion))),
            ("map", header(map.header)),
            ("offerings", blockList(map.offerings.map(offering))),
            ("data_categories", map.declaredCategories.map { categories in
                categories.isEmpty ? flowList([]) : .sequence(sequence(categories.map(category), .block))
            }),
            ("systems", blockList(map.systems.map(system))),
            ("copies", blockList(map.copies.map(copy))),
            ("roles", blockList(map.roles.map(role))),
            ("flows", blockList(map.flows.map(flow))),
            ("claims", blockList(map.claims.map(claim))),
            ("exceptions", blockList(map.exceptions.map(exception))),
        ])
    }

    // MARK: - Parts

    private func header(_ header: MapHeader) -> Node {
        mapping([
            ("name", text(header.name)),
            ("owner", text(header.owner)),
            ("last_reviewed", header.lastReviewed.map(date)),
            ("review_interval_days", header.reviewIntervalDays.map(number)),
            ("sign_off_teams", header.declaredSignOffTeams.map(flowList)),
            ("sign_offs", blockList(header.signOffs.map { signOff in
                mapping([
                    ("by", text(signOff.by)),
                    ("team", signOff.team.map(text)),
                    ("on", signOff.on.map(date)),
                    ("fingerprint", signOff.fingerprint.map(text)),
                    ("revision", signOff.revision.map(text)),
                ])
            })),
            ("gaps", blockList(header.gaps.map { gap in
                mapping([
                    ("about", text(gap.about.description)),
                    ("team", text(gap.team)),
                    ("text", text(gap.text)),
                    ("by", gap.by.map(text)),
                    ("on", gap.on.map(date)),
                    ("resolved_by", gap.resolvedBy.map(text)),
                    ("resolved_on", gap.resolvedOn.map(date)),
                    ("resolution", gap.resolution.map(text)),
                ])
            })),
        ])
    }

    private func offering(_ offering: Offering) -> Node {
        mapping([
            ("id", text(offering.id)),
            ("name", text(offering.name)),
            ("region", region(offering.region)),
            ("has_none", offering.hasNone.isEmpty ? nil : flowList(offering.hasNone.map(\.rawValue))),
        ])
    }

    private func category(_ category: DataCategory) -> Node {
        mapping([
            ("id", text(category.id)),
            ("name", text(category.name)),
            ("personal", boolean(category.personal)),
        ])
    }

    private func system(_ system: DataSystem) -> Node {
        mapping([
            ("id", text(system.id)),
            ("name", text(system.name)),
            ("kind", text(system.kind.rawValue)),
            ("vendor", system.vendor.map(text)),
            ("location", location(system.location)),
            ("data", nonEmptyFlowList(system.data)),
            ("retention", system.retention.map { text($0.text) }),
            ("offerings", nonEmptyFlowList(system.offerings)),
            ("status", text(system.status.rawValue)),
            ("evidence", system.evidence.map { evidence in
                mapping([
                    ("how", text(evidence.how)),
                    ("on", evidence.on.map(date)),
                    ("by", evidence.by.map(text)),
                ])
            }),
            ("transfer_basis", system.transferBasis.map { text($0.rawValue) }),
            ("infrastructure", nonEmptyFlowList(system.infrastructure)),
            ("notes", system.notes.map(text)),
        ])
    }

    private func copy(_ copy: DataCopy) -> Node {
        mapping([
            ("from", text(copy.from)),
            ("to", text(copy.to)),
            ("kind", text(copy.kind.rawValue)),
            ("schedule", copy.schedule.map(text)),
            ("retention", copy.retention.map { text($0.text) }),
            ("notes", copy.notes.map(text)),
        ])
    }

    private func role(_ role: Role) -> Node {
        mapping([
            ("id", text(role.id)),
            ("name", text(role.name)),
            ("team", text(role.team)),
            ("countries", flowList(role.countries)),
            ("headcount", role.headcount.map(number)),
            ("access", blockList(role.access.map { grant in
                mapping([
                    ("system", text(grant.system)),
                    ("can", flowList(grant.capabilities.map(\.rawValue))),
                    ("when", text(grant.when.rawValue)),
                    ("recorded", boolean(grant.recorded)),
                ])
            })),
            ("notes", role.notes.map(text)),
        ])
    }

    private func flow(_ flow: Flow) -> Node {
        mapping([
            ("id", text(flow.id)),
            ("name", text(flow.name)),
            ("trigger", flow.trigger.map(text)),
            ("steps", blockList(flow.steps.map { step in
                mapping([
                    ("system", text(step.system)),
                    ("from", step.from.map(stepOrigin)),
                    ("data", nonEmptyFlowList(step.data)),
                    ("when", text(step.when.rawValue)),
                    ("notes", step.notes.map(text)),
                ])
            })),
        ])
    }

    private func claim(_ claim: Claim) -> Node {
        mapping([
            ("id", text(claim.id)),
            ("text", text(claim.text)),
            ("offering", text(claim.offering)),
            ("region", claim.region.map(region)),
            ("data", claim.data.map(flowList)),
            ("scope", claim.scope.map { flowList($0.map(\.rawValue)) }),
        ])
    }

    private func exception(_ exception: ClaimException) -> Node {
        var target: [(String, Node?)]
        switch exception.covers {
        case .system(let id): target = [("system", text(id))]
        case .role(let id): target = [("role", text(id))]
        case .flowStep(let flow, let step): target = [("flow", text(flow)), ("step", number(step))]
        case .copy(let from, let to, let kind):
            let ends = Node.Mapping([(plain("from"), text(from)), (plain("to"), text(to)), (plain("kind"), text(kind.rawValue))],
                                    mappingTag, .flow)
            target = [("copy", .mapping(ends))]
        }
        return mapping(
            [("id", text(exception.id)), ("claim", text(exception.claim))]
                + target
                + [
                    ("reason", text(exception.reason)),
                    ("approved_by", text(exception.approvedBy)),
                    ("approved_on", exception.approvedOn.map(date)),
                    ("expires", exception.expires.map(date)),
                ])
    }

    /// `unknown`, one code, `[DE, NL]`, or provider codes one per line (a one-line list would
    /// have to quote every `provider:region`).
    private func location(_ location: Location) -> Node {
        switch location {
        case .unknown: return plain("unknown")
        case .places(let codes) where codes.count == 1: return text(codes[0])
        case .places(let codes) where codes.contains(where: { $0.contains(":") }):
            return .sequence(sequence(codes.map(text), .block))
        case .places(let codes): return flowList(codes)
        }
    }

    /// A step number plain (it reads back as digits); a system id as text (quoted if it needs it).
    private func stepOrigin(_ origin: StepOrigin) -> Node {
        switch origin {
        case .step(let step): return number(step)
        case .system(let id): return text(id)
        }
    }

    private func region(_ region: RegionSpec) -> Node {
        region.terms.count == 1 ? text(region.terms[0]) : flowList(region.terms)
    }

    // MARK: - Nodes

    private func text(_ value: String) -> Node {
        .scalar(Node.Scalar(value, stringTag, YAMLText.style(for: value)))
    }

    /// Text known to read back as itself: keys, numbers, dates, booleans.
    private func plain(_ value: String) -> Node {
        .scalar(Node.Scalar(value, stringTag, .plain))
    }

    private func number(_ value: Int) -> Node { plain(String(value)) }
    private func boolean(_ value: Bool) -> Node { plain(value ? "true" : "false") }
    private func date(_ value: ISODate) -> Node { plain(value.description) }

    private func mapping(_ pairs: [(String, Node?)]) -> Node {
        .mapping(Node.Mapping(pairs.compactMap { key, value in value.map { (plain(key), $0) } }, mappingTag, .block))
    }

    private func sequence(_ items: [Node], _ style: Node.Sequence.Style) -> Node.Sequence {
        Node.Sequence(items, sequenceTag, style)
    }

    private func flowList(_ values: [String]) -> Node {
        .sequence(sequence(values.map(text), .flow))
    }

    private func nonEmptyFlowList(_ values: [String]) -> Node? {
        values.isEmpty ? nil : flowList(values)
    }

    /// A list of mappings, one `- ` item each; nil when empty so the key is left out.
    private func blockList(_ items: [Node]) -> Node? {
        items.isEmpty ? nil : .sequence(sequence(items, .block))
    }
}

extension MapEncoder {
    /// One item as the canonical node a section's list holds.
    func node(for item: MapItem) -> Node {
        switch item {
        case .offering(let value): return offering(value)
        case .category(let value): return category(value)
        case .system(let value): return system(value)
        case .copy(let value): return copy(value)
        case .role(let value): return role(value)
        case .flow(let value): return flow(value)
        case .claim(let value): return claim(value)
        case .exception(let value): return exception(value)
        }
    }

    /// A root mapping with one key: how a single section or the header is written on its own.
    func sectionNode(key: String, items: [MapItem]) -> Node {
        mapping([(key, items.isEmpty ? flowList([]) : .sequence(sequence(items.map(node(for:)), .block)))])
    }

    func headerSectionNode(_ value: MapHeader) -> Node {
        mapping([("map", header(value))])
    }
}
