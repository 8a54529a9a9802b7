import Foundation
import ResidencyModel
import Testing

/// Opening maps in the real binary, in tmux: a large map is read and checked off the main loop,
/// keys typed before it is open still act, and a broken map is reported after the terminal is
/// restored, as without a terminal.
@Suite("Loading in a terminal", .enabled(if: TmuxSession.isAvailable, "tmux is not installed: end-to-end terminal tests skipped"))
struct LoadingSessionTests {
    @Test("Keys typed while a 5,000-system map loads are not lost")
    func keysDuringLoad() throws {
        let binary = try ResmapBinary.url()
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("resmap-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let path = scratch.appendingPathComponent("large.yaml").path
        try MapFile.write(MapGenerator(seed: 1).map(systems: 5_000), to: path)

        let session = try TmuxSession(command: "'\(binary.path)' --read-only '\(path)'", width: 200, height: 60)
        defer { session.close() }
        // The loading frame: the file's name, and what is being done. (Keys sent before it shows
        // could reach the terminal before curses has set it up, and arrows would read as letters.)
        let loading = try session.waitUntil("the loading frame") { $0.contains("large.yaml") && $0.contains("…") }
        #expect(loading.contains("Reading the file…") || loading.contains("Checking"))
        #expect(!loading.contains("Systems"))
        // Typed while the map is loading (or just as it opens): either way they must act.
        try session.sendKeys("2", "Down", "Down")
        let screen = try session.waitFor("3 of 5000", timeout: 120)
        #expect(screen.contains("Systems"))
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
    }

    @Test("A map with problems, opened in a terminal, lists them after the screen is restored and exits 2")
    func problemsAfterRestore() throws {
        let binary = try ResmapBinary.url()
        let path = ResmapBinary.fixture("broken-map.yaml").path
        let session = try TmuxSession(command: "'\(binary.path)' '\(path)'", width: 200, height: 40)
        defer { session.close() }
        #expect(try session.waitForExit() == 2)
        let screen = try session.capture()
        #expect(screen.contains("\(path):4:3: error: the map header has no 'owner'"))
        #expect(screen.contains("\(path):9:5: error: unknown key 'locaton'"))
        #expect(!screen.contains("Reading the file"))
    }
}
