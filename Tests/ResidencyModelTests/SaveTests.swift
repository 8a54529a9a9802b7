import Foundation
import Testing
@testable import ResidencyModel

@Suite("Saving: only what was edited changes, external changes merge, failures keep the file")
struct SaveTests {
    private func save(_ document: MapDocument) throws -> MapSave.Outcome {
        guard let snapshot = document.snapshot else { throw TestFailure("no snapshot") }
        return MapSave(snapshot: snapshot, map: document.map, renames: document.renamesSinceSnapshot).perform()
    }

    private func read(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    @Test("Editing one system of each sample rewrites only that system's lines", arguments: ["acme-saas.yaml", "northwind-multi-region.yaml"])
    func onlyEditedLinesChange(sample: String) throws {
        let path = try EditingSupport.temporaryCopy(of: EditingSupport.samplePath(sample))
        let before = try read(path)
        var document = try EditingSupport.document(path)
        let system = document.map.systems[2]
        try document.commit(try document.editor.set(.system(system.id), field: "vendor", to: "Zürich Hosting AG"))
        guard case .saved(let snapshot, let preserved, _) = try save(document) else { throw TestFailure("not saved") }
        #expect(preserved)
        let after = try read(path)
        #expect(snapshot.text == after)
        let changed = EditingSupport.changedLines(before, after)
        #expect(changed.added.contains { $0.contains("vendor: Zürich Hosting AG") })
        // Only lines of that one system differ; the comment header stays byte for byte.
        #expect(after.hasPrefix(String(before.prefix(200))))
        #expect(changed.removed.count <= 12 && changed.added.count <= 12)
        #expect(MapFile.decode(yaml: after, fileName: path).map == document.map)
    }

    @Test("A new grant on an Acme role adds its lines and changes no other line: rewritten items keep the file's list indentation")
    func grantAddsOnlyItsLines() throws {
        let path = try EditingSupport.temporaryCopy(of: EditingSupport.samplePath("acme-saas.yaml"))
        let before = try read(path)
        var document = try EditingSupport.document(path)
        let grant = try ItemValue.make(.grant, from: ["system": "uploads", "can": "view, export", "when": "always"])
        try document.commit(try #require(document.editor.add(grant, owner: "support-eu")).edit)
        guard case .saved = try save(document) else { throw TestFailure("not saved") }
        let changed = EditingSupport.changedLines(before, try read(path))
        #expect(changed.removed.isEmpty)
        #expect(changed.added == ["      - system: uploads", "        can: [view, export]", "        when: always", "        recorded: false"])
    }

    @Test("A new sign-off adds its three lines to the header and changes nothing else")
    func signOffAddsOnlyItsLines() throws {
        let path = try EditingSupport.temporaryCopy(of: EditingSupport.samplePath("acme-saas.yaml"))
        let before = try read(path)
        var document = try EditingSupport.document(path)
        let value = try ItemValue.make(.signOff, from: ["by": "Ana Lima", "team": "legal", "on": "2026-12-01"])
        try document.commit(try #require(document.editor.add(value)).edit)
        guard case .saved = try save(document) else { throw TestFailure("not saved") }
        let changed = EditingSupport.changedLines(before, try read(path))
        #expect(changed.removed.isEmpty)
        #expect(changed.added == ["    - by: Ana Lima", "      team: legal", "      on: 2026-12-01"])
    }

    @Test("Lists nested in items are indented the way the file does it")
    func sequenceIndentation() {
        let text = "- id: r\n  access:\n  - system: a\n    can: [view]\n  - system: b\n    can: [view]\n  notes: x\n"
        #expect(SequenceIndentation.indent(text)
                == "- id: r\n  access:\n    - system: a\n      can: [view]\n    - system: b\n      can: [view]\n  notes: x\n")
        #expect(SequenceIndentation.of(["systems:\n", "- id: a\n", "  access:\n", "  - system: b\n"]) == .indentless)
        #expect(SequenceIndentation.of(["systems:\n", "  - id: a\n", "    access:\n", "      - system: b\n"]) == .indented)
    }

    @Test("A change written in place, same size and same inode, is still noticed (by its time, then its content)")
    func inPlaceChangeNoticed() throws {
        let path = try EditingSupport.temporaryCopy(of: FileFormatTestSupport.fixture("commented-map.yaml"))
        var document = try EditingSupport.document(path)
        try document.commit(try document.editor.set(.system("errors"), field: "vendor", to: "Ours"))
        Thread.sleep(forTimeInterval: 0.01)
        let text = try read(path)
        let changed = text.replacingOccurrences(of: "name: Primary database", with: "name: Primary databasf")
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.write(contentsOf: Data(changed.utf8))
        try handle.close()
        guard case .saved(let snapshot, _, let merged) = try save(document) else { throw TestFailure("not saved") }
        #expect(merged == 1)
        #expect(snapshot.map.systems.first { $0.id == "db" }?.name == "Primary databasf")
    }

    @Test("A hand-written file keeps every comment outside the edited item")
    func commentsKept() throws {
        let path = try EditingSupport.temporaryCopy(of: FileFormatTestSupport.fixture("commented-map.yaml"))
        let before = try read(path)
        var document = try EditingSupport.document(path)
        try document.commit(try document.editor.set(.system("errors"), field: "location", to: "aws:eu-west-1"))
        guard case .saved(_, let preserved, _) = try save(document) else { throw TestFailure("not saved") }
        #expect(preserved)
        let after = try read(path)
        for comment in ["# A hand-written map", "# trailing comment on the name", "# Offerings sold",
                        "# The database: confirmed in the console.", "# Frankfurt", "# Error tracking goes to the US today.",
                        "# Copies below", "# nightly", "# end of file comment"] {
            #expect(after.contains(comment), "lost \(comment)")
        }
        let changed = EditingSupport.changedLines(before, after)
        #expect(changed.removed.contains("    location: US"))
        #expect(changed.added.contains("    location: aws:eu-west-1"))
        #expect(!changed.removed.contains { $0.contains("# The database") })
        #expect(MapFile.decode(yaml: after, fileName: path).map == document.map)
    }

    @Test("Add, delete and rename keep the rest of a commented file byte for byte")
    func addDeleteRename() throws {
        let path = try EditingSupport.temporaryCopy(of: FileFormatTestSupport.fixture("commented-map.yaml"))
        var document = try EditingSupport.document(path)
        try document.commit(try document.editor.rename(.system("db"), to: "primary-db"))
        let role = try ItemValue.make(.role, from: ["id": "support-ca", "name": "Support Canada", "team": "support", "countries": "CA"])
        try document.commit(document.editor.add(role)!.edit)
        try document.commit(document.editor.remove(.system("errors")))
        guard case .saved = try save(document) else { throw TestFailure("not saved") }
        let after = try read(path)
        #expect(MapFile.decode(yaml: after, fileName: path).map == document.map)
        // The renamed system stays where it was, with its comment above it.
        let lines = after.split(separator: "\n").map(String.init)
        let commentLine = try #require(lines.firstIndex(of: "  # The database: confirmed in the console."))
        #expect(lines[commentLine + 1] == "  - id: primary-db")
        #expect(after.contains("# end of file comment"))
        #expect(after.hasSuffix("roles:\n- id: support-ca\n  name: Support Canada\n  team: support\n  countries: [CA]\n"))
        #expect(!after.contains("Payloads include form fields"))
    }

    @Test("A colleague's change to another item merges; to the same item it asks")
    func externalChanges() throws {
        let path = try EditingSupport.temporaryCopy(of: FileFormatTestSupport.fixture("commented-map.yaml"))
        var document = try EditingSupport.document(path)
        try document.commit(try document.editor.set(.system("errors"), field: "location", to: "aws:eu-west-1"))
        // Someone else edits the database's name on disk.
        let theirs = try read(path).replacingOccurrences(of: "name: Primary database", with: "name: Main database")
        try theirs.write(toFile: path, atomically: true, encoding: .utf8)
        guard case .saved(let snapshot, _, let merged) = try save(document) else { throw TestFailure("not merged") }
        #expect(merged == 1)
        #expect(snapshot.map.systems.first { $0.id == "db" }?.name == "Main database")
        #expect(snapshot.map.systems.first { $0.id == "errors" }?.location == .places(["aws:eu-west-1"]))
        document.didSaveMerged(as: snapshot)
        #expect(!document.isModified)

        // Now both change the same item.
        try document.commit(try document.editor.set(.system("db"), field: "vendor", to: "Ours"))
        let clash = try read(path).replacingOccurrences(of: "    kind: database\n", with: "    kind: database\n    vendor: Theirs\n")
        try clash.write(toFile: path, atomically: true, encoding: .utf8)
        guard case .conflicts(let conflicts, let theirSnapshot) = try save(document) else { throw TestFailure("no conflict") }
        #expect(conflicts.map(\.subject) == [.item(ItemKey(section: .systems, name: "db"))])
        #expect(theirSnapshot.map.systems.first { $0.id == "db" }?.vendor == "Theirs")
        // Keep mine for that item: saved with ours.
        let resolved = MapSave(snapshot: document.snapshot!, map: document.map, renames: [],
                               resolutions: [conflicts[0].subject: .ours]).perform()
        guard case .saved(let final, _, _) = resolved else { throw TestFailure("not saved after choosing") }
        #expect(final.map.systems.first { $0.id == "db" }?.vendor == "Ours")
        #expect(try read(path).contains("vendor: Ours"))
    }

    @Test("A failure at any step of the write leaves the file intact, no temporary file, and the edits in memory",
          arguments: AtomicFileWriter.Step.allCases)
    func failedWriteKeepsFile(step: AtomicFileWriter.Step) throws {
        let path = try EditingSupport.temporaryCopy(of: FileFormatTestSupport.fixture("commented-map.yaml"))
        let before = try read(path)
        var document = try EditingSupport.document(path)
        try document.commit(try document.editor.set(.system("errors"), field: "location", to: "DE"))
        var failing = AtomicFileWriter()
        failing.injectFailure = { at, _ in
            if at == step { throw MapFileError(path: nil, message: "disk full (injected at \(at))") }
        }
        let outcome = MapSave(snapshot: document.snapshot!, map: document.map, renames: []).perform(using: failing)
        guard case .failed(let message) = outcome else { throw TestFailure("did not fail") }
        #expect(message.contains("disk full"))
        #expect(try read(path) == before)
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["commented-map.yaml"])
        #expect(document.isModified)
    }

    @Test("The journal replays every committed edit after a kill")
    func journalReplays() throws {
        let path = try EditingSupport.temporaryCopy(of: EditingSupport.samplePath("acme-saas.yaml"))
        var document = try EditingSupport.document(path)
        let journal = RecoveryJournal(forMap: path)
        try journal.start(base: document.snapshot!.revision)
        for edit in [try document.editor.set(.system("uploads"), field: "location", to: "aws:us-east-1"),
                     try document.editor.rename(.system("db-main"), to: "primary-db")] {
            let committed = try document.commit(edit)
            try journal.append(committed.edit)
        }
        let undone = try document.undo()!
        try journal.append(undone.edit)
        // A kill in the middle of the next append leaves half a line.
        let handle = try #require(FileHandle(forWritingAtPath: journal.path))
        handle.seekToEndOfFile()
        handle.write(Data("{\"edit\":{\"lab".utf8))
        try handle.close()
        var info = stat()
        #expect(stat(journal.path, &info) == 0 && info.st_mode & 0o777 == 0o600)

        let recovery = try #require(try journal.read())
        #expect(recovery.truncated)
        #expect(recovery.baseDigest == document.snapshot!.revision.digest)
        var reopened = try EditingSupport.document(path)
        for edit in recovery.edits { try reopened.commit(edit) }
        #expect(reopened.map == document.map)
        journal.remove()
        #expect(!journal.exists)
    }

    @Test("A 2,000-system map saves one edit, and the next from the layout the first left, without re-reading the file")
    func largeMapSave() throws {
        let map = MapGenerator(seed: 7).map(systems: 2_000)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("resmap-large-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("large.yaml").path
        try MapFile.write(map, to: path)
        var document = try EditingSupport.document(path)
        let id = document.map.systems[1000].id
        try document.commit(try document.editor.set(.system(id), field: "name", to: "Renamed 東京"))
        guard case .saved(let snapshot, let preserved, _) = try save(document) else { throw TestFailure("not saved") }
        #expect(preserved)
        let written = try read(path)
        #expect(written == snapshot.text)
        #expect(MapFile.decode(yaml: written, fileName: path).map == document.map)
        // The next save works from the layout the first one left.
        document.didSave(as: snapshot)
        try document.commit(try document.editor.set(.system(id), field: "name", to: "Again"))
        guard case .saved(let second, true, _) = try save(document) else { throw TestFailure("second save") }
        #expect(MapFile.decode(yaml: second.text, fileName: path).map == document.map)
    }
}

extension MapReadResult {
    var map: ResidencyMap? {
        if case .success(let map) = self { return map }
        return nil
    }
}
