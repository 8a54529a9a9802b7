import Foundation
import ResidencyModel
import Testing

/// `resmap set`, `add`, `rm` and `rename` on a copy of the Acme sample: what they print, the exit
/// codes, and that the file changes only where the edit is (or not at all).
@Suite("resmap set, add, rm, rename: edits from the command line")
struct EditCommandsEndToEndTests {
    private static let today = ["--today", "2026-01-15"]

    /// A temporary folder holding a copy of the Acme sample, removed afterwards.
    private func withAcme(_ body: (_ folder: String, _ map: String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("resmap-edit-e2e-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let map = folder + "/map.yaml"
        try FileManager.default.copyItem(atPath: ResmapBinary.acmeSample.path, toPath: map)
        try body(folder, map)
    }

    private func resmap(_ arguments: [String]) throws -> Subprocess.Result {
        try Subprocess.run(try ResmapBinary.url(), arguments)
    }

    private func bytes(_ path: String) throws -> Data {
        try #require(FileManager.default.contents(atPath: path))
    }

    private func lines(_ path: String) throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
    }

    private func loaded(_ path: String) throws -> ResidencyMap {
        guard case .success(let map) = MapFile.read(path: path) else { throw Subprocess.Failure(description: "\(path) does not load") }
        return map
    }

    /// The lines of the top-level list item starting at `- id: ID`, as a range of line indexes.
    private func itemRange(_ lines: [String], id: String) throws -> Range<Int> {
        let start = try #require(lines.firstIndex(of: "  - id: \(id)"))
        let end = lines[(start + 1)...].firstIndex { $0.hasPrefix("  - ") || (!$0.hasPrefix(" ") && !$0.isEmpty) } ?? lines.count
        return start..<end
    }

    /// `check` loads the file (exit 0 or 1, never 2: broken claims are fine, a broken file is not).
    private func expectLoads(_ path: String) throws {
        let check = try resmap(["check", path] + Self.today)
        #expect(check.status == 0 || check.status == 1, "check: \(check.errors)")
    }

    // MARK: set

    @Test("set system:uploads location breaks the Frankfurt claim and rewrites only that system's lines")
    func setLocation() throws {
        try withAcme { _, map in
            let before = try lines(map)
            let result = try resmap(["set", map, "system:uploads", "location", "aws:us-east-1"] + Self.today)
            #expect(result.status == 0, "\(result.errors)")
            #expect(result.output.hasPrefix("Set location of File uploads to aws:us-east-1\n"))
            #expect(result.output.contains("  Uploaded files are stored in Frankfurt (files-frankfurt): holds -> broken\n"))
            #expect(result.output.hasSuffix("Saved \(map).\n"))

            let after = try lines(map)
            #expect(after.count == before.count)
            let system = try itemRange(before, id: "uploads")
            let changed = before.indices.filter { before[$0] != after[$0] }
            let location = try #require(system.first { before[$0] == "    location: aws:eu-central-1" })
            #expect(changed == [location])
            #expect(after[location] == "    location: aws:us-east-1")
            #expect(try loaded(map).systems.first { $0.id == "uploads" }?.location == .places(["aws:us-east-1"]))
            try expectLoads(map)
        }
    }

    @Test("set joins several words with spaces, and with commas for a list field")
    func setWords() throws {
        try withAcme { _, map in
            let text = try resmap(["set", map, "claim:files-frankfurt", "text", "Uploaded", "files", "stay", "in", "Frankfurt"] + Self.today)
            #expect(text.status == 0, "\(text.errors)")
            let list = try resmap(["set", map, "system:uploads", "location", "aws:eu-central-1", "DE"] + Self.today)
            #expect(list.status == 0, "\(list.errors)")
            #expect(list.output.contains("No verdict changed."))
            let read = try loaded(map)
            #expect(read.claims.first { $0.id == "files-frankfurt" }?.text == "Uploaded files stay in Frankfurt")
            #expect(read.systems.first { $0.id == "uploads" }?.location == .places(["aws:eu-central-1", "DE"]))
        }
    }

    @Test("set with an unknown location is refused with the fix and leaves the file byte for byte")
    func setInvalidLocation() throws {
        try withAcme { _, map in
            let before = try bytes(map)
            let result = try resmap(["set", map, "system:uploads", "location", "aws:eu-centrall-1"] + Self.today)
            #expect(result.status == 1)
            #expect(result.errors.contains("resmap: error: system uploads: location: unknown location 'aws:eu-centrall-1'"))
            #expect(result.errors.contains("fix: did you mean 'aws:eu-central-1'?"))
            #expect(result.output.isEmpty)
            #expect(try bytes(map) == before)
        }
    }

    @Test("A field that cannot be read, or an unknown item, exits 1 naming it")
    func setFieldErrors() throws {
        try withAcme { _, map in
            let before = try bytes(map)
            let status = try resmap(["set", map, "system:uploads", "status", "guess"])
            #expect(status.status == 1)
            #expect(status.errors.contains("resmap: error: status: "))
            let field = try resmap(["set", map, "system:uploads", "vendorr", "x"])
            #expect(field.status == 1)
            #expect(field.errors.contains("Did you mean 'vendor'?"))
            let item = try resmap(["set", map, "system:nope", "vendor", "x"])
            #expect(item.status == 1)
            #expect(item.errors.contains("resmap: error: item: the map has no system 'nope'"))
            #expect(try bytes(map) == before)
        }
    }

    // MARK: add

    @Test("add role, then add grant to it: new lines only, and the access claim breaks")
    func addRoleAndGrant() throws {
        try withAcme { _, map in
            let before = try lines(map)
            let role = try resmap(["add", map, "role", "--id", "support-ca", "--name", "Support Canada",
                                   "--team", "support", "--countries", "CA"] + Self.today)
            #expect(role.status == 0, "\(role.errors)")
            #expect(role.output.hasPrefix("Add role Support Canada (role:support-ca)\nNo verdict changed.\n"))
            let grant = try resmap(["add", map, "grant", "--role", "support-ca", "--system", "db-main", "--can", "view,export"] + Self.today)
            #expect(grant.status == 0, "\(grant.errors)")
            #expect(grant.output.contains("(grant:support-ca/1)"))
            #expect(grant.output.contains("(eu-records-access): holds with exceptions -> broken"))

            let after = try lines(map)
            // Every line of the file is still there, in order; the new role's lines come in one block.
            #expect(after.count > before.count)
            var remaining = after[...]
            for line in before {
                let found = try #require(remaining.firstIndex(of: line), "lost \(line)")
                remaining = after[(found + 1)...]
            }
            let added = try itemRange(after, id: "support-ca")
            #expect(after.count - before.count == added.count)
            let read = try loaded(map)
            let made = try #require(read.roles.first { $0.id == "support-ca" })
            #expect(made.countries == ["CA"])
            #expect(made.access.map(\.system) == ["db-main"])
            #expect(made.access.first?.capabilities == [.view, .export])
            try expectLoads(map)
        }
    }

    @Test("add step --position puts it at that place in the flow")
    func addStep() throws {
        try withAcme { _, map in
            let result = try resmap(["add", map, "step", "--flow", "signup", "--system", "api", "--data", "user-ids", "--position", "2"] + Self.today)
            #expect(result.status == 0, "\(result.errors)")
            #expect(result.output.contains("(step:signup/2)"))
            let steps = try #require(try loaded(map).flows.first { $0.id == "signup" }?.steps)
            #expect(steps[1].system == "api")
            #expect(steps[1].data == ["user-ids"])
        }
    }

    @Test("add with an unknown field key exits 1 with the kind's fields and a suggestion")
    func addUnknownField() throws {
        try withAcme { _, map in
            let before = try bytes(map)
            let result = try resmap(["add", map, "role", "--id", "x", "--nmae", "X"])
            #expect(result.status == 1)
            #expect(result.errors.contains("resmap: error: nmae: a role has no field 'nmae'. Did you mean '--name'?"))
            #expect(result.errors.contains("Fields: id, name, team, countries, headcount, notes"))
            let owner = try resmap(["add", map, "grant", "--system", "db-main"])
            #expect(owner.status == 1)
            #expect(owner.errors.contains("--role ID"))
            #expect(try bytes(map) == before)
        }
    }

    // MARK: rm and rename

    @Test("rm system:backup-vault says what it takes along, and nothing names it afterwards")
    func removeSystem() throws {
        try withAcme { _, map in
            let result = try resmap(["rm", map, "system:backup-vault"] + Self.today)
            #expect(result.status == 0, "\(result.errors)")
            let output = result.output.components(separatedBy: "\n")
            #expect(output.first == "Delete system Nightly backups")
            #expect(output.contains("  also removes the backup copy Primary database -> Nightly backups"))
            #expect(output.contains("  also changes role DBA contractor (emergency) (loses 1 access grant)"))
            #expect(output.contains("  also changes flow Sign up (loses 1 step)"))
            // The cascade comes before the verdict lines.
            let lastAlso = try #require(output.lastIndex { $0.hasPrefix("  also ") })
            let verdicts = try #require(output.firstIndex { $0 == "No verdict changed." || $0.contains("): ") })
            #expect(lastAlso < verdicts)
            #expect(!(try String(contentsOfFile: map, encoding: .utf8)).contains("backup-vault"))
            try expectLoads(map)
        }
    }

    @Test("rename system:db-main updates every reference and keeps the system in its place")
    func renameSystem() throws {
        try withAcme { _, map in
            let before = try lines(map)
            let place = try #require(before.firstIndex(of: "  - id: db-main"))
            let result = try resmap(["rename", map, "system:db-main", "primary-db"] + Self.today)
            #expect(result.status == 0, "\(result.errors)")
            #expect(result.output.hasPrefix("Rename system db-main to primary-db\n"))
            #expect(result.output.contains("  also updates role DBA contractor (emergency)\n"))
            let after = try lines(map)
            #expect(!after.joined(separator: "\n").contains("db-main"))
            #expect(after[place] == "  - id: primary-db")
            try expectLoads(map)
        }
    }

    // MARK: shared behaviour

    @Test("--dry-run prints the edit and leaves the file byte for byte, for every command")
    func dryRun() throws {
        try withAcme { _, map in
            let before = try bytes(map)
            let runs: [[String]] = [
                ["set", map, "system:uploads", "location", "aws:us-east-1"],
                ["add", map, "role", "--id", "support-ca", "--name", "Support Canada", "--team", "support", "--countries", "CA"],
                ["rm", map, "system:backup-vault"],
                ["rename", map, "system:db-main", "primary-db"],
            ]
            for arguments in runs {
                let result = try resmap(arguments + ["--dry-run"] + Self.today)
                #expect(result.status == 0, "\(arguments): \(result.errors)")
                #expect(result.output.hasSuffix("dry run: \(map) not changed.\n"), "\(arguments)")
                #expect(try bytes(map) == before, "\(arguments)")
            }
            let set = try resmap(["set", map, "system:uploads", "location", "aws:us-east-1", "--dry-run"] + Self.today)
            #expect(set.output.contains("(files-frankfurt): holds -> broken"))
        }
    }

    @Test("A file that cannot be read or does not load exits 2")
    func unreadable() throws {
        try withAcme { folder, _ in
            let missing = try resmap(["set", folder + "/missing.yaml", "system:uploads", "vendor", "x"])
            #expect(missing.status == 2)
            #expect(missing.errors.contains("resmap: error: cannot read"))
            let broken = folder + "/broken.yaml"
            try Data("name: [\n".utf8).write(to: URL(fileURLWithPath: broken))
            for arguments in [["rm", broken, "system:x"], ["add", broken, "role", "--id", "x"], ["rename", broken, "system:x", "y"]] {
                let result = try resmap(arguments)
                #expect(result.status == 2, "\(arguments)")
                #expect(result.errors.contains("fix them first"))
            }
            #expect(try String(contentsOfFile: broken, encoding: .utf8) == "name: [\n")
        }
    }

    @Test("A path with an escape character in it is printed with the escape made visible")
    func sanitizedPath() throws {
        try withAcme { folder, map in
            let strange = folder + "/a\u{1B}[31mb.yaml"
            try FileManager.default.copyItem(atPath: map, toPath: strange)
            let result = try resmap(["set", strange, "system:uploads", "vendor", "Hetzner"] + Self.today)
            #expect(result.status == 0, "\(result.errors)")
            #expect(result.output.contains("Saved \(folder)/a\u{241B}[31mb.yaml."))
            #expect(!result.output.contains("\u{1B}"))
            let refused = try resmap(["set", strange, "system:uploads", "location", "nowhere"])
            #expect(refused.status == 1)
            #expect(!refused.errors.contains("\u{1B}"))
            #expect(refused.errors.contains("a\u{241B}[31mb.yaml not changed"))
        }
    }
}
