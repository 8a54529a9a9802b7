import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The editor in the real binary, in tmux at 80 x 24: the use case before a customer call, from
/// opening the sample to a saved file that `resmap check` reads and `git diff` shows item by item.
@Suite("The editor in a terminal", .enabled(if: TmuxSession.isAvailable, "tmux is not installed: end-to-end terminal tests skipped"))
struct EditorSessionTests {
    /// A fresh folder holding a copy of the Acme sample (in a git repository when git is here).
    private func workingCopy() throws -> (folder: URL, map: URL, git: URL?) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("resmap-editor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let map = folder.appendingPathComponent("acme-saas.yaml")
        try FileManager.default.copyItem(at: ResmapBinary.acmeSample, to: map)
        let git = ["/usr/bin/git", "/usr/local/bin/git"].map(URL.init(fileURLWithPath:))
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
        if let git {
            let identity = ["-c", "user.name=Test", "-c", "user.email=test@example.com"]
            _ = try Subprocess.run(git, ["-C", folder.path, "init", "-q"])
            _ = try Subprocess.run(git, ["-C", folder.path, "add", "acme-saas.yaml"])
            _ = try Subprocess.run(git, ["-C", folder.path] + identity + ["commit", "-q", "-m", "base"])
        }
        return (folder, map, git)
    }

    @Test("Move the uploads bucket to the US and watch the claim break, undo, add a Canadian role with export access, save, check, diff")
    func beforeTheCustomerCall() throws {
        let binary = try ResmapBinary.url()
        let copy = try workingCopy()
        defer { try? FileManager.default.removeItem(at: copy.folder) }
        let session = try TmuxSession(command: "'\(binary.path)' '\(copy.map.path)'")
        defer { session.close() }
        try session.waitUntil("the files claim holding") { $0.contains("Uploaded files are stored in Frankfu") && $0.contains("✓ holds") }

        // Systems: find the uploads bucket, edit its location through the catalogue picker.
        try Self.openUploadsForm(in: session)
        try session.sendKeys("Tab", "Tab", "Tab", "Tab")
        try session.type("virginia")
        try session.waitFor("aws:us-east-1  US East (N. Virginia)")
        try session.sendKeys("Enter")
        try session.waitFor("Location* aws:us-east-1")
        try session.sendKeys("Enter")
        let moved = try session.waitFor("Uploaded files are stored in Frankfurt: holds -> broken")
        #expect(moved.contains("● unsaved"))
        #expect(moved.contains("N. Virginia, US"))

        // Undo names what it undid and puts the verdict back.
        try session.sendKeys("u")
        try session.waitFor("Frankfurt: broken -> holds")

        // Access: add a role working from Canada, then its export grant on the primary database.
        try session.sendKeys("3", "a")
        try session.waitFor("Add role")
        try session.type("support-ca")
        try session.sendKeys("Tab")
        try session.type("Support Canada (Montréal)")
        try session.sendKeys("Tab")
        try session.type("support")
        try session.waitFor("Choose team")
        try session.sendKeys("Enter", "Tab")
        try session.type("canada")
        try session.waitFor("CA  Canada")
        try session.sendKeys("Enter")
        try session.waitFor("Countries* CA")
        try session.sendKeys("Enter")
        try session.waitFor("Add role Support Canada")
        try session.sendKeys("c")
        try session.waitFor("Access grants of support-ca")
        try session.sendKeys("a")
        try session.waitFor("Add access grant to support-ca")
        try session.type("primary")
        try session.waitFor("Primary database  db-main")
        try session.sendKeys("Enter", "Tab")
        // Typing into a field with choices searches them; text that matches none is taken as typed.
        try session.type("view, export")
        try session.waitFor("Enter takes what you typed")
        try session.sendKeys("Enter")
        try session.waitFor("Can* view, export")
        try session.sendKeys("C-s")
        try session.waitFor("Saved ")
        try session.sendKeys("Escape")
        let saved = try session.waitFor("Support Canada (Montréa")
        #expect(!saved.contains("● unsaved"))
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)

        // The saved file loads, and its verdicts are those of the edited map.
        let check = try Subprocess.run(binary, ["check", copy.map.path, "--today", "2026-12-01"])
        #expect(check.status == 1, "broken claims exit 1; 2 would mean the file did not load")
        #expect(check.output.contains("support-ca") || check.output.contains("Support Canada"))
        #expect(!FileManager.default.fileExists(atPath: copy.map.path + ".resmap-recovery"))
        // git diff: only the new role's lines were added; nothing else changed.
        if let git = copy.git {
            let diff = try Subprocess.run(git, ["-C", copy.folder.path, "diff", "--numstat"])
            #expect(diff.output.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("9\t0\tacme-saas.yaml"), "a role of 9 lines added, nothing else changed")
        }
    }

    @Test("kill -9 with unsaved edits leaves a journal; reopening offers to replay it")
    func killedEditorRecovers() throws {
        let binary = try ResmapBinary.url()
        let copy = try workingCopy()
        defer { try? FileManager.default.removeItem(at: copy.folder) }
        let original = try Data(contentsOf: copy.map)
        let session = try TmuxSession(command: "'\(binary.path)' '\(copy.map.path)'")
        defer { session.close() }
        try session.waitFor("Acme Workflow")
        try Self.openUploadsForm(in: session)
        try session.sendKeys("Tab", "Tab", "Tab")
        try session.sendKeys("C-u")
        try session.type("Acme Storage Zürich")
        try session.sendKeys("Enter")
        try session.waitFor("● unsaved")

        // kill -9: no handler runs, nothing is saved, the journal stays.
        let shell = try session.panePID()
        let children = Self.children(of: shell)
        #expect(!children.isEmpty, "resmap runs under the pane's shell")
        for pid in children { kill(pid, SIGKILL) }
        _ = try session.waitForExit()
        #expect(try Data(contentsOf: copy.map) == original)
        let journal = copy.map.path + ".resmap-recovery"
        #expect(FileManager.default.fileExists(atPath: journal))

        let reopened = try TmuxSession(command: "'\(binary.path)' '\(copy.map.path)'")
        defer { reopened.close() }
        let offer = try reopened.waitFor("Recover unsaved edits?")
        #expect(offer.contains("1 edit"))
        try reopened.sendKeys("r")
        try reopened.waitFor("Replayed 1 edit")
        try reopened.sendKeys("2", "/")
        try reopened.type("File uploads")
        try reopened.sendKeys("Enter")
        try reopened.waitFor("Acme Storage Zürich")
        try reopened.sendKeys("C-s")
        try reopened.waitFor("Saved ")
        try reopened.sendKeys("q")
        #expect(try reopened.waitForExit() == 0)
        #expect(try String(contentsOf: copy.map, encoding: .utf8).contains("vendor: Acme Storage Zürich"))
        #expect(!FileManager.default.fileExists(atPath: journal))
    }

    /// On Systems, narrows the list to the uploads bucket and opens its form.
    static func openUploadsForm(in session: TmuxSession) throws {
        try session.sendKeys("2", "/")
        try session.type("File uploads")
        try session.sendKeys("Enter")
        try session.waitFor("1 of 1 ━")
        try session.sendKeys("e")
        try session.waitFor("Edit system: File uploads")
    }

    /// The processes whose parent is `parent`, read from /proc (no procps needed).
    static func children(of parent: pid_t) -> [pid_t] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
        return entries.compactMap { entry -> pid_t? in
            guard let pid = pid_t(entry),
                  let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return nil }
            // After "pid (name) ": state, then the parent's pid.
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            return fields.count > 1 && pid_t(fields[1]) == parent ? pid : nil
        }
    }
}

/// Stopping and starting in awkward terminals: Ctrl-\ and TERM=dumb.
@Suite("Terminal edges", .enabled(if: TmuxSession.isAvailable, "tmux is not installed: end-to-end terminal tests skipped"))
struct TerminalEdgeTests {
    @Test("SIGQUIT (Ctrl-\\) restores the terminal and stops, with no crash report, and keeps unsaved edits in the journal")
    func quitSignal() throws {
        let binary = try ResmapBinary.url()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("resmap-quit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let map = folder.appendingPathComponent("acme.yaml")
        try FileManager.default.copyItem(at: ResmapBinary.acmeSample, to: map)
        let session = try TmuxSession(command: "'\(binary.path)' '\(map.path)'")
        defer { session.close() }
        try session.waitFor("Acme Workflow")
        try session.sendKeys("2", "e", "Tab")
        try session.type(" (main)")
        try session.sendKeys("Enter")
        try session.waitFor("● unsaved")
        // Ctrl-\ sends SIGQUIT to the foreground job; the test's wrapper shell would die of it
        // too, so the signal goes to resmap alone, as an interactive shell's job would get it.
        for pid in EditorSessionTests.children(of: try session.panePID()) { kill(pid, SIGQUIT) }
        let status = try session.waitForExit()
        let screen = try session.capture()
        #expect(status != 0, "stopped by the signal, as the shell sees it")
        #expect(!screen.contains("crashed"))
        #expect(!screen.contains("Backtracing"))
        #expect(!screen.contains("1 Overview"), "the full-screen view is gone")
        #expect(FileManager.default.fileExists(atPath: map.path + ".resmap-recovery"))
    }

    @Test("TERM=dumb prints the plain summary on stdout, the refusal on stderr, and exits 2")
    func dumbTerminal() throws {
        let binary = try ResmapBinary.url()
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("resmap-dumb-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: errors) }
        // Standard output stays the pane (a terminal); standard error goes to a file, to tell them apart.
        let session = try TmuxSession(
            command: "TERM=dumb '\(binary.path)' '\(ResmapBinary.acmeSample.path)' 2>'\(errors.path)'")
        defer { session.close() }
        let status = try session.waitForExit()
        let screen = try session.capture()
        #expect(status == 2)
        #expect(screen.contains("Acme Workflow (\(ResmapBinary.acmeSample.path))"))
        #expect(screen.contains("owner: Dana Ortiz (Platform)"))
        #expect(!screen.contains("cannot use this terminal"), "the refusal is on stderr, not stdout")
        let refusal = try String(contentsOf: errors, encoding: .utf8)
        #expect(refusal == "resmap: cannot use this terminal (TERM=dumb): try TERM=xterm-256color\n")
    }
}

/// Emoji sequences that terminals measure differently keep every column in place.
@Suite("Emoji sequences in a terminal", .enabled(if: TmuxSession.isAvailable, "tmux is not installed: end-to-end terminal tests skipped"))
struct EmojiSequenceTests {
    @Test("A system named with ZWJ, skin-tone and variation-selector sequences keeps its row's border in tmux")
    func bordersStay() throws {
        let binary = try ResmapBinary.url()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("resmap-emoji-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let map = folder.appendingPathComponent("emoji.yaml")
        let text = try String(contentsOf: ResmapBinary.acmeSample, encoding: .utf8).replacingOccurrences(
            of: "    name: CDN\n", with: "    name: \"👩\u{200D}👩\u{200D}👧 family ❤\u{FE0F} 🇩🇪 👍🏽 end\"\n")
        try text.write(to: map, atomically: true, encoding: .utf8)
        let session = try TmuxSession(command: "'\(binary.path)' '\(map.path)'", width: 100, height: 20)
        defer { session.close() }
        try session.waitFor("Acme Workflow")
        try session.sendKeys("2")
        let screen = try session.waitFor("family")
        let rows = screen.split(separator: "\n").filter { $0.hasPrefix("┃") }
        #expect(!rows.isEmpty)
        for row in rows { #expect(row.hasSuffix("┃"), "\(row)") }
        #expect(screen.contains("👩👩👧 family ❤ 🇩🇪 👍 end"))
    }
}
