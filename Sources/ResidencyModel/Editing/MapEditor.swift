/// Builds edits against one map: replace a thing with a new value, add, delete with everything
/// that refers to it, rename an id everywhere, duplicate, move a flow step. Every edit comes out
/// as a `MapEdit` (primitive changes with an exact inverse); nothing here validates: the
/// document's commit path does that once for every kind of edit.
public struct MapEditor: Sendable {
    public let map: ResidencyMap

    public init(_ map: ResidencyMap) {
        self.map = map
    }

    // MARK: Replace

    /// The edit that makes `ref` hold `value`. A changed id renames the item everywhere.
    public func replace(_ ref: ItemRef, with value: ItemValue) -> MapEdit {
        var recorder = ChangeRecorder(map)
        let old = ref.value(in: map)
        let name = old?.displayName ?? value.displayName
        var renames: [MapEdit.Rename] = []
        switch (ref, value) {
        case (.map, .map(let header)):
            recorder.header(header)
        case (.signOff(let index), .signOff(let signOff)):
            var header = recorder.map.header
            if header.signOffs.indices.contains(index) { header.signOffs[index] = signOff }
            recorder.header(header)
        case (.gap(let index), .gap(let gap)):
            var header = recorder.map.header
            if header.gaps.indices.contains(index) { header.gaps[index] = gap }
            recorder.header(header)
        case (.grant(let role, let index), .grant(let grant)):
            updateRole(role, in: &recorder) { if $0.access.indices.contains(index) { $0.access[index] = grant } }
        case (.step(let flow, let index), .step(let step)):
            updateFlow(flow, in: &recorder) { if $0.steps.indices.contains(index) { $0.steps[index] = step } }
        case (.copy(let index), .copy(let copy)):
            recorder.replace(.copies, at: index, with: .copy(copy))
            if case .copy(let old)? = old, (old.from, old.to, old.kind) != (copy.from, copy.to, copy.kind) {
                // Exceptions on the copy follow it to its new ends or kind.
                Self.updateExceptions(in: &recorder) {
                    if case .copy(old.from, old.to, old.kind) = $0.covers {
                        $0.covers = .copy(from: copy.from, to: copy.to, kind: copy.kind)
                    }
                }
            }
        default:
            guard let section = ref.kind.section, let oldID = ref.idValue, let newItem = value.item,
                  let index = section.index(ofID: oldID, in: map) else { break }
            var item = newItem
            if let newID = value.id, newID != oldID {
                renames.append(MapEdit.Rename(section: section, from: oldID, to: newID))
                // A role keeps its grants and a flow its steps through the form; keep them here too.
                item = newItem
                recorder.replace(section, at: index, with: item)
                Self.renameReferences(section, from: oldID, to: newID, in: &recorder)
                Self.updateGaps(in: &recorder) { $0.renamed(section, from: oldID, to: newID) }
            } else {
                recorder.replace(section, at: index, with: item)
            }
        }
        let label = renames.isEmpty ? "Edit \(ref.kind.noun) \(name)"
            : "Rename \(ref.kind.noun) \(renames[0].from) to \(renames[0].to)"
        return MapEdit(label: label, changes: recorder.changes, renames: renames)
    }

    /// Changes one field of `ref` by its text (`resmap set`), or says why the text is wrong.
    public func set(_ ref: ItemRef, field: String, to text: String) throws(FieldError) -> MapEdit {
        guard let old = ref.value(in: map) else {
            throw FieldError(key: "item", message: "the map has no \(ref.kind.noun) \(ref)")
        }
        let new = try old.setting(field, to: text)
        var edit = replace(ref, with: new)
        let label = ref.kind.field(field)?.label.lowercased() ?? field
        if edit.renames.isEmpty { edit.label = "Set \(label) of \(old.displayName) to \(text)" }
        return edit
    }

    /// The edit that renames `ref`'s id and every reference to it.
    public func rename(_ ref: ItemRef, to newID: String) throws(FieldError) -> MapEdit {
        guard let old = ref.value(in: map), ref.idValue != nil else {
            throw FieldError(key: "item", message: "only items with ids can be renamed")
        }
        return replace(ref, with: try old.setting("id", to: newID))
    }

    // MARK: Add

    /// Adds `value` at the end of its list, or for a grant or step, to the role or flow `owner`
    /// (a step at `position`, from 0; default the end). Returns the edit and where the new thing is.
    public func add(_ value: ItemValue, owner: String? = nil, position: Int? = nil) -> (edit: MapEdit, ref: ItemRef)? {
        var recorder = ChangeRecorder(map)
        let ref: ItemRef
        switch value {
        case .map:
            return nil
        case .signOff(let signOff):
            var header = map.header
            header.signOffs.append(signOff)
            recorder.header(header)
            ref = .signOff(map.header.signOffs.count)
        case .gap(let gap):
            var header = map.header
            header.gaps.append(gap)
            recorder.header(header)
            ref = .gap(map.header.gaps.count)
        case .grant(let grant):
            guard let owner, let role = map.roles.first(where: { $0.id == owner }) else { return nil }
            updateRole(owner, in: &recorder) { $0.access.append(grant) }
            ref = .grant(role: owner, index: role.access.count)
        case .step(let step):
            guard let owner, let flow = map.flows.first(where: { $0.id == owner }) else { return nil }
            let index = min(max(position ?? flow.steps.count, 0), flow.steps.count)
            updateFlow(owner, in: &recorder) {
                $0.steps.insert(step, at: index)
                Self.shiftOrigins(in: &$0, from: index + 1, by: 1, after: index)
            }
            Self.shiftStepExceptions(flow: owner, from: index + 1, by: 1, in: &recorder)
            ref = .step(flow: owner, index: index)
        default:
            guard let item = value.item else { return nil }
            let index = item.section.count(in: recorder.map) + (item.section == .categories && map.declaredCategories == nil
                ? map.dataCategories.count : 0)
            recorder.insert(item, at: index)
            if case .copy = item {
                ref = .copy(index)
            } else if let id = item.id, let made = ItemRef.make(value.kind, id: id) {
                ref = made
            } else {
                return nil
            }
        }
        let label: String
        switch value {
        case .grant(let grant): label = "Give \(owner ?? "") access to \(grant.system)"
        case .signOff(let signOff): label = "Add a sign-off by \(signOff.by)"
        case .gap(let gap): label = "Mark a gap (\(gap.team)) on \(gap.about)"
        case .step(let step): label = "Add a step at \(step.system) to \(owner ?? "")"
        default: label = "Add \(value.kind.noun) \(value.displayName)"
        }
        return (MapEdit(label: label, changes: recorder.changes), ref)
    }

    /// A copy of `ref` placed after it, with a fresh id and "(copy)" after its name.
    public func duplicate(_ ref: ItemRef) -> (edit: MapEdit, ref: ItemRef)? {
        guard let value = ref.value(in: map) else { return nil }
        var texts = value.texts
        if let id = value.id, let section = ref.kind.section {
            texts["id"] = freshID(from: id, in: section)
            if let name = texts["name"] { texts["name"] = name + " (copy)" }
        }
        guard let copy = try? ItemValue.make(value.kind, from: texts, base: value) else { return nil }
        switch ref {
        case .grant(let role, _): return add(copy, owner: role)
        case .step(let flow, let index): return add(copy, owner: flow, position: index + 1)
        default: return add(copy)
        }
    }

    /// `base-copy`, `base-copy-2`, ...: an id no item of the section has.
    public func freshID(from base: String, in section: MapSection) -> String {
        var candidate = base + "-copy"
        var number = 2
        while section.index(ofID: candidate, in: map) != nil {
            candidate = "\(base)-copy-\(number)"
            number += 1
        }
        return candidate
    }

    // MARK: Move

    /// Moves a flow step up (-1) or down (+1); exceptions on the two steps follow them.
    public func moveStep(flow: String, index: Int, by offset: Int) -> (edit: MapEdit, ref: ItemRef)? {
        guard let found = map.flows.first(where: { $0.id == flow }) else { return nil }
        let target = index + offset
        guard found.steps.indices.contains(index), found.steps.indices.contains(target) else { return nil }
        var recorder = ChangeRecorder(map)
        updateFlow(flow, in: &recorder) { flow in
            flow.steps.swapAt(index, target)
            // `from:` numbers follow the two steps.
            for s in flow.steps.indices {
                guard case .step(let number)? = flow.steps[s].from else { continue }
                if number == index + 1 { flow.steps[s].from = .step(target + 1) }
                if number == target + 1 { flow.steps[s].from = .step(index + 1) }
            }
        }
        recorder.update(.exceptions) { item in
            guard case .exception(var exception) = item, case .flowStep(let f, let step) = exception.covers, f == flow
            else { return item }
            if step == index + 1 { exception.covers = .flowStep(flow: flow, step: target + 1) }
            if step == target + 1 { exception.covers = .flowStep(flow: flow, step: index + 1) }
            return .exception(exception)
        }
        let direction = offset < 0 ? "up" : "down"
        return (MapEdit(label: "Move step \(index + 1) of \(found.name) \(direction)", changes: recorder.changes),
                .step(flow: flow, index: target))
    }

    // MARK: Remove

    /// Deletes `ref` and takes along what cannot stand without it: copies, grants and steps at a
    /// deleted system, exceptions covering it, a deleted claim's exceptions, an offering's claims.
    public func remove(_ ref: ItemRef) -> MapEdit {
        var recorder = ChangeRecorder(map)
        let name = ref.value(in: map)?.displayName ?? ref.description
        switch ref {
        case .map:
            break
        case .signOff(let index):
            var header = map.header
            if header.signOffs.indices.contains(index) { header.signOffs.remove(at: index) }
            recorder.header(header)
        case .gap(let index):
            var header = map.header
            if header.gaps.indices.contains(index) { header.gaps.remove(at: index) }
            recorder.header(header)
        case .copy(let index):
            recorder.remove(.copies, at: index)
            if map.copies.indices.contains(index) {
                let copy = map.copies[index]
                Self.removeCopyExceptions(in: &recorder) { $0.from == copy.from && $0.to == copy.to && $0.kind == copy.kind }
            }
        case .grant(let role, let index):
            updateRole(role, in: &recorder) { if $0.access.indices.contains(index) { $0.access.remove(at: index) } }
        case .step(let flow, let index):
            removeStep(flow: flow, index: index, in: &recorder)
        default:
            guard let section = ref.kind.section, let id = ref.idValue, let index = section.index(ofID: id, in: map) else { break }
            recorder.remove(section, at: index)
            Self.removeReferences(section, to: id, in: &recorder, editor: self)
            // Gap marks about what is gone go with it (the validator would refuse them).
            Self.updateGaps(in: &recorder) { $0.isInside(section, id: id) ? nil : $0 }
        }
        return MapEdit(label: "Delete \(ref.kind.noun) \(name)", changes: recorder.changes)
    }

    /// What else a delete of `ref` changes, in words: the confirmation lists these.
    public func referrers(of ref: ItemRef) -> [String] {
        let edit = remove(ref)
        return edit.changes.dropFirst().compactMap { change in
            switch change {
            case .remove(.copy(let copy), _):
                return "removes the \(copy.kind.label) copy \(systemName(copy.from)) -> \(systemName(copy.to))"
            case .remove(let item, _): return "removes \(item.section.noun) \(item.displayName)"
            case .replace(let old, let new, _): return "changes \(old.section.noun) \(old.displayName)" + Self.what(changedFrom: old, to: new)
            case .insert, .header, .declaredCategories: return nil
            }
        }
    }

    private func systemName(_ id: String) -> String {
        map.systems.first { $0.id == id }?.name ?? id
    }

    private static func what(changedFrom old: MapItem, to new: MapItem) -> String {
        switch (old, new) {
        case (.role(let a), .role(let b)) where a.access.count != b.access.count:
            return " (loses \(a.access.count - b.access.count) access grant\(a.access.count - b.access.count == 1 ? "" : "s"))"
        case (.flow(let a), .flow(let b)) where a.steps.count != b.steps.count:
            return " (loses \(a.steps.count - b.steps.count) step\(a.steps.count - b.steps.count == 1 ? "" : "s"))"
        case (.system(let a), .system(let b)) where !a.offerings.isEmpty && b.offerings.isEmpty:
            return " (becomes shared by all offerings)"
        default:
            return ""
        }
    }

    // MARK: Cascades

    private func updateRole(_ id: String, in recorder: inout ChangeRecorder, _ change: (inout Role) -> Void) {
        guard let index = recorder.map.roles.firstIndex(where: { $0.id == id }) else { return }
        var role = recorder.map.roles[index]
        change(&role)
        recorder.replace(.roles, at: index, with: .role(role))
    }

    private func updateFlow(_ id: String, in recorder: inout ChangeRecorder, _ change: (inout Flow) -> Void) {
        guard let index = recorder.map.flows.firstIndex(where: { $0.id == id }) else { return }
        var flow = recorder.map.flows[index]
        change(&flow)
        recorder.replace(.flows, at: index, with: .flow(flow))
    }

    fileprivate func removeStep(flow: String, index: Int, in recorder: inout ChangeRecorder) {
        updateFlow(flow, in: &recorder) { flow in
            guard flow.steps.indices.contains(index) else { return }
            // Steps that got their data from the deleted step now get it from where it got its own.
            let inherited: StepOrigin? = {
                switch flow.source(ofStep: index) {
                case .start: return .step(0)
                case .step(let earlier): return .step(earlier + 1)
                case .system(let id): return .system(id)
                }
            }()
            let explicit = flow.steps[index].from != nil
            flow.steps.remove(at: index)
            for s in flow.steps.indices where s >= index {
                switch flow.steps[s].from {
                case .step(let number)? where number == index + 1:
                    flow.steps[s].from = inherited
                case .step(let number)? where number > index + 1:
                    flow.steps[s].from = .step(number - 1)
                case nil where s == index && explicit:
                    flow.steps[s].from = inherited
                default:
                    break
                }
                // A number that now means "the step before" is written as the default.
                if case .step(let number)? = flow.steps[s].from, number == s, number > 0 { flow.steps[s].from = nil }
                if s == 0, case .step(0)? = flow.steps[s].from { flow.steps[s].from = nil }
            }
        }
        recorder.removeAll(.exceptions) { item in
            if case .exception(let e) = item, case .flowStep(flow, index + 1) = e.covers { return true }
            return false
        }
        Self.shiftStepExceptions(flow: flow, from: index + 2, by: -1, in: &recorder)
    }

    /// Renumbers `from:` step numbers `first` (counted from 1) onward, in steps after `after`.
    private static func shiftOrigins(in flow: inout Flow, from first: Int, by offset: Int, after: Int) {
        for s in flow.steps.indices where s > after {
            if case .step(let number)? = flow.steps[s].from, number >= first { flow.steps[s].from = .step(number + offset) }
        }
    }

    /// Removes the exceptions that cover a copy matching `matches`.
    private static func removeCopyExceptions(in recorder: inout ChangeRecorder, _ matches: @escaping (DataCopy) -> Bool) {
        recorder.removeAll(.exceptions) { item in
            if case .exception(let e) = item, case .copy(let from, let to, let kind) = e.covers {
                return matches(DataCopy(from: from, to: to, kind: kind))
            }
            return false
        }
    }

    /// Renumbers exceptions on steps `from` (counted from 1) onward.
    private static func shiftStepExceptions(flow: String, from first: Int, by offset: Int, in recorder: inout ChangeRecorder) {
        recorder.update(.exceptions) { item in
            guard case .exception(var exception) = item, case .flowStep(let f, let step) = exception.covers,
                  f == flow, step >= first else { return item }
            exception.covers = .flowStep(flow: flow, step: step + offset)
            return .exception(exception)
        }
    }

    static func renameReferences(_ section: MapSection, from old: String, to new: String, in recorder: inout ChangeRecorder) {
        func swap(_ id: String) -> String { id == old ? new : id }
        func swapAll(_ ids: [String]) -> [String] { ids.map(swap) }
        switch section {
        case .systems:
            recorder.update(.copies) { item in
                guard case .copy(var copy) = item else { return item }
                copy.from = swap(copy.from)
                copy.to = swap(copy.to)
                return .copy(copy)
            }
            recorder.update(.roles) { item in
                guard case .role(var role) = item else { return item }
                for g in role.access.indices { role.access[g].system = swap(role.access[g].system) }
                return .role(role)
            }
            recorder.update(.flows) { item in
                guard case .flow(var flow) = item else { return item }
                for s in flow.steps.indices {
                    flow.steps[s].system = swap(flow.steps[s].system)
                    if case .system(old)? = flow.steps[s].from { flow.steps[s].from = .system(new) }
                }
                return .flow(flow)
            }
            updateExceptions(in: &recorder) {
                if case .system(old) = $0.covers { $0.covers = .system(new) }
                if case .copy(let from, let to, let kind) = $0.covers { $0.covers = .copy(from: swap(from), to: swap(to), kind: kind) }
            }
        case .roles:
            updateExceptions(in: &recorder) { if case .role(old) = $0.covers { $0.covers = .role(new) } }
        case .flows:
            updateExceptions(in: &recorder) {
                if case .flowStep(old, let step) = $0.covers { $0.covers = .flowStep(flow: new, step: step) }
            }
        case .claims:
            updateExceptions(in: &recorder) { $0.claim = swap($0.claim) }
        case .offerings:
            recorder.update(.systems) { item in
                guard case .system(var system) = item else { return item }
                system.offerings = swapAll(system.offerings)
                return .system(system)
            }
            recorder.update(.claims) { item in
                guard case .claim(var claim) = item else { return item }
                claim.offering = swap(claim.offering)
                return .claim(claim)
            }
        case .categories:
            updateCategoryLists(in: &recorder) { swapAll($0) }
        case .copies, .exceptions:
            break
        }
    }

    static func removeReferences(_ section: MapSection, to id: String, in recorder: inout ChangeRecorder, editor: MapEditor) {
        switch section {
        case .systems:
            recorder.removeAll(.copies) { item in
                if case .copy(let copy) = item { return copy.from == id || copy.to == id }
                return false
            }
            recorder.update(.roles) { item in
                guard case .role(var role) = item else { return item }
                role.access.removeAll { $0.system == id }
                return .role(role)
            }
            for flow in recorder.map.flows {
                for index in flow.steps.indices.reversed() where flow.steps[index].system == id {
                    editor.removeStep(flow: flow.id, index: index, in: &recorder)
                }
            }
            // A step whose data came from the deleted system, outside the path, now comes from the step before.
            recorder.update(.flows) { item in
                guard case .flow(var flow) = item else { return item }
                for s in flow.steps.indices { if case .system(id)? = flow.steps[s].from { flow.steps[s].from = nil } }
                return .flow(flow)
            }
            recorder.removeAll(.exceptions) { item in
                if case .exception(let e) = item, case .system(id) = e.covers { return true }
                return false
            }
            removeCopyExceptions(in: &recorder) { $0.from == id || $0.to == id }
        case .roles:
            recorder.removeAll(.exceptions) { item in
                if case .exception(let e) = item, case .role(id) = e.covers { return true }
                return false
            }
        case .flows:
            recorder.removeAll(.exceptions) { item in
                if case .exception(let e) = item, case .flowStep(id, _) = e.covers { return true }
                return false
            }
        case .claims:
            recorder.removeAll(.exceptions) { item in
                if case .exception(let e) = item { return e.claim == id }
                return false
            }
        case .offerings:
            let claims = recorder.map.claims.filter { $0.offering == id }.map(\.id)
            recorder.removeAll(.claims) { item in
                if case .claim(let claim) = item { return claim.offering == id }
                return false
            }
            for claim in claims { removeReferences(.claims, to: claim, in: &recorder, editor: editor) }
            recorder.update(.systems) { item in
                guard case .system(var system) = item else { return item }
                system.offerings.removeAll { $0 == id }
                return .system(system)
            }
        case .categories:
            updateCategoryLists(in: &recorder) { ids in ids.filter { $0 != id } }
        case .copies, .exceptions:
            break
        }
    }

    /// Rewrites what each gap mark is about; nil drops the mark.
    static func updateGaps(in recorder: inout ChangeRecorder, _ change: (ItemRef) -> ItemRef?) {
        var header = recorder.map.header
        header.gaps = header.gaps.compactMap { gap in
            guard let about = change(gap.about) else { return nil }
            var moved = gap
            moved.about = about
            return moved
        }
        recorder.header(header)
    }

    private static func updateExceptions(in recorder: inout ChangeRecorder, _ change: (inout ClaimException) -> Void) {
        recorder.update(.exceptions) { item in
            guard case .exception(var exception) = item else { return item }
            change(&exception)
            return .exception(exception)
        }
    }

    /// Systems', steps' and claims' category lists.
    private static func updateCategoryLists(in recorder: inout ChangeRecorder, _ change: ([String]) -> [String]) {
        recorder.update(.systems) { item in
            guard case .system(var system) = item else { return item }
            system.data = change(system.data)
            return .system(system)
        }
        recorder.update(.flows) { item in
            guard case .flow(var flow) = item else { return item }
            for s in flow.steps.indices { flow.steps[s].data = change(flow.steps[s].data) }
            return .flow(flow)
        }
        recorder.update(.claims) { item in
            guard case .claim(var claim) = item else { return item }
            claim.data = claim.data.map(change)
            return .claim(claim)
        }
    }
}
