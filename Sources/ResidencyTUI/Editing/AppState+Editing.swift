import ResidencyModel

/// The one commit path of the interface: every change to the map (a form, a delete, undo, redo,
/// a replayed journal) goes through `commit`, which commits to the document (validate,
/// re-evaluate), journals the edit, keeps every list's selection by identity, and says in the
/// footer what changed.
extension AppState {
    // MARK: Actions

    mutating func applyEditing(_ action: Action, screen: any Screen) {
        switch action {
        case .undo: return undo()
        case .redo: return redo()
        case .save: return save()
        case .command: return overlays.append(.prompt(PromptState(title: ":", field: TextField(""), purpose: .command)))
        default: break
        }
        if let reason = readOnlyReason {
            status = StatusMessage(reason, kind: .error)
            return
        }
        switch action {
        case .edit:
            guard let ref = screen.selectedItem(in: self), let form = FormState.edit(ref, in: map) else {
                status = StatusMessage("Nothing to edit here")
                return
            }
            overlays.append(.form(form))
        case .add:
            guard let new = screen.newItem(in: self) else {
                status = StatusMessage("Nothing to add here")
                return
            }
            overlays.append(.form(FormState.add(new.kind, owner: new.owner, position: new.position, in: map)))
        case .delete:
            guard let ref = screen.selectedItem(in: self) else {
                status = StatusMessage("Nothing to delete here")
                return
            }
            askToDelete(ref)
        case .duplicate:
            guard let ref = screen.selectedItem(in: self), let made = document.editor.duplicate(ref) else {
                status = StatusMessage("Nothing to duplicate here")
                return
            }
            commit(made.edit, select: made.ref)
        case .editList(let list):
            overlays.append(.list(ItemListState(list: list)))
        case .editHeader:
            if let form = FormState.edit(.map, in: map) { overlays.append(.form(form)) }
        case .moveItem(let offset):
            guard case .step(let flow, let index)? = screen.selectedItem(in: self),
                  let moved = document.editor.moveStep(flow: flow, index: index, by: offset) else {
                status = StatusMessage(offset < 0 ? "Already the first step" : "Already the last step")
                return
            }
            commit(moved.edit, select: moved.ref)
        default:
            break
        }
    }

    /// Deletes at once when nothing refers to the item; otherwise lists what goes with it first.
    mutating func askToDelete(_ ref: ItemRef) {
        let name = ref.value(in: map)?.displayName ?? ref.description
        let referrers = document.editor.referrers(of: ref)
        guard !referrers.isEmpty else {
            commit(document.editor.remove(ref))
            return
        }
        let shown = referrers.prefix(8) + (referrers.count > 8 ? ["and \(referrers.count - 8) more"] : [])
        // What would break: the verdicts the delete would move, worked out on a copy.
        var effect: [String] = []
        let edit = document.editor.remove(ref)
        if let after = try? edit.applied(to: map) {
            let changes = VerdictChanges(from: evaluation, to: ResidencyEvaluator(today: today).evaluate(after))
            if !changes.isEmpty { effect = ["", "Afterwards: \(changes.summary)"] }
        }
        overlays.append(.confirm(ConfirmState(
            title: "Delete \(ref.kind.noun) \(name)?",
            lines: ["Other items refer to it. Deleting it also:"] + shown.map { "  · \($0)" } + effect
                + ["", "Undo (u) brings everything back."],
            choices: [ConfirmState.Choice(key: .character("y"), label: "delete all", outcome: .delete(ref)),
                      ConfirmState.Choice(key: .character("n"), label: "keep", outcome: .cancel)])))
    }

    // MARK: Commit

    /// Commits an edit through the document, journals it and keeps selections. Returns false (and
    /// says why in the footer) when the edit is refused.
    @discardableResult
    mutating func commit(_ edit: MapEdit, select selected: ItemRef? = nil) -> Bool {
        if let reason = readOnlyReason {
            status = StatusMessage(reason, kind: .error)
            return false
        }
        if let refusal = commitOrRefuse(edit, select: selected) {
            status = StatusMessage("Not changed: \(refusal.description)", kind: .error)
            return false
        }
        return true
    }

    /// Commits as `commit` does (the map must not be read-only), but hands back a refusal
    /// instead of showing it: a form shows the problems beside its fields.
    mutating func commitOrRefuse(_ edit: MapEdit, select selected: ItemRef? = nil) -> EditRefusal? {
        let anchors = captureAnchors()
        do {
            let committed = try document.commit(edit)
            didCommit(committed, anchors: anchors, select: selected)
            return nil
        } catch {
            return error
        }
    }

    mutating func undo() {
        if let reason = readOnlyReason { status = StatusMessage(reason, kind: .error); return }
        let anchors = captureAnchors()
        do {
            guard let committed = try document.undo() else {
                status = StatusMessage("Nothing to undo")
                return
            }
            didCommit(committed, anchors: anchors, select: nil)
        } catch {
            status = StatusMessage("Cannot undo: \(error.description)", kind: .error)
        }
    }

    mutating func redo() {
        if let reason = readOnlyReason { status = StatusMessage(reason, kind: .error); return }
        let anchors = captureAnchors()
        do {
            guard let committed = try document.redo() else {
                status = StatusMessage("Nothing to redo")
                return
            }
            didCommit(committed, anchors: anchors, select: nil)
        } catch {
            status = StatusMessage("Cannot redo: \(error.description)", kind: .error)
        }
    }

    private mutating func didCommit(_ committed: MapDocument.Committed, anchors: [ScreenID: SelectionAnchor], select selected: ItemRef?) {
        // The journal first: the edit is on disk before the screen shows it.
        if document.sinceSnapshot.count == 1, let snapshot = document.snapshot {
            outbox.append(.startJournal(base: snapshot.revision, edits: [committed.edit]))
        } else if document.snapshot != nil {
            outbox.append(.appendJournal(committed.edit))
        }
        restoreAnchors(anchors, renames: committed.edit.renames, select: selected)
        // What changed in the verdicts first: that is what the user is watching for.
        status = StatusMessage("\(committed.changes.summary) · \(committed.edit.label)")
    }

    // MARK: Selection by identity

    private func captureAnchors() -> [ScreenID: SelectionAnchor] {
        var anchors: [ScreenID: SelectionAnchor] = [:]
        for id in ScreenID.tabs {
            if let anchor = ScreenCatalog.screen(for: id).selectionAnchor(in: self) { anchors[id] = anchor }
        }
        return anchors
    }

    private mutating func restoreAnchors(_ anchors: [ScreenID: SelectionAnchor], renames: [MapEdit.Rename], select selected: ItemRef?) {
        for (id, var anchor) in anchors {
            anchor.ref = anchor.ref.renamed(renames)
            ScreenCatalog.screen(for: id).restoreSelection(anchor, in: &self)
        }
        if let selected {
            ScreenCatalog.screen(for: currentTab).restoreSelection(SelectionAnchor(ref: selected, row: 0), in: &self)
        }
    }

    // MARK: Saving

    mutating func save(path: String? = nil, resolutions: [MapMerge.Subject: MapMerge.Side] = [:], overwrite: Bool = false) {
        if let reason = readOnlyReason {
            status = StatusMessage(reason, kind: .error)
            return
        }
        guard let snapshot = document.snapshot else {
            status = StatusMessage("This map has no file to save to", kind: .error)
            return
        }
        guard document.isModified || path != nil || changedOnDisk else {
            status = StatusMessage("No changes to save")
            return
        }
        outbox.append(.save(MapSave(snapshot: snapshot, map: map, renames: document.renamesSinceSnapshot,
                                    resolutions: resolutions, overwrite: overwrite, path: path)))
        status = StatusMessage("Saving \(fileName)…")
    }

    mutating func finishSave(_ outcome: MapSave.Outcome) {
        switch outcome {
        case .saved(let snapshot, let preserved, let merged):
            let changes = document.changesSinceSnapshot
            if merged > 0 { document.didSaveMerged(as: snapshot) } else { document.didSave(as: snapshot) }
            if snapshot.path != fileName { fileName = snapshot.path }
            changedOnDisk = false
            journalProblem = nil
            outbox.append(.removeJournal)
            outbox.append(.watch(path: snapshot.path, revision: snapshot.revision))
            var text = "Saved \(fileName)"
            if !changes.moved.isEmpty { text += ": " + changes.summary }
            if merged > 0 { text += ", with \(merged) change\(merged == 1 ? "" : "s") someone else saved" }
            if !preserved { text += " (written whole in canonical form: comments were not kept)" }
            status = StatusMessage(text)
            if self[QuitAfterSaveKey.self] { outbox.append(.quit) }
        case .conflicts(let conflicts, let theirs):
            self[QuitAfterSaveKey.self] = false
            overlays.append(.conflicts(ConflictState(conflicts: conflicts, theirs: theirs)))
        case .theirsUnreadable(let reason):
            self[QuitAfterSaveKey.self] = false
            overlays.append(.confirm(ConfirmState(
                title: "The file on disk changed and no longer loads",
                lines: [TextSanitizer.sanitize(reason), "", "Your edits are kept."],
                choices: [ConfirmState.Choice(key: .character("o"), label: "overwrite with mine", outcome: .overwrite),
                          ConfirmState.Choice(key: .character("w"), label: "save as…", outcome: .saveAs)])))
        case .failed(let message):
            self[QuitAfterSaveKey.self] = false
            status = StatusMessage("Not saved: \(TextSanitizer.sanitize(message)). Your edits are kept"
                                   + (journalProblem == nil ? " and journaled." : "."), kind: .error)
        }
    }

    // MARK: Quitting, reloading, recovery

    mutating func requestQuit() {
        guard document.isModified else {
            if document.snapshot != nil { outbox.append(.removeJournal) }
            outbox.append(.quit)
            return
        }
        overlays.append(.confirm(ConfirmState(
            title: "Quit with unsaved changes?",
            lines: ["\(document.sinceSnapshot.count) edit\(document.sinceSnapshot.count == 1 ? "" : "s") not saved to \(TextSanitizer.sanitize(fileName))."],
            choices: [ConfirmState.Choice(key: .character("s"), label: "save and quit", outcome: .saveAndQuit),
                      ConfirmState.Choice(key: .character("d"), label: "discard and quit", outcome: .quitWithoutSaving)])))
    }

    mutating func noticeExternalChange() {
        guard !changedOnDisk else { return }
        changedOnDisk = true
        if document.isModified {
            status = StatusMessage("\(fileName) changed on disk: saving will merge by item and ask where you both changed one", kind: .error)
        } else {
            // Nothing here to lose: take the new file as it is.
            outbox.append(.reload(path: document.snapshot?.path ?? fileName))
        }
    }

    mutating func finishReload(_ result: Result<MapSnapshot, MapLoadFailure>) {
        switch result {
        case .success(let snapshot):
            let anchors = captureAnchors()
            document.reload(from: snapshot)
            changedOnDisk = false
            outbox.append(.removeJournal)
            outbox.append(.watch(path: snapshot.path, revision: snapshot.revision))
            restoreAnchors(anchors, renames: [], select: nil)
            status = StatusMessage("Reloaded \(fileName) from disk")
        case .failure(.problems(let diagnostics)):
            status = StatusMessage("\(fileName) changed on disk and has \(diagnostics.count) problem\(diagnostics.count == 1 ? "" : "s"); kept the map as it was",
                                   kind: .error)
        case .failure(.unreadable(let reason)):
            status = StatusMessage("Cannot reload: \(TextSanitizer.sanitize(reason))", kind: .error)
        }
    }

    mutating func offerRecovery(_ recovery: RecoveryJournal.Recovery) {
        let sameBase = recovery.baseDigest == document.snapshot?.revision.digest
        var lines = ["\(recovery.edits.count) edit\(recovery.edits.count == 1 ? "" : "s") were not saved when resmap last stopped:"]
        lines += recovery.edits.suffix(5).map { "  · \(TextSanitizer.sanitize($0.label))" }
        if recovery.edits.count > 5 { lines.insert("  · …", at: 1) }
        if !sameBase { lines += ["", "The file has changed since: edits to items changed since are skipped."] }
        if recovery.truncated { lines += ["", "The last edit was cut short by the stop and is left out."] }
        overlays.append(.confirm(ConfirmState(
            title: "Recover unsaved edits?", lines: lines,
            choices: [ConfirmState.Choice(key: .character("r"), label: "replay them", outcome: .replay(recovery)),
                      ConfirmState.Choice(key: .character("d"), label: "discard them", outcome: .discardRecovery)])))
    }

    /// Commits each journaled edit again; edits that no longer fit are skipped and counted.
    mutating func replay(_ recovery: RecoveryJournal.Recovery) {
        var applied = 0
        var skipped = 0
        for edit in recovery.edits {
            do {
                try document.commit(edit)
                applied += 1
            } catch {
                skipped += 1
            }
        }
        if let snapshot = document.snapshot {
            outbox.append(.startJournal(base: snapshot.revision, edits: document.sinceSnapshot))
        }
        status = StatusMessage("Replayed \(applied) edit\(applied == 1 ? "" : "s")"
                               + (skipped > 0 ? ", skipped \(skipped) that no longer fit" : "") + ": save with C-s",
                               kind: skipped > 0 ? .error : .info)
    }
}

/// Set when the user chose "save and quit": the save's success then quits.
enum QuitAfterSaveKey: ScreenStateKey {
    static var initialValue: Bool { false }
}

extension ItemRef {
    /// The same item under the ids it has after `renames`.
    func renamed(_ renames: [MapEdit.Rename]) -> ItemRef {
        var ref = self
        for rename in renames {
            func swap(_ id: String) -> String { id == rename.from ? rename.to : id }
            switch (ref, rename.section) {
            case (.system(let id), .systems): ref = .system(swap(id))
            case (.role(let id), .roles): ref = .role(swap(id))
            case (.grant(let role, let index), .roles): ref = .grant(role: swap(role), index: index)
            case (.flow(let id), .flows): ref = .flow(swap(id))
            case (.step(let flow, let index), .flows): ref = .step(flow: swap(flow), index: index)
            case (.claim(let id), .claims): ref = .claim(swap(id))
            case (.exception(let id), .exceptions): ref = .exception(swap(id))
            case (.offering(let id), .offerings): ref = .offering(swap(id))
            case (.category(let id), .categories): ref = .category(swap(id))
            default: break
            }
        }
        return ref
    }
}
