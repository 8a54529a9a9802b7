import ResidencyModel

/// A form over the screen: one text field per field of the item's kind, a focused field with a
/// cursor, and the messages that kept it from being applied. Typing never re-evaluates the map;
/// applying the form builds one edit and commits it.
public struct FormState: Sendable {
    public enum Target: Sendable, Hashable {
        case edit(ItemRef)
        /// A new item; a grant or step goes to `owner` (a role or flow id), a step at `position`.
        case add(owner: String?, position: Int?)
    }

    public var kind: ItemKind
    public var target: Target
    /// The value being edited (keeps what the form does not show: a role's grants, a flow's steps).
    public var base: ItemValue?
    public var fields: [FieldSchema]
    public var values: [TextField]
    public var focus: Int
    /// Messages by field key, from reading the texts or from the validator.
    public var errors: [String: String]
    /// Problems that belong to no field of the form.
    public var problems: [String]
    /// The question a starter placeholder asks, shown at the top until it is answered.
    public var question: String?
    public var title: String
    private var initial: [String]

    init(kind: ItemKind, target: Target, base: ItemValue?, texts: [String: String], title: String, question: String?) {
        self.kind = kind
        self.target = target
        self.base = base
        self.fields = kind.fields
        self.values = kind.fields.map { TextField(texts[$0.key] ?? "") }
        self.focus = 0
        self.errors = [:]
        self.problems = []
        self.question = question
        self.title = title
        self.initial = values.map(\.text)
    }

    /// A form editing what `ref` names, or nil when the map has no such thing.
    public static func edit(_ ref: ItemRef, in map: ResidencyMap) -> FormState? {
        guard let value = ref.value(in: map) else { return nil }
        var question: String?
        if case .system(let system) = value, system.status == .unknown || system.location.isUnknown {
            question = system.notes
        }
        var form = FormState(kind: ref.kind, target: .edit(ref), base: value, texts: value.texts,
                             title: title(editing: ref, value: value, in: map), question: question)
        // Start where the answer is needed: an unknown location.
        if question != nil, let index = form.fields.firstIndex(where: { $0.key == "location" }) { form.focus = index }
        return form
    }

    /// "Edit system: File uploads", "Edit step 3 of Sign up (API)", "Edit Support leads' access to Primary database".
    static func title(editing ref: ItemRef, value: ItemValue, in map: ResidencyMap) -> String {
        func systemName(_ id: String) -> String { map.systems.first { $0.id == id }?.name ?? id }
        switch (ref, value) {
        case (.step(let flow, let index), .step(let step)):
            let flowName = map.flows.first { $0.id == flow }?.name ?? flow
            return "Edit step \(index + 1) of \(flowName) (\(systemName(step.system)))"
        case (.grant(let role, _), .grant(let grant)):
            let roleName = map.roles.first { $0.id == role }?.name ?? role
            return "Edit \(roleName)'s access to \(systemName(grant.system))"
        case (.map, _):
            return "Edit the map header"
        default:
            return "Edit \(ref.kind.noun): \(value.displayName)"
        }
    }

    /// A form adding a new item of `kind`.
    public static func add(_ kind: ItemKind, owner: String? = nil, position: Int? = nil, in map: ResidencyMap) -> FormState {
        var texts = ItemValue.blank(kind, in: map)
        if kind == .copy, let owner { texts["from"] = owner }
        let ownerText = owner.map { " to \($0)" } ?? ""
        return FormState(kind: kind, target: .add(owner: kind == .copy ? nil : owner, position: position), base: nil,
                         texts: texts, title: "Add \(kind.noun)\(ownerText)", question: nil)
    }

    /// Each field's text by key.
    public var texts: [String: String] {
        var result: [String: String] = [:]
        for (index, field) in fields.enumerated() { result[field.key] = values[index].text }
        return result
    }

    public var isChanged: Bool { values.map(\.text) != initial }
    public var focusedField: FieldSchema { fields[focus] }

    public mutating func moveFocus(by step: Int) {
        focus = ((focus + step) % fields.count + fields.count) % fields.count
    }

    /// Shows the validator's problems beside the fields they are about.
    mutating func show(_ mapProblems: [MapProblem]) {
        errors = [:]
        problems = []
        for problem in mapProblems {
            let text = problem.fix.map { "\(problem.message): \($0)" } ?? problem.message
            if let field = fields.first(where: { problem.field == $0.key || problem.field.hasSuffix(" " + $0.key) }) {
                errors[field.key] = errors[field.key] ?? text
            } else {
                problems.append(text)
            }
        }
        if let first = fields.firstIndex(where: { errors[$0.key] != nil }) { focus = first }
    }

    public var keymap: Keymap {
        Keymap(title: title, bindings: [
            KeyBinding([.tab, .down], .moveDown, help: "Next field", footer: "next"),
            KeyBinding([.backTab, .up], .moveUp, help: "Previous field"),
            KeyBinding([.enter], .open, help: "Apply the form: check it and change the map", footer: "apply"),
            KeyBinding([.control("s")], .save, help: "Apply the form and save the file", footer: "apply+save"),
            KeyBinding([.control("p"), .function(4)], .startSearch,
                       help: "Choose from the list of a field marked ▾ (typing there searches it too)", footer: "choose ▾"),
            KeyBinding([.escape], .back, help: "Close the form without changing anything", footer: "cancel"),
            KeyBinding([.left, .right, .home, .end], .moveLeft, help: "Move the cursor in the field (also C-a, C-e)"),
            KeyBinding([.backspace, .delete], .moveLeft, help: "Delete before or at the cursor"),
            KeyBinding([.control("w"), .control("u"), .control("k")], .moveLeft,
                       help: "Delete the word before the cursor, or everything before or after it"),
            KeyBinding([.function(1)], .help, help: "Show all keys"),
        ])
    }
}
