import ResidencyModel

/// A list over the screen of the items that belong to the selection: a role's access grants, a
/// flow's steps, the copies from or into a system, a claim's exceptions, the offerings, the data
/// categories. Each row can be edited, added to, duplicated, deleted (and steps moved).
public struct ItemListState: Sendable {
    public var list: EditList
    public var selection: Int = 0
    public var offset: Int = 0

    public init(list: EditList) {
        self.list = list
    }

    public struct Row: Sendable, Hashable {
        public var ref: ItemRef
        public var label: String
        public var detail: String
    }

    public var title: String {
        switch list {
        case .copies(let system): return "Copies from and into \(system)"
        case .grants(let role): return "Access grants of \(role)"
        case .steps(let flow): return "Steps of \(flow)"
        case .exceptions(let claim): return "Exceptions to \(claim)"
        case .offerings: return "Offerings"
        case .categories: return "Data categories"
        case .signOffs: return "Sign-offs"
        }
    }

    /// The rows, read from the map as it is now (a list of one thing's items, never the whole map).
    public func rows(in state: AppState) -> [Row] {
        let map = state.map
        let lookup = MapLookup.for(state)
        switch list {
        case .copies(let system):
            guard let position = lookup.systemPosition(system) else { return [] }
            let indexes = (lookup.copiesFrom[position] + lookup.copiesInto[position]).sorted()
            return indexes.map { index in
                let copy = map.copies[index]
                return Row(ref: .copy(index), label: "\(copy.kind.label): \(lookup.systemName(copy.from)) -> \(lookup.systemName(copy.to))",
                           detail: copy.schedule ?? "")
            }
        case .grants(let role):
            guard let found = lookup.role(role) else { return [] }
            return found.access.enumerated().map { index, grant in
                Row(ref: .grant(role: role, index: index), label: lookup.systemName(grant.system),
                    detail: grant.capabilities.map(\.rawValue).joined(separator: ", ") + " · " + grant.when.rawValue)
            }
        case .steps(let flow):
            guard let found = lookup.flow(flow) else { return [] }
            return found.steps.enumerated().map { index, step in
                Row(ref: .step(flow: flow, index: index), label: "\(index + 1). \(lookup.systemName(step.system))",
                    detail: step.when.rawValue)
            }
        case .exceptions(let claim):
            return map.exceptions.filter { $0.claim == claim }.map { exception in
                Row(ref: .exception(exception.id), label: exception.id,
                    detail: FieldText.target(exception.covers) + (exception.expires.map { " · until \($0)" } ?? ""))
            }
        case .offerings:
            return map.offerings.map { Row(ref: .offering($0.id), label: $0.name, detail: $0.region.displayName) }
        case .signOffs:
            return map.header.signOffs.enumerated().map { index, signOff in
                Row(ref: .signOff(index), label: signOff.by,
                    detail: [signOff.team, signOff.on?.description].compactMap { $0 }.joined(separator: " · "))
            }
        case .categories:
            return map.dataCategories.map { Row(ref: .category($0.id), label: $0.name, detail: $0.personal ? "personal" : "not personal") }
        }
    }

    /// What `a` adds to this list.
    public var newItem: NewItem {
        switch list {
        case .copies(let system): return NewItem(.copy, owner: system)
        case .grants(let role): return NewItem(.grant, owner: role)
        case .steps(let flow): return NewItem(.step, owner: flow)
        case .exceptions: return NewItem(.exception)
        case .offerings: return NewItem(.offering)
        case .categories: return NewItem(.category)
        case .signOffs: return NewItem(.signOff)
        }
    }

    public func keymap(in state: AppState) -> Keymap {
        let reason = state.readOnlyReason
        var bindings = [
            KeyBinding([.up, .character("k"), .down, .character("j")], .moveDown, help: "Move the selection"),
            KeyBinding([.character("e"), .enter], .edit, help: "Edit the selected item", footer: "edit", disabledReason: reason),
            KeyBinding([.character("a")], .add, help: "Add one", footer: "add", disabledReason: reason),
            KeyBinding([.character("y")], .duplicate, help: "Duplicate the selected item", disabledReason: reason),
            KeyBinding([.character("D")], .delete, help: "Delete the selected item", footer: "delete", disabledReason: reason),
        ]
        if case .steps = list {
            bindings.append(KeyBinding([.character("K")], .moveItem(-1), help: "Move the step up", disabledReason: reason))
            bindings.append(KeyBinding([.character("J")], .moveItem(1), help: "Move the step down", disabledReason: reason))
        }
        bindings.append(KeyBinding([.character("u")], .undo, help: "Undo the last edit", disabledReason: reason))
        bindings.append(KeyBinding([.escape, .character("q")], .back, help: "Close the list", footer: "close"))
        return Keymap(title: title, bindings: bindings)
    }
}

/// Save conflicts: the items you and someone else both changed, each with both versions, and
/// your choice per item.
public struct ConflictState: Sendable {
    public var conflicts: [MapMerge.Conflict]
    public var theirs: MapSnapshot
    public var choices: [MapMerge.Subject: MapMerge.Side] = [:]
    public var selection: Int = 0

    public init(conflicts: [MapMerge.Conflict], theirs: MapSnapshot) {
        self.conflicts = conflicts
        self.theirs = theirs
    }

    static let keymap = Keymap(title: "Changed on disk", bindings: [
        KeyBinding([.up, .down], .moveDown, help: "Move between the conflicting items"),
        KeyBinding([.character("m")], .moveLeft, help: "Keep mine for the selected item", footer: "mine"),
        KeyBinding([.character("t")], .moveRight, help: "Take theirs for the selected item", footer: "theirs"),
        KeyBinding([.character("M")], .top, help: "Keep mine for every item"),
        KeyBinding([.character("T")], .bottom, help: "Take theirs for every item"),
        KeyBinding([.enter], .save, help: "Save with these choices (items not chosen take theirs)", footer: "save"),
        KeyBinding([.character("r")], .open, help: "Reload the file and drop my edits", footer: "reload"),
        KeyBinding([.character("w")], .command, help: "Save my version as another file", footer: "save as"),
        KeyBinding([.escape], .back, help: "Back to editing; nothing is written", footer: "cancel"),
    ])
}
