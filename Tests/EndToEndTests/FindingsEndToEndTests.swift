import Foundation
import Testing

/// The Findings screen of the real binary at 80 x 24: one key shows one severity.
@Suite("Findings in a terminal", .enabled(if: TmuxSession.isAvailable, "tmux is not installed: end-to-end terminal tests skipped"))
struct FindingsEndToEndTests {
    /// The first number after `label` on the screen ("All 27" → 27).
    private func count(after label: String, in screen: String) -> Int? {
        guard let range = screen.range(of: label) else { return nil }
        return Int(screen[range.upperBound...].prefix { $0.isNumber })
    }

    @Test("e shows only the errors, e again shows all, / searches")
    func severityFilter() throws {
        let binary = try ResmapBinary.url()
        let session = try TmuxSession(command: "'\(binary.path)' '\(ResmapBinary.acmeSample.path)'")
        defer { session.close() }
        try session.waitFor("Honest answer")
        try session.sendKeys("6")
        // The counts depend on the day the test runs (exceptions expire), so they are read off the screen.
        let screen = try session.waitFor("Show   All ")
        let total = try #require(count(after: "All ", in: screen))
        let errors = try #require(count(after: "✗ ", in: screen.components(separatedBy: "Show").last ?? ""))
        #expect(errors > 0 && errors < total)
        #expect(screen.contains("1 of \(total) ━"))
        #expect(screen.contains("Enter go to  e errors  w warnings  i info"))

        try session.sendKeys("e")
        // Every finding row shown is an error: the list's rows are those between ┃ borders that hold text.
        // Wait for the rows too, not only the title: tmux may show a frame while it is still arriving.
        func findingRows(_ screen: String) -> [Substring] {
            screen.split(separator: "\n")
                .filter { $0.hasPrefix("┃") && !$0.hasPrefix("┃     Finding") }
                .filter { !$0.dropFirst().dropLast().trimmingCharacters(in: .whitespaces).isEmpty }
        }
        let filtered = try session.waitUntil("only the \(errors) errors listed") {
            $0.contains("1 of \(errors) ━") && findingRows($0).count == errors
        }
        #expect(findingRows(filtered).allSatisfy { $0.contains("✗") })
        try session.sendKeys("e")
        try session.waitFor("1 of \(total) ━")

        try session.sendKeys("/")
        try session.type("staging")
        try session.sendKeys("Enter")
        try session.waitFor("Findings matching \"staging\"")
        try session.sendKeys("Escape")
        try session.waitFor("1 of \(total) ━")
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
    }
}
