import Foundation
import ResidencyModel
import Testing

/// Review from the command line, in temporary git repositories made by the test: sign-offs that
/// remember what they saw, `check --require-sign-off`, `diff --since` and `--since-sign-off`,
/// and the merge driver on two branches.
@Suite("Review end to end: sign-offs, diff against git, merge driver")
struct ReviewEndToEndTests {
    private static let today = ["--today", "2026-12-01"]

    private func resmap(_ arguments: [String]) throws -> Subprocess.Result {
        try Subprocess.run(try ResmapBinary.url(), arguments)
    }

    @discardableResult
    private func git(_ arguments: [String], in folder: String) throws -> Subprocess.Result {
        let result = try Subprocess.run(URL(fileURLWithPath: "/usr/bin/env"), ["git", "-C", folder] + arguments)
        if result.status != 0 { throw Subprocess.Failure(description: "git \(arguments): \(result.errors)") }
        return result
    }

    /// A repository with the Acme sample committed as map.resmap.yaml; returns (folder, file).
    private func repository(_ body: (String, String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("resmap-review-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try git(["init", "-q", "-b", "main"], in: folder)
        try git(["config", "user.email", "test@example.com"], in: folder)
        try git(["config", "user.name", "Test"], in: folder)
        try git(["config", "commit.gpgsign", "false"], in: folder)
        let file = folder + "/map.resmap.yaml"
        try FileManager.default.copyItem(atPath: ResmapBinary.acmeSample.path, toPath: file)
        try git(["add", "."], in: folder)
        try git(["commit", "-qm", "base"], in: folder)
        try body(folder, file)
    }

    private func contents(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    @Test("diff --since HEAD reads the committed version with git: exit 1 and the reason when a verdict moved, 0 when none")
    func since() throws {
        try repository { _, file in
            let unchanged = try resmap(["diff", file, "--since", "HEAD"] + Self.today)
            #expect(unchanged.status == 0, "\(unchanged.errors)")
            #expect(unchanged.output.contains("Verdicts (none changed)"))
            #expect(try resmap(["set", file, "system:uploads", "location", "aws:us-east-1"] + Self.today).status == 0)
            let moved = try resmap(["diff", file, "--since", "HEAD", "--format", "json"] + Self.today)
            #expect(moved.status == 1, "\(moved.errors)")
            let json = try JSONDecoder().decode(MapDiffReport.JSON.self, from: Data(moved.output.utf8))
            #expect(json.verdicts.map(\.claim) == ["files-frankfurt"])
            #expect(json.verdicts.first?.because == ["File uploads moved to aws:us-east-1"])
            let missing = try resmap(["diff", file, "--since", "no-such-rev"] + Self.today)
            #expect(missing.status == 2)
        }
    }

    @Test("A sign-off on a clean file records HEAD; after an edit it is stale, check --require-sign-off exits 3, and --since-sign-off diffs against what it saw")
    func signOffRemembersRevision() throws {
        try repository { folder, file in
            let head = try git(["rev-parse", "HEAD"], in: folder).output.trimmingCharacters(in: .whitespacesAndNewlines)
            let signed = try resmap(["add", file, "signoff", "--by", "Dana", "--team", "engineering"] + Self.today)
            #expect(signed.status == 0, "\(signed.errors)")
            #expect(try contents(file).contains("revision: \(head)"))
            guard case .success(let map) = MapFile.read(path: file) else { throw Subprocess.Failure(description: "map does not load") }
            #expect(ReviewState(map: map).team("engineering")?.state == .current)

            #expect(try resmap(["set", file, "system:crm", "location", "aws:us-east-1"] + Self.today).status == 0)
            let check = try resmap(["check", file, "--require-sign-off", "--format", "json"] + Self.today)
            #expect(check.status == 1)  // the sample's claims are broken: 1 wins over 3
            #expect(check.output.contains("\"state\" : \"stale\""))
            let diff = try resmap(["diff", file, "--since-sign-off", "engineering"] + Self.today)
            #expect(diff.output.contains("location: DE -> aws:us-east-1") || diff.output.contains("-> aws:us-east-1"), "\(diff.output)")
            #expect(diff.output.contains("system CRM (system:crm): changed"))
        }
    }

    @Test("Outside git a sign-off keeps a copy of the signed file beside the map, and --since-sign-off reads it")
    func signOffKeepsCopy() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("resmap-review-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/map.yaml"
        try FileManager.default.copyItem(atPath: ResmapBinary.acmeSample.path, toPath: file)
        let original = try contents(file)
        #expect(try resmap(["add", file, "signoff", "--by", "Lee", "--team", "legal"] + Self.today).status == 0)
        guard case .success(let map) = MapFile.read(path: file) else { throw Subprocess.Failure(description: "map does not load") }
        let fingerprint = MapFingerprint.content(map)
        let copy = SignedCopy.path(forMap: file, fingerprint: fingerprint)
        #expect(try contents(copy) == original)
        #expect(!(try contents(file).contains("revision:")))
        #expect(try resmap(["set", file, "system:crm", "vendor", "Other CRM"] + Self.today).status == 0)
        let diff = try resmap(["diff", file, "--since-sign-off", "legal"] + Self.today)
        #expect(diff.status == 0, "\(diff.errors)")
        #expect(diff.output.contains("vendor:") && diff.output.contains("-> Other CRM"), "\(diff.output)")
    }

    @Test("Open gap marks make check --require-sign-off fail with exit 3 on a map whose claims pass, naming each blocker")
    func requireSignOff() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("resmap-review-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/small.yaml"
        try """
            resmap: 1
            map: {name: Small, owner: Ops, sign_off_teams: [engineering]}
            offerings: [{id: eu, name: EU, region: EU}]
            systems:
              - {id: db, name: DB, kind: database, location: "aws:eu-central-1", status: confirmed, data: [customer-records]}
            """.write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try resmap(["add", file, "signoff", "--by", "Dana", "--team", "engineering"] + Self.today).status == 0)
        #expect(try resmap(["check", file, "--require-sign-off"] + Self.today).status == 0)
        #expect(try resmap(["add", file, "gap", "--about", "system:db", "--team", "support", "--text", "Where do exports go?"] + Self.today).status == 0)
        let blocked = try resmap(["check", file, "--require-sign-off"] + Self.today)
        #expect(blocked.status == 3)
        #expect(blocked.errors.contains("gap:1 open (support, about system:db): Where do exports go?"))
        #expect(try resmap(["set", file, "gap:1", "resolved_by", "Sam"] + Self.today).status == 0)
        #expect(try resmap(["check", file, "--require-sign-off"] + Self.today).status == 0)
    }

    @Test("The merge driver merges two branches that edit different systems, and writes a conflict on one field")
    func mergeDriver() throws {
        try repository { folder, file in
            let binary = try ResmapBinary.url().path
            try "*.resmap.yaml merge=resmap\n".write(toFile: folder + "/.gitattributes", atomically: true, encoding: .utf8)
            try git(["config", "merge.resmap.driver", "\(binary) merge-driver %O %A %B %P"], in: folder)
            try git(["add", "."], in: folder)
            try git(["commit", "-qm", "attributes"], in: folder)
            let base = try git(["rev-parse", "HEAD"], in: folder).output.trimmingCharacters(in: .whitespacesAndNewlines)

            // Clean: different systems on each branch, and a sign-off on each.
            try git(["checkout", "-qb", "other"], in: folder)
            #expect(try resmap(["set", file, "system:uploads", "vendor", "Other Vendor"] + Self.today).status == 0)
            #expect(try resmap(["add", file, "signoff", "--by", "Lee", "--team", "legal"] + Self.today).status == 0)
            try git(["commit", "-qam", "other"], in: folder)
            try git(["checkout", "-q", "main"], in: folder)
            #expect(try resmap(["set", file, "system:error-tracking", "vendor", "Main Vendor"] + Self.today).status == 0)
            #expect(try resmap(["add", file, "signoff", "--by", "Dana", "--team", "engineering"] + Self.today).status == 0)
            try git(["commit", "-qam", "main"], in: folder)
            try git(["merge", "-q", "--no-edit", "other"], in: folder)
            let merged = try contents(file)
            #expect(merged.contains("vendor: Other Vendor") && merged.contains("vendor: Main Vendor"))
            #expect(merged.contains("by: Lee") && merged.contains("by: Dana"))
            #expect(!merged.contains("<<<<<<<"))
            #expect(try resmap(["validate", file]).status == 0)

            // Conflict: the same field on both branches.
            try git(["checkout", "-q", "-b", "left", base], in: folder)
            #expect(try resmap(["set", file, "system:crm", "notes", "from left"] + Self.today).status == 0)
            try git(["commit", "-qam", "left"], in: folder)
            try git(["checkout", "-q", "-b", "right", base], in: folder)
            #expect(try resmap(["set", file, "system:crm", "notes", "from right"] + Self.today).status == 0)
            try git(["commit", "-qam", "right"], in: folder)
            let conflict = try Subprocess.run(URL(fileURLWithPath: "/usr/bin/env"), ["git", "-C", folder, "merge", "-q", "left"])
            #expect(conflict.status != 0)
            let text = try contents(file)
            #expect(text.contains("<<<<<<< current\n    notes: from right\n=======\n    notes: from left\n>>>>>>> other\n"), "\(text)")
            // Only the one field is in conflict: resolving the hunk gives a valid map.
            let resolved = text.replacingOccurrences(of: "<<<<<<< current\n    notes: from right\n=======\n    notes: from left\n>>>>>>> other\n",
                                                     with: "    notes: from both\n")
            #expect(MapFile.decode(yaml: resolved, fileName: "resolved.yaml").isSuccess)
        }
    }
}

private extension MapReadResult {
    var isSuccess: Bool { if case .success = self { return true }; return false }
}
