import ResidencyModel

/// What can stand over a screen: forms, pickers, confirmations, item lists, save conflicts and
/// one-line prompts. The top one takes every key; each has its own keymap, so the footer and
/// help are generated from it as for screens.
public enum Overlay: Sendable {
    case form(FormState)
    case picker(PickerState)
    case confirm(ConfirmState)
    case list(ItemListState)
    case conflicts(ConflictState)
    case prompt(PromptState)

    /// The keys it answers to, for the footer and help.
    public func keymap(in state: AppState) -> Keymap {
        switch self {
        case .form(let form): return form.keymap
        case .picker(let picker): return picker.keymap
        case .confirm(let confirm): return confirm.keymap
        case .list(let list): return list.keymap(in: state)
        case .conflicts: return ConflictState.keymap
        case .prompt: return PromptState.keymap
        }
    }
}

/// A question with a few one-key answers: delete what refers to this? quit without saving?
public struct ConfirmState: Sendable {
    public struct Choice: Sendable {
        public var key: Key
        public var label: String
        public var outcome: ConfirmOutcome
    }

    public var title: String
    public var lines: [String]
    public var choices: [Choice]

    public var keymap: Keymap {
        Keymap(title: title, bindings: choices.map { choice in
            KeyBinding([choice.key], .open, help: choice.label, footer: choice.label)
        } + [KeyBinding([.escape], .back, help: "Cancel", footer: "cancel")])
    }
}

/// What answering a confirmation does.
public enum ConfirmOutcome: Sendable {
    case delete(ItemRef)
    case saveAndQuit
    case quitWithoutSaving
    case replay(RecoveryJournal.Recovery)
    case discardRecovery
    case overwrite
    case saveAs
    case cancel
}

/// A one-line text prompt: a path to save as, or a `:` command.
public struct PromptState: Sendable {
    public enum Purpose: Sendable {
        case saveAs
        case command
    }

    public var title: String
    public var field: TextField
    public var purpose: Purpose

    static let keymap = Keymap(title: "Prompt", bindings: [
        KeyBinding([.enter], .open, help: "Do it", footer: "ok"),
        KeyBinding([.escape], .back, help: "Cancel", footer: "cancel"),
    ])
}
