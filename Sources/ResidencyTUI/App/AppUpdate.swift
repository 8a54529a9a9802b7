extension AppState {
    /// The keys in force: the top overlay's, or the current screen's over the editing keys over
    /// the global ones.
    public var keymap: Keymap {
        if let overlay = overlays.last, currentScreen != .help { return overlay.keymap(in: self) }
        return ScreenCatalog.screen(for: currentScreen).keymap(in: self)
            .layered(over: Keymap.editing(in: self)).layered(over: .global)
    }

    /// The update function: one message in, the effects to run out. Nothing else leaves the
    /// state: quitting, saving and journaling are effects the backend runs, whose results come
    /// back as messages.
    public mutating func update(_ message: AppMessage) -> [Effect] {
        outbox = []
        switch message {
        case .key(let key): handleKey(key)
        case .resize(let newSize): resize(to: newSize)
        case .saveFinished(let outcome): finishSave(outcome)
        case .fileChangedOnDisk: noticeExternalChange()
        case .reloaded(let result): finishReload(result)
        case .journalFailed(let reason):
            journalProblem = reason
            status = StatusMessage("Edits are not journaled: \(reason). Save soon.", kind: .error)
        case .recoveryFound(let recovery): offerRecovery(recovery)
        }
        let effects = outbox
        outbox = []
        return effects
    }

    /// Handles one key (as `update(.key(key))`), returning the effects it asks for.
    @discardableResult
    public mutating func handle(_ key: Key) -> [Effect] {
        update(.key(key))
    }

    private mutating func handleKey(_ key: Key) {
        status = nil
        if key == .resize { return }
        if !overlays.isEmpty && currentScreen != .help {
            handleOverlayKey(key)
            return
        }
        if mode != .normal {
            handleTyping(key)
            return
        }
        let map = keymap
        guard let binding = map.binding(for: key) else {
            status = StatusMessage("\(key) does nothing here: press ? for keys")
            return
        }
        if let reason = binding.disabledReason {
            status = StatusMessage(reason, kind: .error)
            return
        }
        apply(binding.action)
    }

    /// Carries out one action: the current screen first, then the app's defaults.
    public mutating func apply(_ action: Action) {
        let screen = ScreenCatalog.screen(for: currentScreen)
        if screen.update(&self, action: action) == .handled { return }
        let focus = screen.focusedList(in: self)

        switch action {
        case .moveUp: moveFocused(focus) { $0.move(by: -1, count: $1.count, visibleRows: $1.visibleRows) }
        case .moveDown: moveFocused(focus) { $0.move(by: 1, count: $1.count, visibleRows: $1.visibleRows) }
        case .pageUp: moveFocused(focus) { $0.pageUp(count: $1.count, visibleRows: $1.visibleRows) }
        case .pageDown: moveFocused(focus) { $0.pageDown(count: $1.count, visibleRows: $1.visibleRows) }
        case .top: moveFocused(focus) { $0.moveToTop(count: $1.count, visibleRows: $1.visibleRows) }
        case .bottom: moveFocused(focus) { $0.moveToBottom(count: $1.count, visibleRows: $1.visibleRows) }
        case .moveLeft, .moveRight, .walkNext, .walkPrevious:
            break
        case .open:
            status = StatusMessage("Nothing to open here")
        case .back:
            goBack(focus: focus)
        case .quit:
            requestQuit()
        case .nextScreen:
            switchTab(to: neighbourTab(by: 1))
        case .previousScreen:
            switchTab(to: neighbourTab(by: -1))
        case .showScreen(let target):
            if target.isTab { switchTab(to: target) } else { push(target) }
        case .help:
            if currentScreen == .help { pop() } else { push(.help) }
        case .startSearch:
            guard let focus else {
                status = StatusMessage("Nothing to search on this screen")
                return
            }
            inputBackup = self[list: focus.id].query
            mode = .search(focus.id)
        case .startFilter(let name):
            guard let focus else {
                status = StatusMessage("Nothing to filter on this screen")
                return
            }
            inputBackup = self[list: focus.id].filters[name] ?? ""
            mode = .filter(focus.id, name: name)
        case .clearFilters:
            if let focus { clearNarrowing(of: focus.id) }
        case .redraw:
            outbox.append(.redraw)
        case .edit, .add, .delete, .duplicate, .editList, .editHeader, .moveItem, .undo, .redo, .save, .command:
            applyEditing(action, screen: screen)
        }
    }

    /// Sets the terminal size and keeps every list's selection in view at the new size.
    public mutating func resize(to newSize: Size) {
        size = newSize
        let screen = ScreenCatalog.screen(for: currentScreen)
        if let focus = screen.focusedList(in: self) {
            self[list: focus.id].clamp(count: focus.count, visibleRows: focus.visibleRows)
        }
    }

    // MARK: Defaults

    private mutating func moveFocused(_ focus: ListFocus?, _ move: (inout ListState, ListFocus) -> Void) {
        guard let focus else { return }
        move(&self[list: focus.id], focus)
    }

    private func neighbourTab(by step: Int) -> ScreenID {
        let tabs = ScreenID.tabs
        let index = tabs.firstIndex(of: currentTab) ?? 0
        return tabs[((index + step) % tabs.count + tabs.count) % tabs.count]
    }

    private mutating func goBack(focus: ListFocus?) {
        if pop() { return }
        if let focus, self[list: focus.id].isNarrowed {
            clearNarrowing(of: focus.id)
            return
        }
        status = StatusMessage("Press q to quit")
    }

    private mutating func clearNarrowing(of id: ListID) {
        self[list: id].query = ""
        self[list: id].filters = [:]
        self[list: id].selection = 0
        self[list: id].offset = 0
    }

    // MARK: Typing

    /// Editing the search or filter text: characters type, Backspace deletes, Enter keeps the
    /// text, Esc puts back what was there before. Arrows and paging still move the list, so a
    /// match can be picked without leaving the search.
    private mutating func handleTyping(_ key: Key) {
        guard let id = mode.list else { return }
        switch key {
        case .character(let character):
            editInput(of: id) { $0.append(character) }
        case .backspace:
            editInput(of: id) { text in if !text.isEmpty { text.removeLast() } }
        case .control("u"):
            editInput(of: id) { $0 = "" }
        case .enter:
            mode = .normal
        case .escape:
            let backup = inputBackup
            editInput(of: id) { $0 = backup }
            mode = .normal
        case .control("c"):
            mode = .normal
            apply(.quit)
        case .up, .down, .pageUp, .pageDown:
            let action: Action = key == .up ? .moveUp : key == .down ? .moveDown : key == .pageUp ? .pageUp : .pageDown
            apply(action)
        default:
            break
        }
    }

    private mutating func editInput(of id: ListID, _ edit: (inout String) -> Void) {
        var list = self[list: id]
        switch mode {
        case .search: edit(&list.query)
        case .filter(_, let name):
            var value = list.filters[name] ?? ""
            edit(&value)
            list.filters[name] = value.isEmpty ? nil : value
        case .normal: return
        }
        // The rows changed: start again from the first match.
        list.selection = 0
        list.offset = 0
        self[list: id] = list
    }

    /// The text being typed, for the footer prompt.
    public var inputText: String {
        switch mode {
        case .normal: return ""
        case .search(let id): return self[list: id].query
        case .filter(let id, let name): return self[list: id].filters[name] ?? ""
        }
    }
}

/// The update function in the bubbletea shape: a new state and its effects from a state and a message.
public func update(_ state: AppState, _ message: AppMessage) -> (AppState, [Effect]) {
    var next = state
    let effects = next.update(message)
    return (next, effects)
}
