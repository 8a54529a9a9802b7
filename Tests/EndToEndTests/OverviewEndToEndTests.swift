import Foundation
import Testing

/// The first screen of the real binary at 80 x 24: the one-minute answer is there at once.
@Suite("Overview in a terminal", .enabled(if: TmuxSession.isAvailable, "tmux is not installed: end-to-end terminal tests skipped"))
struct OverviewEndToEndTests {
    @Test("Opening Acme shows every claim with its verdict and the first claim's honest answer")
    func firstScreen() throws {
        let binary = try ResmapBinary.url()
        let session = try TmuxSession(command: "'\(binary.path)' '\(ResmapBinary.acmeSample.path)'")
        defer { session.close() }
        let screen = try session.waitFor("Honest answer")
        let lines = screen.split(separator: "\n").map(String.init)
        let recordsRow = lines.first { $0.contains("Customer records stay in the EU") }
        #expect(recordsRow?.contains("› Customer records stay in the EU") == true)
        #expect(recordsRow?.contains("✗ broken") == true)
        #expect(lines.first { $0.contains("Uploaded files are stored in Frankfurt") }?.contains("✓ holds") == true)
        #expect(screen.contains("Owner     Dana Ortiz (Platform)"))
        #expect(screen.contains("✗ Broken:"))
        #expect(screen.contains("Customer records are stored in Frankfurt, Germany"))
        #expect(screen.contains("Findings  ✗"))
        #expect(screen.contains("Enter open claim"))

        // j moves to the next claim and its answer replaces the first one.
        try session.sendKeys("j", "j", "j")
        try session.waitFor("Uploaded files are stored in Frankfurt, Germany.")
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
    }

    @Test("Without colour (NO_COLOR) the verdicts still read: symbols and words")
    func noColor() throws {
        let binary = try ResmapBinary.url()
        let session = try TmuxSession(command: "'\(binary.path)' '\(ResmapBinary.acmeSample.path)'",
                                      environment: ["NO_COLOR": "1"])
        defer { session.close() }
        let screen = try session.waitFor("Honest answer")
        #expect(screen.contains("✗ broken"))
        #expect(screen.contains("✓ holds"))
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
    }
}
