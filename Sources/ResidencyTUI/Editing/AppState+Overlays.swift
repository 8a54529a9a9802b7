import Foundation
import ResidencyModel

/// Keys for the overlay on top: forms type into their fields, pickers narrow as you type, lists
/// and confirmations take their one-key answers.
extension AppState {
    mutating func handleOverlayKey(_ key: Key) {
        guard let top = overlays.last else { return }
        switch top {
        case .form(var form):
            handleForm(key, &form)
        case .picker(var picker):
            handlePicker(key, &picker)
        case .confirm(let confirm):
            handleConfirm(key, confirm)
        case .list(var list):
            handleList(key, &list)
        case .conflicts(var conflicts):
            handleConflicts(key, &conflicts)
        case .prompt(var prompt):
            handlePrompt(key, &prompt)
        }
    }

    private mutating func replaceTop(_ overlay: Overlay) {
        guard !overlays.isEmpty else { return }
        overlays[overlays.count - 1] = overlay
    }

    private mutating func closeTop() {
        if !overlays.isEmpty { overlays.removeLast() }
    }

    // MARK: Forms

    private mutating func handleForm(_ key: Key, _ form: inout FormState) {
        switch key {
        case .escape:
            closeTop()
            status = StatusMessage(form.isChanged ? "Form closed: nothing changed" : "")
            return
        case .tab, .down:
            form.moveFocus(by: 1)
        case .backTab, .up:
            form.moveFocus(by: -1)
        case .control("s"):
            // Apply, then save the file: the one key people press to keep their work.
            replaceTop(.form(form))
            if applyForm(form) { save() }
            return
        case .function(1):
            replaceTop(.form(form))
            push(.help)
            return
        case .enter:
            replaceTop(.form(form))
            applyForm(form)
            return
        case .control("p"), .function(4):
            if PickerOptions.hasPicker(form.focusedField.type) {
                replaceTop(.form(form))
                openPicker(for: form, typed: nil)
                return
            }
        case .character(let character) where PickerOptions.hasPicker(form.focusedField.type):
            // Typing into a field with choices searches them.
            replaceTop(.form(form))
            openPicker(for: form, typed: character)
            return
        case .control("c"):
            closeTop()
            return
        default:
            if form.values[form.focus].handle(key) {
                form.errors[form.focusedField.key] = nil
            } else {
                status = StatusMessage("\(key) does nothing in a form: Tab moves, C-s applies, Esc cancels")
            }
        }
        replaceTop(.form(form))
    }

    private mutating func openPicker(for form: FormState, typed: Character?) {
        let field = form.focusedField
        let lookup = MapLookup.for(self)
        var picker = PickerState(title: field.label, fieldIndex: form.focus, type: field.type,
                                 current: form.values[form.focus].text, map: map, lookup: lookup)
        if let typed {
            picker.query.insert(typed)
            picker.refresh(map: map, lookup: lookup)
        }
        overlays.append(.picker(picker))
    }

    /// Reads the form, builds the edit and commits it; on any problem the form stays open and
    /// shows the message beside its field. Returns whether the map changed.
    @discardableResult
    mutating func applyForm(_ form: FormState) -> Bool {
        var form = form
        let value: ItemValue
        do {
            value = try ItemValue.make(form.kind, from: form.texts, base: form.base)
        } catch {
            form.errors = [error.key: error.message]
            if let index = form.fields.firstIndex(where: { $0.key == error.key }) { form.focus = index }
            replaceTop(.form(form))
            status = StatusMessage("\(error.message)", kind: .error)
            return false
        }
        let edit: MapEdit
        var selected: ItemRef?
        switch form.target {
        case .edit(let ref):
            edit = document.editor.replace(ref, with: value)
            if let id = value.id, let renamed = ItemRef.make(ref.kind, id: id) { selected = renamed }
        case .add(let owner, let position):
            guard let added = document.editor.add(value, owner: owner, position: position) else {
                status = StatusMessage("Cannot add here", kind: .error)
                return false
            }
            edit = added.edit
            selected = added.ref
        }
        if edit.isEmpty {
            closeTop()
            status = StatusMessage("Nothing changed")
            return false
        }
        if readOnlyReason != nil {
            closeTop()
            commit(edit, select: selected) // says why in the footer
            overlays.append(.form(form))
            return false
        }
        // One commit, which validates once: a refused edit's problems go beside the fields.
        closeTop()
        let problems: [MapProblem]
        switch commitOrRefuse(edit, select: selected) {
        case nil:
            return true
        case .invalid(let found)?:
            problems = found
        case .conflict(let conflict)?:
            problems = [MapProblem(item: nil, field: "", message: conflict.description)]
        case .nothingChanged?:
            status = StatusMessage("Not changed: \(EditRefusal.nothingChanged.description)", kind: .error)
            overlays.append(.form(form))
            return false
        }
        form.show(problems)
        overlays.append(.form(form))
        status = StatusMessage("Not applied: \(problems[0].description)", kind: .error)
        return false
    }

    // MARK: Pickers

    private mutating func handlePicker(_ key: Key, _ picker: inout PickerState) {
        switch key {
        case .escape:
            closeTop()
            return
        case .up: picker.selection = max(0, picker.selection - 1)
        case .down: picker.selection = min(max(0, picker.options.count - 1), picker.selection + 1)
        case .pageUp: picker.selection = max(0, picker.selection - 10)
        case .pageDown: picker.selection = min(max(0, picker.options.count - 1), picker.selection + 10)
        case .tab where picker.allowsSeveral:
            if let selected = picker.selected { picker.toggle(selected.value) }
            picker.selection = min(max(0, picker.options.count - 1), picker.selection + 1)
        case .enter:
            guard let text = picker.acceptedText else {
                status = StatusMessage("Nothing to take: type to find a value")
                replaceTop(.picker(picker))
                return
            }
            closeTop()
            if case .form(var form)? = overlays.last, form.values.indices.contains(picker.fieldIndex) {
                form.values[picker.fieldIndex].set(text)
                form.errors[form.fields[picker.fieldIndex].key] = nil
                replaceTop(.form(form))
            }
            return
        default:
            if picker.query.handle(key) {
                picker.selection = 0
                picker.offset = 0
                picker.refresh(map: map, lookup: MapLookup.for(self))
            }
        }
        replaceTop(.picker(picker))
    }

    // MARK: Confirmations

    private mutating func handleConfirm(_ key: Key, _ confirm: ConfirmState) {
        if key == .escape {
            closeTop()
            return
        }
        guard let choice = confirm.choices.first(where: { $0.key == key }) else {
            status = StatusMessage("Answer with " + confirm.choices.map { "\($0.key) (\($0.label))" }.joined(separator: ", ") + ", or Esc")
            return
        }
        closeTop()
        switch choice.outcome {
        case .delete(let ref):
            commit(document.editor.remove(ref))
        case .saveAndQuit:
            self[QuitAfterSaveKey.self] = true
            save()
        case .quitWithoutSaving:
            outbox.append(.removeJournal)
            outbox.append(.quit)
        case .replay(let recovery):
            replay(recovery)
        case .discardRecovery:
            outbox.append(.removeJournal)
            status = StatusMessage("Discarded the unsaved edits")
        case .overwrite:
            save(overwrite: true)
        case .saveAs:
            overlays.append(.prompt(PromptState(title: "Save as", field: TextField(fileName + ".mine.yaml"), purpose: .saveAs)))
        case .cancel:
            break
        }
    }

    // MARK: Item lists

    private mutating func handleList(_ key: Key, _ list: inout ItemListState) {
        let rows = list.rows(in: self)
        let selected = rows.indices.contains(list.selection) ? rows[list.selection].ref : nil
        guard let binding = list.keymap(in: self).binding(for: key) else {
            status = StatusMessage("\(key) does nothing here: e edits, a adds, D deletes, Esc closes")
            return
        }
        if let reason = binding.disabledReason {
            status = StatusMessage(reason, kind: .error)
            return
        }
        switch key {
        case .up, .character("k"): list.selection = max(0, list.selection - 1)
        case .down, .character("j"): list.selection = min(max(0, rows.count - 1), list.selection + 1)
        default:
            switch binding.action {
            case .back:
                closeTop()
                return
            case .edit:
                guard let selected, let form = FormState.edit(selected, in: map) else { return }
                overlays.append(.form(form))
                return
            case .add:
                let new = list.newItem
                var form = FormState.add(new.kind, owner: new.owner, position: new.position, in: map)
                if case .exceptions(let claim) = list.list, let index = form.fields.firstIndex(where: { $0.key == "claim" }) {
                    form.values[index].set(claim)
                }
                overlays.append(.form(form))
                return
            case .duplicate:
                guard let selected, let made = document.editor.duplicate(selected) else { return }
                commit(made.edit)
                list.selection = min(list.selection + 1, list.rows(in: self).count - 1)
            case .delete:
                guard let selected else { return }
                askToDelete(selected)
                // The confirmation, if any, now stands over the list; the list stays below it.
                if case .confirm? = overlays.last {
                    let confirm = overlays.removeLast()
                    replaceTop(.list(list))
                    overlays.append(confirm)
                    return
                }
            case .moveItem(let offset):
                guard case .step(let flow, let index)? = selected,
                      let moved = document.editor.moveStep(flow: flow, index: index, by: offset) else { return }
                if commit(moved.edit) { list.selection = index + offset }
            case .undo:
                undo()
            default:
                break
            }
        }
        list.selection = max(0, min(list.selection, list.rows(in: self).count - 1))
        replaceTop(.list(list))
    }

    // MARK: Conflicts

    private mutating func handleConflicts(_ key: Key, _ state: inout ConflictState) {
        let subject = state.conflicts.indices.contains(state.selection) ? state.conflicts[state.selection].subject : nil
        switch key {
        case .up: state.selection = max(0, state.selection - 1)
        case .down: state.selection = min(state.conflicts.count - 1, state.selection + 1)
        case .character("m"): if let subject { state.choices[subject] = .ours }
        case .character("t"): if let subject { state.choices[subject] = .theirs }
        case .character("M"): for conflict in state.conflicts { state.choices[conflict.subject] = .ours }
        case .character("T"): for conflict in state.conflicts { state.choices[conflict.subject] = .theirs }
        case .enter:
            closeTop()
            var resolutions = state.choices
            for conflict in state.conflicts where resolutions[conflict.subject] == nil { resolutions[conflict.subject] = .theirs }
            save(resolutions: resolutions)
            return
        case .character("r"):
            closeTop()
            finishReload(.success(state.theirs))
            return
        case .character("w"):
            closeTop()
            overlays.append(.prompt(PromptState(title: "Save as", field: TextField(fileName + ".mine.yaml"), purpose: .saveAs)))
            return
        case .escape:
            closeTop()
            status = StatusMessage("Not saved; your edits are kept")
            return
        default:
            status = StatusMessage("m keeps mine, t takes theirs, Enter saves, r reloads, Esc cancels")
        }
        replaceTop(.conflicts(state))
    }

    // MARK: Prompts

    private mutating func handlePrompt(_ key: Key, _ prompt: inout PromptState) {
        switch key {
        case .escape:
            closeTop()
            return
        case .enter:
            closeTop()
            let text = prompt.field.text.trimmingCharacters(in: .whitespaces)
            switch prompt.purpose {
            case .saveAs:
                guard !text.isEmpty else { return }
                save(path: text)
            case .command:
                runCommand(text)
            }
            return
        default:
            prompt.field.handle(key)
        }
        replaceTop(.prompt(prompt))
    }

    /// The few vim-style commands people type without thinking: `:w`, `:q`, `:wq`, `:x`, `:q!`.
    private mutating func runCommand(_ command: String) {
        switch command {
        case "w": save()
        case "q": requestQuit()
        case "wq", "x":
            if document.isModified {
                self[QuitAfterSaveKey.self] = true
                save()
            } else {
                requestQuit()
            }
        case "q!":
            outbox.append(.removeJournal)
            outbox.append(.quit)
        case "": break
        default:
            status = StatusMessage("Unknown command :\(TextSanitizer.sanitize(command)) (try :w, :q, :wq or :q!)", kind: .error)
        }
    }
}
