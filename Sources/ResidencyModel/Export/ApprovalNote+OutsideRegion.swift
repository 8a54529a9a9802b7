/// Section 6: everything that sits outside each offering's promised region, the list no reader
/// may miss. It does not depend on which claims happen to be written: every break and every
/// unconfirmed place of the offering's implied claim (`ImpliedClaims`) is listed, one row per
/// system or role, so a system reached by twenty flow steps is one row, not twenty.
extension ApprovalNoteWriter {
    /// Flow steps listed per row before "and N more".
    static let stepsShown = 5

    func writeOutsideRegion() {
        document.heading(2, "Outside the promised region")
        guard !map.offerings.isEmpty else {
            document.paragraph("The map lists no offerings, so no region is promised.")
            return
        }
        let approved = approvedExceptionsBySubject()
        for offering in map.offerings {
            let region = regionPhrase(offering.region)
            document.heading(3, "\(offering.name): outside \(region)")
            let result = context.implied[offering.id]
            let breaches = result?.breaches ?? []
            let unconfirmed = result?.uncertainties.filter { $0.reason != .nothingInScope } ?? []
            if breaches.isEmpty && unconfirmed.isEmpty {
                document.paragraph("Nothing in the map stores, processes, copies or opens this offering's personal data outside \(region).")
                continue
            }
            if !breaches.isEmpty {
                let rows = outsideRows(breaches, approved: approved)
                document.paragraph("**\(Self.count(rows.count, "system or role", "systems and roles")) hold, receive or open this offering's personal data outside \(region):**")
                document.table(["Outside \(region)", "Where", "Data", "How", "Approved exceptions"], rows: rows)
            }
            if !unconfirmed.isEmpty {
                let rows = unconfirmedRows(unconfirmed)
                document.paragraph("**Not confirmed inside \(region)** (\(Self.count(rows.count, "system or role", "systems and roles"))):")
                document.table(["Not confirmed", "Why", "Where the map says", "How"], rows: rows)
            }
        }
    }

    // MARK: Breaks

    /// One row per system (stored, processed or copied there) or role (opening data from outside).
    private func outsideRows(_ breaches: [Breach], approved: [MapElement: [String]]) -> [[Markup]] {
        var groups = GroupedRows<OutsideGroup>()
        for breach in breaches {
            let key = breach.access.map { GroupKey.role($0.role) } ?? .system(breach.system)
            let exceptions = approved.isEmpty ? [] : approved[breach.subject] ?? []
            groups.update(key, make: { OutsideGroup(breach) }) { group in
                group.add(breach, exceptions: exceptions, limit: Self.stepsShown, words: howWords)
            }
        }
        return groups.values.map { group in
            let first = group.first
            let what: String
            let whereText: String
            if let access = first.access {
                let name = context.index.rolePosition[access.role].map { map.roles[$0].name } ?? access.role
                what = access.headcount.map { "\(name), \(Self.count($0, "person", "people"))" } ?? name
                whereText = context.countryNames(access.countries).joined(separator: ", ")
            } else {
                what = context.systemName(first.system)
                // Every break at one system names the same places: the system's own outside the region.
                var words = Self.uniqueDescriptions(first.places, catalogue: catalogue).joined(separator: "; ")
                if first.status == .assumed { words += " (assumed, not verified)" }
                whereText = words
            }
            return [
                "\(what)",
                "\(whereText)",
                "\(context.dataNames(inCategoryOrder(group.dataIDs)).joined(separator: ", "))",
                "\(group.howText(words: howWords))",
                "\(group.approvedText)",
            ]
        }
    }

    /// What a break is, in a few words: "stored", "step 3 of Sign up", "backup of Primary
    /// database", "view, export on Support desk, incidents only".
    private func howWords(_ breach: Breach) -> OutsideGroup.How {
        switch breach.subject {
        case .flowStep(let flow, let step):
            let name = flowPosition[flow].map { map.flows[$0].name } ?? flow
            return .step("step \(step) of \(name)")
        case .copy(let from, _, let kind):
            return .other("\(kind.cachedLabel) of \(context.systemName(from))")
        default:
            if let access = breach.access {
                var words = "\(access.capabilities.map(\.rawValue).joined(separator: ", ")) on \(context.systemName(breach.system))"
                if access.condition != .always { words += ", \(Self.conditionWords(access.condition))" }
                if access.recorded { words += ", recorded" }
                return .other(words)
            }
            return .other("stored")
        }
    }

    /// For each subject a real claim's approved exception covers: "ex-id (claim eu-x, until 2027-01-31)".
    private func approvedExceptionsBySubject() -> [MapElement: [String]] {
        var result: [MapElement: [String]] = [:]
        for claim in evaluation.claims {
            for breach in claim.coveredBreaches {
                guard let id = breach.coveredBy else { continue }
                let until = exceptionsByID[id]?.expires.map { ", until \($0)" } ?? ""
                let words = "\(id) (claim \(claim.claim.id)\(until))"
                if !(result[breach.subject]?.contains(words) ?? false) {
                    result[breach.subject, default: []].append(words)
                }
            }
        }
        return result
    }

    // MARK: Uncertainties

    private func unconfirmedRows(_ uncertainties: [Uncertainty]) -> [[Markup]] {
        var groups = GroupedRows<UnconfirmedGroup>()
        for uncertainty in uncertainties {
            let key = unconfirmedKey(uncertainty)
            groups.update(.other(key.id), make: { UnconfirmedGroup(name: key.name) }) { group in
                group.add(uncertainty, reason: Self.reasonWords(uncertainty.reason), limit: Self.stepsShown, how: unconfirmedHow)
            }
        }
        return groups.values.map { group in
            [
                "\(group.name)",
                "\(group.reasons.joined(separator: "; "))",
                "\(Self.cellList(Self.uniqueDescriptions(group.places, catalogue: catalogue), empty: "not written"))",
                "\(group.howText(how: unconfirmedHow))",
            ]
        }
    }

    /// The system or role an uncertainty is about (a flow step's system, a copy's target).
    private func unconfirmedKey(_ uncertainty: Uncertainty) -> (id: String, name: String) {
        switch uncertainty.subject {
        case .system(let id), .copy(_, let id, _):
            return ("system:" + id, context.systemName(id))
        case .flowStep(let flow, let step):
            if let position = flowPosition[flow], step >= 1, step <= map.flows[position].steps.count {
                let id = map.flows[position].steps[step - 1].system
                return ("system:" + id, context.systemName(id))
            }
            return ("step:\(flow)#\(step)", "step \(step) of \(flow)")
        case .access(let role, let system):
            if uncertainty.reason == .roleCountriesUnknown { return roleKey(role) }
            return ("system:" + system, context.systemName(system))
        case .role(let role):
            return roleKey(role)
        default:
            return ("whole", "The whole offering")
        }
    }

    private func roleKey(_ id: String) -> (id: String, name: String) {
        ("role:" + id, context.index.rolePosition[id].map { map.roles[$0].name } ?? id)
    }

    private func unconfirmedHow(_ uncertainty: Uncertainty) -> OutsideGroup.How {
        switch uncertainty.subject {
        case .flowStep(let flow, let step):
            let name = flowPosition[flow].map { map.flows[$0].name } ?? flow
            return .step("step \(step) of \(name)")
        case .copy(let from, _, let kind):
            return .other("\(kind.cachedLabel) of \(context.systemName(from))")
        case .access(_, let system):
            return .other("access to \(context.systemName(system))")
        case .system:
            return .other("stored")
        default:
            return .other(uncertainty.message)
        }
    }

    static func reasonWords(_ reason: UncertaintyReason) -> String {
        switch reason {
        case .locationUnknown: return "nobody knows where it runs"
        case .locationAssumed: return "location assumed, not verified"
        case .locationPlanned: return "only planned to run there"
        case .statusNotRecorded: return "location never verified"
        case .unresolvedLocation: return "location code not in the catalogue"
        case .missingSystem: return "not in the map"
        case .roleCountriesUnknown: return "nobody wrote where its people work"
        case .missingOffering: return "the offering is not in the map"
        case .unresolvedRegion: return "the promised region has unknown terms"
        case .nothingInScope: return "nothing holds the data"
        case .aspectNotMapped: return "not mapped"
        }
    }

    /// Category ids sorted as the map lists its categories; unknown ids last, as written.
    private func inCategoryOrder(_ ids: [String]) -> [String] {
        let positions = context.index.categoryPosition
        return ids.enumerated().sorted { lhs, rhs in
            let left = positions[lhs.element] ?? Int.max
            let right = positions[rhs.element] ?? Int.max
            return left == right ? lhs.offset < rhs.offset : left < right
        }.map(\.element)
    }

    /// Place descriptions, each once, in order.
    static func uniqueDescriptions(_ places: [Place], catalogue: RegionCatalogue) -> [String] {
        var seen: Set<String> = []
        var result: [String] = []
        for place in places where seen.insert(place.code).inserted {
            result.append(catalogue.describe(place))
        }
        return result
    }
}

/// What a row of the outside tables is about.
private enum GroupKey: Hashable {
    case system(String)
    case role(String)
    case other(String)
}

/// Rows by key, in first-seen order.
private struct GroupedRows<Group> {
    private var position: [GroupKey: Int] = [:]
    private(set) var values: [Group] = []

    mutating func update(_ key: GroupKey, make: () -> Group, _ change: (inout Group) -> Void) {
        let index: Int
        if let found = position[key] {
            index = found
        } else {
            index = values.count
            position[key] = index
            values.append(make())
        }
        change(&values[index])
    }
}

/// The breaks of one system or role. Kept compact (a system may be reached by thousands of flow
/// steps): data ids are collected raw, and only the first steps are kept, the rest counted.
private struct OutsideGroup {
    enum How {
        case step(String)
        case other(String)
    }

    let first: Breach
    private var data: [String] = []
    private var steps: [Breach] = []
    private var moreSteps = 0
    private var others: [String] = []
    /// Each approving exception with the breaks it covers, in first-seen order.
    private var approved: [(exception: String, covers: [String])] = []

    init(_ breach: Breach) {
        first = breach
    }

    /// The data ids of every break, each once, in first-seen order.
    var dataIDs: [String] {
        var seen: Set<String> = []
        return data.filter { seen.insert($0).inserted }
    }

    mutating func add(_ breach: Breach, exceptions: [String], limit: Int, words: (Breach) -> How) {
        data += breach.data
        let how: How?
        if case .flowStep = breach.subject {
            if steps.count < limit {
                steps.append(breach)
            } else {
                moreSteps += 1
            }
            how = exceptions.isEmpty ? nil : words(breach)
        } else {
            let described = words(breach)
            if case .other(let other) = described, !others.contains(other) { others.append(other) }
            how = described
        }
        guard let how else { return }
        let covered: String
        switch how {
        case .step(let text), .other(let text): covered = text
        }
        for exception in exceptions {
            if let i = approved.firstIndex(where: { $0.exception == exception }) {
                if !approved[i].covers.contains(covered) { approved[i].covers.append(covered) }
            } else {
                approved.append((exception, [covered]))
            }
        }
    }

    /// "stored; step 1 of Sign up; step 4 of Checkout; 3 more steps".
    func howText(words: (Breach) -> How) -> String {
        let stepWords = steps.map { breach -> String in
            if case .step(let text) = words(breach) { return text }
            return ""
        }
        return Self.howText(others: others, steps: stepWords, more: moreSteps)
    }

    static func howText(others: [String], steps: [String], more: Int) -> String {
        var parts = others + steps
        if more > 0 { parts.append("\(more) more \(more == 1 ? "step" : "steps")") }
        return parts.joined(separator: "; ")
    }

    /// "ex-id (claim c, until 2027-01-31) for stored, step 6 of Sign up"; empty when none.
    var approvedText: String {
        approved.map { "\($0.exception) for \($0.covers.joined(separator: ", "))" }.joined(separator: "; ")
    }
}

/// The uncertainties of one system or role; only the first steps are kept, the rest counted.
private struct UnconfirmedGroup {
    let name: String
    var reasons: [String] = []
    /// Where the map says it is: the same for every uncertainty at one system, so kept once.
    var places: [Place] = []
    private var steps: [Uncertainty] = []
    private var moreSteps = 0
    private var others: [String] = []

    init(name: String) {
        self.name = name
    }

    mutating func add(_ uncertainty: Uncertainty, reason: String, limit: Int, how: (Uncertainty) -> OutsideGroup.How) {
        if !reasons.contains(reason) { reasons.append(reason) }
        if places.isEmpty { places = uncertainty.places }
        if case .flowStep = uncertainty.subject {
            if steps.count < limit { steps.append(uncertainty) } else { moreSteps += 1 }
        } else if case .other(let words) = how(uncertainty), !others.contains(words) {
            others.append(words)
        }
    }

    func howText(how: (Uncertainty) -> OutsideGroup.How) -> String {
        let stepWords = steps.map { uncertainty -> String in
            if case .step(let text) = how(uncertainty) { return text }
            return ""
        }
        return OutsideGroup.howText(others: others, steps: stepWords, more: moreSteps)
    }
}
