import ResidencyModel

extension Keymap {
    /// The editing keys, under each screen's own: edit, add, delete and duplicate where the
    /// screen has items to edit, and undo, redo, save and `:` everywhere. Each says why it cannot
    /// run when it cannot (read-only, nothing to undo), in help and when pressed.
    public static func editing(in state: AppState, screen id: ScreenID? = nil) -> Keymap {
        let screen = ScreenCatalog.screen(for: id ?? state.currentScreen)
        let readOnly = state.readOnlyReason
        var bindings: [KeyBinding] = []
        let selected = screen.selectedItem(in: state)
        let new = screen.newItem(in: state)
        if selected != nil || new != nil {
            let noun = selected?.kind.noun ?? new?.kind.noun ?? "item"
            let none = "Nothing selected to change"
            bindings += [
                KeyBinding([.character("e")], .edit, help: "Edit the selected \(noun)", footer: "edit",
                           disabledReason: readOnly ?? (selected == nil ? none : nil)),
                KeyBinding([.character("a")], .add, help: "Add a \(new?.kind.noun ?? noun)",
                           disabledReason: readOnly ?? (new == nil ? "Nothing can be added here" : nil)),
                KeyBinding([.character("D")], .delete, help: "Delete the selected \(noun) (asks when others refer to it)",
                           disabledReason: readOnly ?? (selected == nil ? none : nil)),
                KeyBinding([.character("y")], .duplicate, help: "Duplicate the selected \(noun)",
                           disabledReason: readOnly ?? (selected == nil ? none : nil)),
            ]
        }
        bindings += screen.editingBindings(in: state).map { binding in
            var binding = binding
            if binding.disabledReason == nil { binding.disabledReason = readOnly }
            return binding
        }
        bindings += [
            KeyBinding([.character("u")], .undo, help: state.document.undoLabel.map { "Undo: \(TextSanitizer.sanitize($0))" } ?? "Undo the last edit",
                       disabledReason: readOnly ?? (state.document.canUndo ? nil : "Nothing to undo")),
            KeyBinding([.control("r")], .redo, help: state.document.redoLabel.map { "Redo: \(TextSanitizer.sanitize($0))" } ?? "Redo what was undone",
                       disabledReason: readOnly ?? (state.document.canRedo ? nil : "Nothing to redo")),
            KeyBinding([.control("s")], .save, help: "Save the map to its file (only edited items change)",
                       footer: state.document.isModified ? "save" : nil,
                       disabledReason: readOnly ?? (state.document.isModified || state.changedOnDisk ? nil : "No changes to save")),
            KeyBinding([.character(":")], .command, help: "Type a command: :w saves, :q quits, :wq both, :q! quits without saving"),
        ]
        return Keymap(title: "Editing", bindings: bindings)
    }
}
