import ResidencyModel

/// A list to choose a field's value from, narrowed as you type: kinds, categories, the map's
/// systems and roles, the region catalogue. A field that takes several values marks them with
/// Tab; Enter takes the marked ones (or the selected one).
public struct PickerState: Sendable {
    public var title: String
    /// The form field it fills.
    public var fieldIndex: Int
    public var type: FieldType
    public var allowsSeveral: Bool
    public var query: TextField
    /// Values marked so far, in the order marked (several-value fields).
    public var chosen: [String]
    /// What the field held when the picker opened: marking nothing new means "take the selected one".
    private let initiallyChosen: [String]
    public var selection: Int
    public var offset: Int
    public private(set) var options: [PickerOption]

    init(title: String, fieldIndex: Int, type: FieldType, current: String, map: ResidencyMap, lookup: MapLookup? = nil) {
        self.title = title
        self.fieldIndex = fieldIndex
        self.type = type
        self.allowsSeveral = type.isList
        self.query = TextField("")
        self.chosen = type.isList ? FieldText.words(current) : []
        self.initiallyChosen = chosen
        self.selection = 0
        self.offset = 0
        self.options = []
        refresh(map: map, lookup: lookup)
        if !allowsSeveral, let index = options.firstIndex(where: { $0.value == current }) { selection = index }
    }

    /// Recomputes the options for the query (only when the query changes, not on every move).
    mutating func refresh(map: ResidencyMap, lookup: MapLookup? = nil) {
        options = PickerOptions.options(for: type, query: query.text, map: map, lookup: lookup)
        selection = min(selection, max(0, options.count - 1))
        offset = min(offset, selection)
    }

    public var selected: PickerOption? { options.indices.contains(selection) ? options[selection] : nil }

    mutating func toggle(_ value: String) {
        if let index = chosen.firstIndex(of: value) {
            chosen.remove(at: index)
            return
        }
        // A location is unknown or a list of places, never both: marking one unmarks the other.
        if type == .location {
            let isUnknown = { (code: String) in code.lowercased() == "unknown" }
            chosen.removeAll { isUnknown(value) || isUnknown($0) }
        }
        chosen.append(value)
    }

    /// The field's new text when the user accepts, or nil when nothing can be taken: the marked
    /// values when the user marked or unmarked any, else the selected one alone.
    var acceptedText: String? {
        if allowsSeveral && chosen != initiallyChosen {
            return chosen.isEmpty ? "" : FieldText.list(chosen)
        }
        // A value typed out in full is taken as typed, even where another option sorts first.
        let typed = query.text.trimmingCharacters(in: .whitespaces)
        if let exact = options.first(where: { $0.value.lowercased() == typed.lowercased() }) { return exact.value }
        if let selected {
            return selected.value
        }
        // Nothing listed matches: take what was typed (a team, a code the catalogue lacks).
        return typed.isEmpty ? nil : typed
    }

    public var keymap: Keymap {
        var bindings = [
            KeyBinding([.up, .down], .moveDown, help: "Move the selection"),
            KeyBinding([.enter], .open, help: allowsSeveral ? "Take the values marked with Tab, or else the selected one alone" : "Take the selected value",
                       footer: "take"),
        ]
        if allowsSeveral {
            bindings.append(KeyBinding([.tab], .moveRight, help: "Mark or unmark the selected value", footer: "mark"))
        }
        bindings += [
            KeyBinding([.escape], .back, help: "Back to the form without changing the field", footer: "cancel"),
            KeyBinding([.backspace], .moveLeft, help: "Type to narrow the list; Backspace deletes"),
        ]
        return Keymap(title: title, bindings: bindings)
    }
}
