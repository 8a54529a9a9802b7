import Foundation
import Testing

/// Walking a whole flow in the real binary at 80 x 24, as a person does on a call.
@Suite("Walk in a terminal", .enabled(if: TmuxSession.isAvailable, "tmux is not installed: end-to-end terminal tests skipped"))
struct WalkSessionTests {
    @Test("Open Acme, go to Walk, walk Sign up hop by hop to the backups and their copies, see EU → US, go back")
    func walkSignUpToTheBackups() throws {
        let binary = try ResmapBinary.url()
        let session = try TmuxSession(command: "'\(binary.path)' '\(ResmapBinary.acmeSample.path)'")
        defer { session.close() }
        try session.waitFor("Acme Workflow")

        try session.sendKeys("4")
        let flows = try session.waitFor("Walk a flow")
        #expect(flows.contains("› Sign up"))
        try session.sendKeys("Enter")
        try session.waitFor("hop 1 of 16")

        // Feature flags, error tracking and email are in the US; so is the legacy archive the
        // database is copied to. Each of those hops says so as it is reached.
        let crossings: Set<Int> = [4, 6, 9, 12]
        for hop in 2...16 {
            try session.sendKeys("n")
            try session.waitUntil("hop \(hop) drawn") { $0.contains("hop \(hop) of 16") && $0.contains("Hop \(hop): ") }
            if crossings.contains(hop) { try session.waitFor("Crosses a border: EU → US") }
        }
        try session.waitFor("the last hop")
        try session.waitFor("copy to Monthly restore-test instance")

        try session.sendKeys("n")
        try session.waitFor("Last hop: the data goes no further")
        try session.sendKeys("p")
        try session.waitFor("hop 15 of 16")

        try session.sendKeys("Escape")
        let back = try session.waitFor("Walk a flow")
        #expect(!back.contains("hop 15 of 16"))
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
    }
}
