import Foundation
import ResidencyModel
import Testing

/// The command line as users of well-kept CLIs expect: --version, an export format picked from
/// the -o extension, one `--format` style with snake_case JSON, shell completion that completes
/// files and option values, and invisible characters made visible in what the binary prints.
@Suite("resmap's command line: version, formats, completion, invisible characters")
struct CommandLineEndToEndTests {
    private static let today = ["--today", "2026-01-15"]

    private func resmap(_ arguments: [String]) throws -> Subprocess.Result {
        try Subprocess.run(try ResmapBinary.url(), arguments)
    }

    private func withFolder(_ body: (String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("resmap-cli-e2e-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try body(folder)
    }

    private func contents(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    // MARK: --version

    @Test("--version prints one version line and exits 0")
    func version() throws {
        let result = try resmap(["--version"])
        #expect(result.status == 0, "\(result.errors)")
        let line = result.output.trimmingCharacters(in: .newlines)
        #expect(!line.isEmpty && !line.contains("\n"))
        #expect(line.range(of: #"^[0-9]+\.[0-9]+\.[0-9]+"#, options: .regularExpression) != nil, "\(line)")
    }
}
