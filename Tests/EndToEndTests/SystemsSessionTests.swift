import Foundation
import Testing

/// The Systems screen in the real binary at 80 x 24: typing narrows the list as it goes.
@Suite("Systems in a terminal", .enabled(if: TmuxSession.isAvailable, "tmux is not installed: end-to-end terminal tests skipped"))
struct SystemsSessionTests {
    @Test("Type a search on Systems and see the list narrow; Enter opens the details; Esc clears the search")
    func searchNarrows() throws {
        let binary = try ResmapBinary.url()
        let session = try TmuxSession(command: "'\(binary.path)' '\(ResmapBinary.acmeSample.path)'")
        defer { session.close() }
        try session.waitFor("Acme Workflow")

        try session.sendKeys("2")
        try session.waitFor("1 of 29 ━")
        try session.sendKeys("/")
        try session.type("dub")
        // "1 of 2 ━", not the "1 of 29" shown before the search.
        let narrowed = try session.waitFor("1 of 2 ━")
        #expect(narrowed.contains("Systems · \"dub\""))
        #expect(narrowed.contains("Monthly restore-test"))
        #expect(!narrowed.contains("Primary database"))

        try session.type("x")
        try session.waitFor("No system matches")
        try session.sendKeys("BSpace", "Enter", "Enter")
        let details = try session.waitFor("Copies in (1)")
        #expect(details.contains("Nightly backups"))
        try session.sendKeys("Escape")
        try session.waitFor("Enter details")
        try session.sendKeys("Escape")
        try session.waitFor("1 of 29 ━")
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
    }
}
