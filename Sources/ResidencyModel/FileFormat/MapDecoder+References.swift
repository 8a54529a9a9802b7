/// The kinds of things a map gives ids to.
enum IDKind: Hashable {
    case offering, category, system, role, flow, claim, exception

    var noun: String {
        switch self {
        case .offering: return "offering"
        case .category: return "data category"
        case .system: return "system"
        case .role: return "role"
        case .flow: return "flow"
        case .claim: return "claim"
        case .exception: return "exception"
        }
    }

    /// The top-level key the declarations live under.
    var section: String {
        switch self {
        case .offering: return "offerings"
        case .category: return "data_categories"
        case .system: return "systems"
        case .role: return "roles"
        case .flow: return "flows"
        case .claim: return "claims"
        case .exception: return "exceptions"
        }
    }
}

/// Every id declared so far and every reference still to check, so references may point forward.
struct DeclarationIndex {
    struct Reference {
        let kind: IDKind
        let id: String
        let position: SourcePosition?
        let key: String
        let what: String
    }

    struct StepReference {
        let flow: String
        let step: Int
        let position: SourcePosition?
        let what: String
    }

    var declared: [IDKind: [String: SourcePosition?]] = [:]
    /// Whether the file has a `data_categories` section (otherwise the defaults are in force).
    var categoriesDeclared = false
    var isNewerFormat = false
    var flowStepCounts: [String: Int] = [:]
    /// Where each copy starts, in file order (copies have no id to be found by).
    var copyPositions: [SourcePosition?] = []
    var references: [Reference] = []
    var stepReferences: [StepReference] = []
}

extension MapDecoder {
    /// Reads an item's `id`, checks its shape and that no earlier item of the same kind has it.
    mutating func declaredID(_ fields: Fields, what: String, in kind: IDKind) -> String? {
        guard let entry = fields["id"] else { return nil }
        guard let id = checkedID(entry, key: "id", what: what) else { return nil }
        if let first = declarations.declared[kind]?[id] {
            let firstWhere = first.map { " (first declared at line \($0.line), column \($0.column))" } ?? ""
            report(entry.valuePosition, "duplicate \(kind.noun) id \(UserText.quoted(id))\(firstWhere)",
                   fix: "give each \(kind.noun) its own id")
            return nil
        }
        declarations.declared[kind, default: [:]][id] = entry.valuePosition
        return id
    }

    /// One id naming something declared elsewhere; checked once the whole file is read.
    mutating func reference(_ entry: Fields.Entry?, key: String, what: String, to kind: IDKind) -> String? {
        guard let entry else { return nil }
        guard let id = checkedID(entry, key: key, what: what) else { return nil }
        declarations.references.append(.init(kind: kind, id: id, position: entry.valuePosition, key: key, what: what))
        return id
    }

    /// A list of ids naming things declared elsewhere.
    mutating func references(_ entry: Fields.Entry?, key: String, what: String, to kind: IDKind) -> [String] {
        let items = scalarList(entry, key: key, what: what)
        for item in items {
            declarations.references.append(
                .init(kind: kind, id: item.text, position: item.position, key: key, what: what))
        }
        return items.map(\.text)
    }

    /// An id: one word, no spaces or control characters.
    private mutating func checkedID(_ entry: Fields.Entry, key: String, what: String) -> String? {
        guard let id = scalarText(entry, key: key, what: what, expected: "an id") else {
            if entry.isNull { reportEmpty(entry, what: what) }
            return nil
        }
        guard IDRules.problem(with: id) == nil else {
            report(entry.valuePosition, "the '\(key)' \(UserText.quoted(id)) of \(what) is not a single word",
                   fix: "use letters, digits and dashes without spaces, such as 'db-main'")
            return nil
        }
        return id
    }

    /// Reports every reference to an id nobody declared, and exception steps past a flow's end.
    mutating func resolveReferences() {
        var knownIDs = declarations.declared.mapValues { Set($0.keys) }
        if !declarations.categoriesDeclared {
            knownIDs[.category] = Set(DataCategory.defaults.map(\.id))
        }
        for reference in declarations.references {
            let known = knownIDs[reference.kind] ?? []
            guard let problem = ReferenceRule.problem(
                id: reference.id, noun: reference.kind.noun, section: reference.kind.section, known: known,
                key: reference.key, what: reference.what,
                defaultCategories: reference.kind == .category && !declarations.categoriesDeclared) else { continue }
            report(reference.position, problem.message, fix: problem.fix)
        }
        for reference in declarations.stepReferences {
            guard let count = declarations.flowStepCounts[reference.flow], reference.step > count else { continue }
            let flow = UserText.quoted(reference.flow)
            report(reference.position,
                   "\(reference.what) names step \(reference.step) of flow \(flow), which has \(count) step\(count == 1 ? "" : "s")",
                   fix: count == 0 ? "add steps to flow \(flow) first" : "steps count from 1 to \(count)")
        }
    }
}
