import Foundation
import Testing

/// The Claims screen of the real binary at 80 x 24: a breach opens where it lives, Esc comes back.
@Suite("Claims in a terminal", .enabled(if: TmuxSession.isAvailable, "tmux is not installed: end-to-end terminal tests skipped"))
struct ClaimsEndToEndTests {
    @Test("Go to Claims, open a breach, come back to it; read an answer out and close it")
    func breachAndBack() throws {
        let binary = try ResmapBinary.url()
        let session = try TmuxSession(command: "'\(binary.path)' '\(ResmapBinary.acmeSample.path)'")
        defer { session.close() }
        try session.waitFor("Honest answer")
        try session.sendKeys("5")
        var screen = try session.waitFor("Where it breaks")
        #expect(screen.contains("Breaches (2)"))
        #expect(screen.contains("Enter read out  → breaches"))

        try session.sendKeys("Right")
        screen = try session.waitFor("Enter go to  ← claims")
        #expect(screen.contains("› ✗ storage"))
        #expect(screen.contains("Enter opens Systems: system snapshot-archive"))

        // Enter goes to the system; the Claims screen is gone until Esc.
        try session.sendKeys("Enter")
        try session.waitUntil("the Systems screen") { !$0.contains("Where it breaks") }
        try session.sendKeys("Escape")
        screen = try session.waitFor("Where it breaks")
        #expect(screen.contains("› ✗ storage"))
        #expect(screen.contains("Enter go to  ← claims"))

        // Back to the claims; Enter reads the selected claim's answer out.
        try session.sendKeys("Left", "Enter")
        screen = try session.waitFor("Read out: claim 1 of 5")
        #expect(screen.contains("“Customer records stay in the EU”"))
        #expect(!screen.contains("Where it breaks"))
        try session.sendKeys("Escape")
        try session.waitFor("Where it breaks")
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
    }
}
