import Foundation
import Testing

/// The real binary in tmux at 80 x 24: what a person sees and types.
@Suite("resmap in a terminal", .enabled(if: TmuxSession.isAvailable, "tmux is not installed: end-to-end terminal tests skipped"))
struct InteractiveSessionTests {
    @Test("Open the Acme sample, see the map, press q: the process exits 0 and the terminal is restored")
    func openAndQuit() throws {
        let binary = try ResmapBinary.url()
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("resmap-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let before = scratch.appendingPathComponent("stty-before").path
        let after = scratch.appendingPathComponent("stty-after").path
        // The shell records the terminal modes before and after resmap runs.
        let command = """
            stty -g > '\(before)'; '\(binary.path)' '\(ResmapBinary.acmeSample.path)'; code=$?; \
            stty -g > '\(after)'; (exit $code)
            """
        let session = try TmuxSession(command: command)
        defer { session.close() }

        let screen = try session.waitFor("Acme Workflow")
        #expect(screen.contains("1 Overview"))
        #expect(screen.contains("q quit"))

        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
        let final = try session.capture()
        // The full-screen view is gone (the alternate screen was left) and the modes are as before.
        #expect(!final.contains("1 Overview"))
        let modesBefore = try String(contentsOfFile: before, encoding: .utf8)
        let modesAfter = try String(contentsOfFile: after, encoding: .utf8)
        #expect(!modesBefore.isEmpty)
        #expect(modesBefore == modesAfter)
        // The shell reads a line again: what is typed is echoed, as before resmap ran.
        try session.type("typed back")
        try session.waitFor("typed back")
    }

    @Test("Accented and CJK names line up on screen")
    func wideNames() throws {
        let binary = try ResmapBinary.url()
        let map = ResmapBinary.fixture("wide-names.yaml")
        let session = try TmuxSession(command: "'\(binary.path)' '\(map.path)'")
        defer { session.close() }
        let screen = try session.waitFor("São Paulo team")
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count > 2 && lines[1].contains("┌ Zürich & 東京 residency ─"))
        // The box's right border stays in the last column on the row with wide characters.
        let claimRow = lines.first { $0.contains("東京 office excluded") }
        #expect(claimRow?.hasSuffix("┃") == true)
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
    }

    @Test("Shrinking below the minimum asks to enlarge; growing back redraws; ? shows help")
    func resizeAndHelp() throws {
        let binary = try ResmapBinary.url()
        let session = try TmuxSession(command: "'\(binary.path)' '\(ResmapBinary.acmeSample.path)'")
        defer { session.close() }
        try session.waitFor("Acme Workflow")
        try session.resize(width: 50, height: 12)
        try session.waitFor("Terminal too small")
        try session.resize(width: 80, height: 24)
        try session.waitFor("1 Overview")
        try session.sendKeys("?")
        let help = try session.waitFor("Keys on Overview")
        #expect(help.contains("Edit the selected claim"))
        try session.sendKeys("Escape")
        try session.waitUntil("help closed") { !$0.contains("Keys on Overview") && $0.contains("Claims") }
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
    }
}
