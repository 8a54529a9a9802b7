/// What changed between two versions of a map, item by item and field by field, and above all
/// which claims' verdicts moved and why. Built from two maps and their evaluations.
///
/// Items are matched by id; an id renamed (same content, or same name, under another id) is one
/// rename, and references to it are read under the new id, so a rename does not show as changes
/// to everything that points at it. Copies are matched by source, target and kind, grants by
/// system, flow steps by content then system. The order of top-level items and of grants is not
/// content and is not reported; a flow step that changed place is reported as moved.
public struct MapDiff: Sendable, Hashable {
    public enum Change: Sendable, Hashable {
        case added
        case removed
        case changed
        /// The id changed from this one (and maybe some fields too).
        case renamed(from: String)
        /// A flow step moved from position `from` to `to` (counted from 1).
        case moved(from: Int, to: Int)
    }

    public struct FieldChange: Sendable, Hashable {
        public var key: String
        public var old: String
        public var new: String
    }

    public struct ItemChange: Sendable, Hashable {
        public var kind: ItemKind
        /// Where the item is: in the new map, or in the old one for a removal.
        public var ref: String
        public var name: String
        public var change: Change
        public var fields: [FieldChange]
        /// The refs of what the change is also about, for explaining verdicts: a grant's role,
        /// a step's flow, a copy's two systems.
        var about: [String] = []
    }

    public struct VerdictChange: Sendable, Hashable {
        public var claimID: String
        public var claimText: String
        /// nil: the claim is new.
        public var from: Verdict?
        /// nil: the claim was removed.
        public var to: Verdict?
        /// Why, in sentences: "Error tracking moved to aws:us-east-1".
        public var because: [String]
    }

    public var items: [ItemChange]
    public var verdicts: [VerdictChange]

    public var isEmpty: Bool { items.isEmpty && verdicts.isEmpty }

    public init(old: ResidencyMap, new: ResidencyMap, oldEvaluation: Evaluation, newEvaluation: Evaluation) {
        var builder = DiffBuilder(old: old, new: new)
        builder.run()
        items = builder.changes
        verdicts = DiffBuilder.verdicts(old: oldEvaluation, new: newEvaluation, renames: builder.claimRenames,
                                        items: builder.changes, oldMap: builder.renamedOld, newMap: new)
    }

    /// Evaluates both maps as of `today`, then compares.
    public init(old: ResidencyMap, new: ResidencyMap, today: ISODate, catalogue: RegionCatalogue = .standard) {
        let evaluator = ResidencyEvaluator(catalogue: catalogue, today: today)
        self.init(old: old, new: new, oldEvaluation: evaluator.evaluate(old), newEvaluation: evaluator.evaluate(new))
    }
}

/// One diff's working state: the old map with detected renames applied, and the changes found.
private struct DiffBuilder {
    let original: ResidencyMap
    let new: ResidencyMap
    /// The old map with every detected rename applied (through the editor's rename cascade).
    var renamedOld: ResidencyMap
    var renames: [ItemKey: String] = [:]
    var claimRenames: [String: String] = [:]
    var changes: [MapDiff.ItemChange] = []

    init(old: ResidencyMap, new: ResidencyMap) {
        original = old
        self.new = new
        renamedOld = old
    }

    /// Fields not compared: the lists diffed item by item on their own.
    private static func texts(_ value: ItemValue) -> [String: String] {
        value.texts
    }

    mutating func run() {
        let sections: [(MapSection, ItemKind)] = [(.offerings, .offering), (.categories, .category), (.systems, .system),
                                                  (.roles, .role), (.flows, .flow), (.claims, .claim), (.exceptions, .exception)]
        // Renames first, section by section, so later sections compare under the new ids.
        for (section, kind) in sections { detectRenames(section, kind) }
        for (section, kind) in sections {
            compareIdentified(section, kind)
            if section == .systems { compareCopies() }
        }
    }

    private func items(_ section: MapSection, in map: ResidencyMap) -> [MapItem] {
        section == .categories ? map.dataCategories.map { .category($0) } : section.items(in: map)
    }

    private mutating func detectRenames(_ section: MapSection, _ kind: ItemKind) {
        let oldItems = items(section, in: renamedOld)
        let newItems = items(section, in: new)
        let newIDs = Set(newItems.compactMap(\.id))
        let oldIDs = Set(oldItems.compactMap(\.id))
        let gone = oldItems.filter { !newIDs.contains($0.id ?? "") }
        var arrived = newItems.filter { !oldIDs.contains($0.id ?? "") }
        func body(_ item: MapItem) -> [String: String] {
            var texts = ItemValue(item).texts
            texts["id"] = nil
            return texts
        }
        func label(_ item: MapItem) -> String? {
            let texts = ItemValue(item).texts
            return texts["name"] ?? texts["text"]
        }
        for item in gone {
            guard let oldID = item.id else { continue }
            let match = arrived.firstIndex { body($0) == body(item) }
                ?? arrived.firstIndex { label($0) != nil && label($0) == label(item) }
            guard let index = match, let newID = arrived[index].id else { continue }
            arrived.remove(at: index)
            guard let ref = ItemRef.make(kind, id: oldID), section != .categories || renamedOld.declaredCategories != nil,
                  let edit = try? MapEditor(renamedOld).rename(ref, to: newID) else { continue }
            var map = renamedOld
            do {
                for change in edit.changes { try change.apply(to: &map) }
            } catch {
                continue
            }
            renamedOld = map
            renames[ItemKey(section: section, name: newID)] = oldID
            if section == .claims { claimRenames[oldID] = newID }
        }
    }

    private mutating func compareIdentified(_ section: MapSection, _ kind: ItemKind) {
        let oldItems = items(section, in: renamedOld)
        let newItems = items(section, in: new)
        var oldByID: [String: MapItem] = [:]
        for item in oldItems { if let id = item.id, oldByID[id] == nil { oldByID[id] = item } }
        var newIDs = Set<String>()
        for item in newItems {
            guard let id = item.id else { continue }
            newIDs.insert(id)
            let ref = ItemRef.make(kind, id: id)?.description ?? id
            guard let before = oldByID[id] else {
                changes.append(.init(kind: kind, ref: ref, name: item.displayName, change: .added, fields: []))
                if case .role(let role) = item { compareGrants(role: role.id, old: [], new: role.access) }
                continue
            }
            let fields = Self.fieldChanges(ItemValue(before), ItemValue(item))
            if let oldID = renames[ItemKey(section: section, name: id)] {
                changes.append(.init(kind: kind, ref: ref, name: item.displayName, change: .renamed(from: oldID), fields: fields))
            } else if !fields.isEmpty {
                changes.append(.init(kind: kind, ref: ref, name: item.displayName, change: .changed, fields: fields))
            }
            switch (before, item) {
            case (.role(let a), .role(let b)): compareGrants(role: b.id, old: a.access, new: b.access)
            case (.flow(let a), .flow(let b)): compareSteps(flow: b.id, old: a.steps, new: b.steps)
            default: break
            }
        }
        for item in oldItems {
            guard let id = item.id, !newIDs.contains(id) else { continue }
            let ref = ItemRef.make(kind, id: id)?.description ?? id
            changes.append(.init(kind: kind, ref: ref, name: item.displayName, change: .removed, fields: []))
        }
    }

    private static func fieldChanges(_ old: ItemValue, _ new: ItemValue) -> [MapDiff.FieldChange] {
        let a = old.texts, b = new.texts
        return new.kind.fields.map(\.key).compactMap { key in
            let before = a[key] ?? "", after = b[key] ?? ""
            return before == after || key == "id" ? nil : MapDiff.FieldChange(key: key, old: before, new: after)
        }
    }

    /// Copies by source, target and kind (repeats numbered); then same ends, other kind.
    private mutating func compareCopies() {
        let oldCopies = renamedOld.copies, newCopies = new.copies
        let oldKeys = ItemKey.keys(of: oldCopies.map { .copy($0) })
        let newKeys = ItemKey.keys(of: newCopies.map { .copy($0) })
        var unmatchedOld = Dictionary(uniqueKeysWithValues: zip(oldKeys, oldCopies.indices))
        var unmatchedNew: [Int] = []
        var pairs: [(Int, Int)] = []
        for (index, key) in newKeys.enumerated() {
            if let old = unmatchedOld.removeValue(forKey: key) { pairs.append((old, index)) } else { unmatchedNew.append(index) }
        }
        var leftOld = unmatchedOld.values.sorted()
        for index in unmatchedNew {
            let copy = newCopies[index]
            if let found = leftOld.firstIndex(where: { oldCopies[$0].from == copy.from && oldCopies[$0].to == copy.to }) {
                pairs.append((leftOld.remove(at: found), index))
            } else {
                changes.append(.init(kind: .copy, ref: ItemRef.copy(index).description, name: MapItem.copy(copy).displayName,
                                     change: .added, fields: [], about: ["system:\(copy.from)", "system:\(copy.to)"]))
            }
        }
        for (old, index) in pairs.sorted(by: { $0.1 < $1.1 }) {
            let fields = Self.fieldChanges(.copy(oldCopies[old]), .copy(newCopies[index]))
            if !fields.isEmpty {
                let copy = newCopies[index]
                changes.append(.init(kind: .copy, ref: ItemRef.copy(index).description, name: MapItem.copy(copy).displayName,
                                     change: .changed, fields: fields, about: ["system:\(copy.from)", "system:\(copy.to)"]))
            }
        }
        for old in leftOld {
            let copy = oldCopies[old]
            changes.append(.init(kind: .copy, ref: ItemRef.copy(old).description, name: MapItem.copy(copy).displayName,
                                 change: .removed, fields: [], about: ["system:\(copy.from)", "system:\(copy.to)"]))
        }
    }

    /// Grants by system (repeats in order); their order in the role is not content.
    private mutating func compareGrants(role: String, old: [AccessGrant], new: [AccessGrant]) {
        var left = Array(old.indices)
        for (index, grant) in new.enumerated() {
            let ref = ItemRef.grant(role: role, index: index).description
            let name = "\(role) access to \(grant.system)"
            guard let found = left.firstIndex(where: { old[$0] == grant }) ?? left.firstIndex(where: { old[$0].system == grant.system }) else {
                changes.append(.init(kind: .grant, ref: ref, name: name, change: .added, fields: [], about: ["role:\(role)"]))
                continue
            }
            let fields = Self.fieldChanges(.grant(old[left.remove(at: found)]), .grant(grant))
            if !fields.isEmpty {
                changes.append(.init(kind: .grant, ref: ref, name: name, change: .changed, fields: fields, about: ["role:\(role)"]))
            }
        }
        for index in left {
            changes.append(.init(kind: .grant, ref: ItemRef.grant(role: role, index: index).description,
                                 name: "\(role) access to \(old[index].system)", change: .removed, fields: [], about: ["role:\(role)"]))
        }
    }

    /// Steps by equal content, then by system; a matched step out of the old order moved.
    private mutating func compareSteps(flow: String, old: [FlowStep], new: [FlowStep]) {
        var oldFor = [Int?](repeating: nil, count: new.count)
        var used = Set<Int>()
        for (index, step) in new.enumerated() {
            if let found = old.indices.first(where: { !used.contains($0) && old[$0] == step }) {
                oldFor[index] = found
                used.insert(found)
            }
        }
        for (index, step) in new.enumerated() where oldFor[index] == nil {
            if let found = old.indices.first(where: { !used.contains($0) && old[$0].system == step.system }) {
                oldFor[index] = found
                used.insert(found)
            }
        }
        let kept = Self.longestIncreasing(oldFor.compactMap { $0 })
        for (index, step) in new.enumerated() {
            let ref = ItemRef.step(flow: flow, index: index).description
            let name = "\(flow) step at \(step.system)"
            guard let before = oldFor[index] else {
                changes.append(.init(kind: .step, ref: ref, name: name, change: .added, fields: [], about: ["flow:\(flow)"]))
                continue
            }
            let fields = Self.fieldChanges(.step(old[before]), .step(step))
            if !kept.contains(before) {
                changes.append(.init(kind: .step, ref: ref, name: name, change: .moved(from: before + 1, to: index + 1), fields: fields,
                                     about: ["flow:\(flow)"]))
            } else if !fields.isEmpty {
                changes.append(.init(kind: .step, ref: ref, name: name, change: .changed, fields: fields, about: ["flow:\(flow)"]))
            }
        }
        for index in old.indices where !used.contains(index) {
            changes.append(.init(kind: .step, ref: ItemRef.step(flow: flow, index: index).description,
                                 name: "\(flow) step at \(old[index].system)", change: .removed, fields: [], about: ["flow:\(flow)"]))
        }
    }

    /// The values of one longest increasing subsequence: the steps that kept their order.
    private static func longestIncreasing(_ values: [Int]) -> Set<Int> {
        guard !values.isEmpty else { return [] }
        var length = [Int](repeating: 1, count: values.count)
        var previous = [Int](repeating: -1, count: values.count)
        for i in values.indices {
            for j in 0..<i where values[j] < values[i] && length[j] + 1 > length[i] {
                length[i] = length[j] + 1
                previous[i] = j
            }
        }
        var best = length.indices.max { length[$0] < length[$1] } ?? 0
        var result = Set<Int>()
        while best >= 0 {
            result.insert(values[best])
            best = previous[best]
        }
        return result
    }

    // MARK: Verdicts

    static func verdicts(old: Evaluation, new: Evaluation, renames: [String: String], items: [MapDiff.ItemChange],
                         oldMap: ResidencyMap, newMap: ResidencyMap) -> [MapDiff.VerdictChange] {
        var before: [String: ClaimResult] = [:]
        for result in old.claims { before[renames[result.claim.id] ?? result.claim.id] = result }
        var changesByRef: [String: [MapDiff.ItemChange]] = [:]
        for change in items {
            for ref in [change.ref] + change.about { changesByRef[ref, default: []].append(change) }
        }
        var result: [MapDiff.VerdictChange] = []
        var seen = Set<String>()
        for now in new.claims {
            seen.insert(now.claim.id)
            let was = before[now.claim.id]
            guard was?.verdict != now.verdict else { continue }
            var because: [String] = []
            if let was {
                because = reasons(was: was, now: now, changes: changesByRef, oldMap: oldMap, newMap: newMap)
            } else {
                because = ["the claim is new"]
            }
            result.append(.init(claimID: now.claim.id, claimText: now.claim.text, from: was?.verdict, to: now.verdict, because: because))
        }
        for was in old.claims where !seen.contains(renames[was.claim.id] ?? was.claim.id) {
            result.append(.init(claimID: was.claim.id, claimText: was.claim.text, from: was.verdict, to: nil,
                                because: ["the claim was removed"]))
        }
        return result
    }

    /// What moved the verdict: changes to the claim itself, then to the systems and roles of the
    /// breaches and uncertainties that came or went; failing those, the breaches themselves.
    private static func reasons(was: ClaimResult, now: ClaimResult, changes: [String: [MapDiff.ItemChange]],
                                oldMap: ResidencyMap, newMap: ResidencyMap) -> [String] {
        var reasons: [String] = []
        func add(_ text: String) { if !reasons.contains(text) { reasons.append(text) } }
        for change in changes["claim:\(now.claim.id)"] ?? [] {
            for field in change.fields { add("the claim's \(field.key) changed from \(shown(field.old)) to \(shown(field.new))") }
        }
        struct Key: Hashable { var aspect: ClaimScope?; var subject: MapElement; var covered: Bool }
        let oldBreaches = Set(was.breaches.map { Key(aspect: $0.aspect, subject: $0.subject, covered: $0.isCovered) })
        let newBreaches = Set(now.breaches.map { Key(aspect: $0.aspect, subject: $0.subject, covered: $0.isCovered) })
        let oldDoubts = Set(was.uncertainties.map { Key(aspect: $0.aspect, subject: $0.subject, covered: false) })
        let newDoubts = Set(now.uncertainties.map { Key(aspect: $0.aspect, subject: $0.subject, covered: false) })
        let came = now.breaches.filter { !oldBreaches.contains(Key(aspect: $0.aspect, subject: $0.subject, covered: $0.isCovered)) }
        let went = was.breaches.filter { !newBreaches.contains(Key(aspect: $0.aspect, subject: $0.subject, covered: $0.isCovered)) }
        let doubted = now.uncertainties.filter { !oldDoubts.contains(Key(aspect: $0.aspect, subject: $0.subject, covered: false)) }
        let cleared = was.uncertainties.filter { !newDoubts.contains(Key(aspect: $0.aspect, subject: $0.subject, covered: false)) }
        func explain(_ subject: MapElement, fallback: String) {
            var explained = false
            for ref in refs(of: subject) {
                for change in changes[ref] ?? [] {
                    add(sentence(change, map: newMap))
                    explained = true
                }
            }
            if !explained { add(fallback) }
        }
        for breach in came { explain(breach.subject, fallback: breach.message) }
        for doubt in doubted { explain(doubt.subject, fallback: doubt.message) }
        for breach in went { explain(breach.subject, fallback: "no longer: \(breach.message)") }
        for doubt in cleared { explain(doubt.subject, fallback: "no longer: \(doubt.message)") }
        return Array(reasons.prefix(5))
    }

    /// The diff refs an element's change would be under.
    private static func refs(of element: MapElement) -> [String] {
        var refs = element.systemIDs.map { "system:\($0)" }
        if let role = element.roleID { refs.append("role:\(role)") }
        if let flow = element.flowID { refs.append("flow:\(flow)") }
        return refs
    }

    /// "Error tracking moved to aws:us-east-1", "Support leads: countries CA -> CA, US".
    private static func sentence(_ change: MapDiff.ItemChange, map: ResidencyMap) -> String {
        switch change.change {
        case .added: return "\(change.kind.noun) \(change.name) was added"
        case .removed: return "\(change.kind.noun) \(change.name) was removed"
        case .moved(let from, let to): return "\(change.name) moved from step \(from) to \(to)"
        case .changed, .renamed:
            if let location = change.fields.first(where: { $0.key == "location" }) {
                return "\(change.name) moved to \(shown(location.new))"
            }
            let fields = change.fields.map { "\($0.key) \(shown($0.old)) -> \(shown($0.new))" }
            return "\(change.name): " + (fields.isEmpty ? "renamed" : fields.joined(separator: ", "))
        }
    }

    private static func shown(_ text: String) -> String { text.isEmpty ? "(none)" : text }
}
