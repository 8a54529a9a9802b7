import Foundation
import ResidencyModel
import ResidencyTUI
import Testing

/// Saving, quitting, changes on disk and recovery, as messages in and effects out. Saves run for
/// real (`MapSave.perform`) on a temporary copy of the Acme sample.
@Suite("Editing: save, quit, external change, recovery")
struct SaveFlowTests {
    /// A state on a temporary copy, with the uploads bucket's vendor changed through its form.
    private func editedCopy() throws -> (AppState, String) {
        let path = try Editing.temporaryCopy()
        var state = try Editing.acmeFromFile(path: path)
        state.press(.character("2"))
        state.select(.system("uploads"))
        state.press(.character("e"))
        state.setField("vendor", to: "Amazon S3")
        state.press(.enter)
        #expect(state.document.isModified)
        return (state, path)
    }

    private func saveEffect(_ effects: [Effect], sourceLocation: SourceLocation = #_sourceLocation) -> MapSave? {
        for effect in effects { if case .save(let save) = effect { return save } }
        Issue.record("no save effect in \(effects.names)", sourceLocation: sourceLocation)
        return nil
    }

    private func text(_ path: String) -> String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }

    /// Writes the file as someone else would: the same text with the first `old` replaced.
    private func changeOnDisk(_ path: String, _ old: String, _ new: String) throws {
        var text = text(path)
        let range = try #require(text.range(of: old))
        text.replaceSubrange(range, with: new)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    // MARK: Saving

    @Test("C-s yields a save; performing it and feeding the outcome back clears the unsaved mark, drops the journal and watches")
    func save() throws {
        var (state, path) = try editedCopy()
        defer { Editing.removeFolder(of: path) }
        let before = text(path)
        let effects = state.press(.control("s"))
        #expect(effects.names == ["save"])
        #expect(state.status?.text.hasPrefix("Saving ") == true)
        let save = try #require(saveEffect(effects))
        #expect(save.path == path)
        #expect(save.map == state.map)

        let outcome = save.perform()
        guard case .saved(let snapshot, let preserved, let merged) = outcome else {
            Issue.record("not saved: \(outcome)")
            return
        }
        #expect(preserved)
        #expect(merged == 0)
        let finished = state.update(.saveFinished(outcome))
        #expect(finished.names == ["removeJournal", "watch"])
        if case .watch(let watched, let revision)? = finished.last {
            #expect(watched == path)
            #expect(revision == snapshot.revision)
        }
        #expect(!state.document.isModified)
        #expect(state.status?.text == "Saved \(path)")
        let changed = EditingLines.changed(before, text(path))
        #expect(changed.removed == ["    vendor: AWS S3"])
        #expect(changed.added == ["    vendor: Amazon S3"])

        // Nothing more to save.
        #expect(state.press(.control("s")).isEmpty)
        #expect(state.status?.text == "No changes to save")
        // The next edit starts a new journal on the saved revision.
        #expect(state.press(.character("y")).names == ["startJournal"])
    }

    @Test("A failed save keeps the edits and says so")
    func failed() throws {
        var (state, path) = try editedCopy()
        defer { Editing.removeFolder(of: path) }
        let edited = state.map
        let effects = state.update(.saveFinished(.failed("disk full")))
        #expect(effects.isEmpty)
        #expect(state.document.isModified)
        #expect(state.map == edited)
        #expect(state.status == StatusMessage("Not saved: disk full. Your edits are kept and journaled.", kind: .error))

        // A real failure: a folder that does not exist.
        var save = try #require(saveEffect(state.press(.control("s"))))
        save.path = "/nonexistent-\(UUID().uuidString)/acme.yaml"
        let outcome = save.perform()
        guard case .failed = outcome else {
            Issue.record("expected a failure, got \(outcome)")
            return
        }
        _ = state.update(.saveFinished(outcome))
        #expect(state.document.isModified)
        #expect(state.status?.text.hasPrefix("Not saved: ") == true)
    }

    @Test("Someone else's change to another item is merged on save")
    func merged() throws {
        var (state, path) = try editedCopy()
        defer { Editing.removeFolder(of: path) }
        try changeOnDisk(path, "    vendor: Sentry\n", "    vendor: Sentry (EU)\n")
        let outcome = try #require(saveEffect(state.press(.control("s")))).perform()
        guard case .saved(_, _, let merged) = outcome else {
            Issue.record("not saved: \(outcome)")
            return
        }
        #expect(merged == 1)
        _ = state.update(.saveFinished(outcome))
        #expect(state.map.system("error-tracking")?.vendor == "Sentry (EU)")
        #expect(state.map.system("uploads")?.vendor == "Amazon S3")
        #expect(!state.document.isModified)
        #expect(state.status?.text == "Saved \(path), with 1 change someone else saved")
    }

    @Test("Conflicts open the conflict overlay; m and t choose; Enter saves again with the choices")
    func conflicts() throws {
        var (state, path) = try editedCopy()
        defer { Editing.removeFolder(of: path) }
        try changeOnDisk(path, "    vendor: AWS S3\n", "    vendor: S3 (theirs)\n")
        let outcome = try #require(saveEffect(state.press(.control("s")))).perform()
        guard case .conflicts(let list, _) = outcome else {
            Issue.record("expected conflicts, got \(outcome)")
            return
        }
        #expect(list.count == 1)
        let subject = try #require(list.first?.subject)
        #expect(state.update(.saveFinished(outcome)).isEmpty)
        #expect(state.topConflicts?.conflicts.count == 1)
        #expect(AppView.render(state).lines.contains { $0.contains("[not chosen]") })

        state.press(.character("t"))
        #expect(state.topConflicts?.choices[subject] == .theirs)
        state.press(.character("m"))
        #expect(state.topConflicts?.choices[subject] == .ours)
        #expect(AppView.render(state).lines.contains { $0.contains("[mine]") })
        state.press(.character("?"))
        #expect(state.status?.text.hasPrefix("m keeps mine, t takes theirs") == true)

        let again = try #require(saveEffect(state.press(.enter)))
        #expect(state.overlays.isEmpty)
        #expect(again.resolutions == [subject: .ours])
        let second = again.perform()
        guard case .saved = second else {
            Issue.record("not saved: \(second)")
            return
        }
        _ = state.update(.saveFinished(second))
        #expect(!state.document.isModified)
        #expect(text(path).contains("    vendor: Amazon S3\n"))
        #expect(!text(path).contains("S3 (theirs)"))
    }

    @Test("Taking theirs in a conflict saves their value")
    func conflictTheirs() throws {
        var (state, path) = try editedCopy()
        defer { Editing.removeFolder(of: path) }
        try changeOnDisk(path, "    vendor: AWS S3\n", "    vendor: S3 (theirs)\n")
        let outcome = try #require(saveEffect(state.press(.control("s")))).perform()
        _ = state.update(.saveFinished(outcome))
        state.press(.character("T"))
        let again = try #require(saveEffect(state.press(.enter)))
        _ = state.update(.saveFinished(again.perform()))
        #expect(state.map.system("uploads")?.vendor == "S3 (theirs)")
        #expect(text(path).contains("    vendor: S3 (theirs)\n"))
    }

    // MARK: Quitting

    @Test("q with nothing unsaved quits at once")
    func quitClean() throws {
        var state = try Editing.acmeFromFile()
        #expect(state.press(.character("q")).names == ["removeJournal", "quit"])
    }

    @Test("q with unsaved edits asks; d quits without saving; Esc stays")
    func quitDiscard() throws {
        var (state, path) = try editedCopy()
        defer { Editing.removeFolder(of: path) }
        var effects = state.press(.character("q"))
        #expect(effects.isEmpty)
        let confirm = try #require(state.topConfirm)
        #expect(confirm.title == "Quit with unsaved changes?")
        #expect(confirm.lines == ["1 edit not saved to \(path)."])
        state.press(.escape)
        #expect(state.overlays.isEmpty)
        state.press(.character("q"))
        effects = state.press(.character("d"))
        #expect(effects.names == ["removeJournal", "quit"])
    }

    @Test("s in the quit question saves, and quits once the save has finished")
    func quitSave() throws {
        var (state, path) = try editedCopy()
        defer { Editing.removeFolder(of: path) }
        state.press(.character("q"))
        let effects = state.press(.character("s"))
        #expect(effects.names == ["save"], "no quit before the save is done")
        let save = try #require(saveEffect(effects))
        let finished = state.update(.saveFinished(save.perform()))
        #expect(finished.names == ["removeJournal", "watch", "quit"])
    }

    @Test("s in the quit question, then a failed save: no quit, and a later save does not quit either")
    func quitSaveFails() throws {
        var (state, path) = try editedCopy()
        defer { Editing.removeFolder(of: path) }
        state.press(.character("q"), .character("s"))
        #expect(!state.update(.saveFinished(.failed("disk full"))).names.contains("quit"))
        let save = try #require(saveEffect(state.press(.control("s"))))
        #expect(!state.update(.saveFinished(save.perform())).names.contains("quit"))
    }

    @Test(":w saves, :q asks when edits are unsaved, :wq saves then quits, :q! quits at once")
    func commands() throws {
        var (state, path) = try editedCopy()
        defer { Editing.removeFolder(of: path) }
        state.press(.character(":"))
        guard case .prompt(let prompt)? = state.overlays.last else {
            Issue.record("no prompt")
            return
        }
        #expect(prompt.title == ":")
        state.type("w")
        let written = state.press(.enter)
        #expect(written.names == ["save"])
        #expect(state.overlays.isEmpty)

        state.press(.character(":"))
        state.type("q")
        #expect(state.press(.enter).isEmpty)
        #expect(state.topConfirm?.title == "Quit with unsaved changes?")
        state.press(.escape)

        state.press(.character(":"))
        state.type("wq")
        let effects = state.press(.enter)
        let save = try #require(saveEffect(effects))
        #expect(state.update(.saveFinished(save.perform())).names == ["removeJournal", "watch", "quit"])

        state.press(.character(":"))
        state.type("q")
        #expect(state.press(.enter).names == ["removeJournal", "quit"], "saved: :q quits at once")

        state.press(.character("y"))
        state.press(.character(":"))
        state.type("q!")
        #expect(state.press(.enter).names == ["removeJournal", "quit"])

        state.press(.character(":"))
        state.type("wat")
        #expect(state.press(.enter).isEmpty)
        #expect(state.status == StatusMessage("Unknown command :wat (try :w, :q, :wq or :q!)", kind: .error))
    }

    // MARK: Changes on disk

    @Test("A change on disk with no local edits reloads the file")
    func externalChangeReloads() throws {
        let path = try Editing.temporaryCopy()
        defer { Editing.removeFolder(of: path) }
        var state = try Editing.acmeFromFile(path: path)
        try changeOnDisk(path, "    vendor: Sentry\n", "    vendor: Sentry (EU)\n")
        let effects = state.update(.fileChangedOnDisk)
        #expect(effects.names == ["reload"])
        if case .reload(let reloaded)? = effects.first { #expect(reloaded == path) }
        let reloaded = state.update(.reloaded(MapSnapshot.read(path: path)))
        #expect(reloaded.names == ["removeJournal", "watch"])
        #expect(state.map.system("error-tracking")?.vendor == "Sentry (EU)")
        #expect(!state.changedOnDisk)
        #expect(state.status?.text == "Reloaded \(path) from disk")
    }

    @Test("A change on disk with local edits is marked; saving will merge")
    func externalChangeWithEdits() throws {
        var (state, path) = try editedCopy()
        defer { Editing.removeFolder(of: path) }
        let edited = state.map
        let effects = state.update(.fileChangedOnDisk)
        #expect(effects.isEmpty, "nothing is reloaded over unsaved edits")
        #expect(state.changedOnDisk)
        #expect(state.map == edited)
        #expect(state.status?.text.contains("changed on disk: saving will merge") == true, "\(state.status?.text ?? "")")
        #expect(state.update(.fileChangedOnDisk).isEmpty)
    }

    // MARK: Recovery

    @Test("A journal found at start is offered; r replays its edits and starts a journal; d discards it")
    func recovery() throws {
        let path = try Editing.temporaryCopy()
        defer { Editing.removeFolder(of: path) }
        // A session that edits twice and is killed: its journal effects, written as the backend would.
        var lost = try Editing.acmeFromFile(path: path)
        let journal = RecoveryJournal(forMap: path)
        lost.press(.character("2"))
        lost.select(.system("uploads"))
        lost.press(.character("e"))
        lost.setField("location", to: "aws:us-east-1")
        lost.focusField("vendor")
        var effects = lost.press(.enter)
        lost.select(.system("api"))
        effects += lost.press(.character("y"))
        for effect in effects {
            switch effect {
            case .startJournal(let base, let edits): try journal.start(base: base, edits: edits)
            case .appendJournal(let edit): try journal.append(edit)
            default: Issue.record("unexpected effect \(effect.name)")
            }
        }
        let recovery = try #require(try journal.read())
        #expect(recovery.edits.count == 2)

        var state = try Editing.acmeFromFile(path: path)
        let original = state.map
        #expect(state.update(.recoveryFound(recovery)).isEmpty)
        let confirm = try #require(state.topConfirm)
        #expect(confirm.title == "Recover unsaved edits?")
        #expect(confirm.lines == ["2 edits were not saved when resmap last stopped:", "  · Edit system File uploads",
                                  "  · Add system API (copy)"])
        var replayed = state
        effects = replayed.press(.character("r"))
        #expect(effects.names == ["startJournal"])
        if case .startJournal(_, let edits)? = effects.first { #expect(edits.count == 2) }
        #expect(replayed.map == lost.map)
        #expect(replayed.document.isModified)
        #expect(replayed.evaluation.result(forClaim: "files-frankfurt")?.verdict == .broken)
        #expect(replayed.status?.text == "Replayed 2 edits: save with C-s")

        effects = state.press(.character("d"))
        #expect(effects.names == ["removeJournal"])
        #expect(state.map == original)
        #expect(!state.document.isModified)
        #expect(state.status?.text == "Discarded the unsaved edits")
        journal.remove()
    }

    @Test("A journal made on another revision of the file says edits to changed items are skipped")
    func recoveryOtherBase() throws {
        let path = try Editing.temporaryCopy()
        defer { Editing.removeFolder(of: path) }
        var lost = try Editing.acmeFromFile(path: path)
        lost.press(.character("2"))
        lost.select(.system("uploads"))
        lost.press(.character("e"))
        lost.setField("vendor", to: "Amazon S3")
        let effects = lost.press(.enter)
        let journal = RecoveryJournal(forMap: path)
        defer { journal.remove() }
        guard case .startJournal(let base, let edits)? = effects.first else {
            Issue.record("no journal started")
            return
        }
        try journal.start(base: base, edits: edits)
        try changeOnDisk(path, "    vendor: AWS S3\n", "    vendor: S3 (theirs)\n")
        var state = try Editing.acmeFromFile(path: path)
        _ = state.update(.recoveryFound(try #require(try journal.read())))
        #expect(state.topConfirm?.lines.contains("The file has changed since: edits to items changed since are skipped.") == true)
        state.press(.character("r"))
        #expect(state.map.system("uploads")?.vendor == "S3 (theirs)", "the edit no longer fits and is skipped")
        #expect(state.status == StatusMessage("Replayed 0 edits, skipped 1 that no longer fit: save with C-s", kind: .error))
    }
}

/// The lines that differ between two texts (common prefix and suffix removed).
enum EditingLines {
    static func changed(_ old: String, _ new: String) -> (removed: [String], added: [String]) {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        return (Array(a[prefix..<(a.count - suffix)]), Array(b[prefix..<(b.count - suffix)]))
    }
}
