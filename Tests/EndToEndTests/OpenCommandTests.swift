import Foundation
import Testing

/// `resmap FILE` without a terminal: it must never wait for keys, and a bad file must be reported
/// before anything is drawn.
@Suite("resmap FILE without a terminal")
struct OpenCommandTests {
    func run(_ arguments: [String]) throws -> Subprocess.Result {
        try Subprocess.run(try ResmapBinary.url(), arguments)
    }

    @Test("Piped output gets a short summary instead of the full-screen view")
    func summaryWhenPiped() throws {
        let result = try run([ResmapBinary.fixture("wide-names.yaml").path])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("Zürich & 東京 residency ("))
        #expect(result.output.contains("owner: São Paulo team"))
        #expect(result.output.contains("1 system"))
        #expect(!result.output.contains("\u{1B}"))
    }

    @Test("A map with problems lists them as validate does, on stderr, and exits 2")
    func problemsExitTwo() throws {
        let path = ResmapBinary.fixture("broken-map.yaml").path
        let result = try run([path])
        #expect(result.status == 2)
        #expect(result.output.isEmpty)
        #expect(result.errors.contains("\(path):4:3: error: the map header has no 'owner'"))
        #expect(result.errors.contains("\(path):9:5: error: unknown key 'locaton'"))
        #expect(!result.errors.contains("\u{1B}"))
    }

    @Test("A missing file is reported and exits 2")
    func missingFile() throws {
        let result = try run(["/nonexistent/map.yaml"])
        #expect(result.status == 2)
        #expect(result.errors.hasPrefix("resmap: error:"))
        #expect(result.errors.contains("/nonexistent/map.yaml"))
    }
}
