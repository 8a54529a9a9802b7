import Foundation
import FuzzSupport
import Testing
@testable import ResidencyModel

/// Every input that once made resmap fail (Fuzz/Regressions), run through the fuzzer's own
/// checks: it loads, or is refused with located diagnostics, or is unreadable with a reason,
/// breaks none of `InputCheck`'s rules, and does what its `# expect:` lines say.
@Suite("Fuzz regressions: inputs that once failed behave")
struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fuzz/Regressions")

    static var inputs: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
    }

    @Test("The folder holds the inputs issue 10 found")
    func folderIsRead() {
        #expect(Self.inputs.contains("unknown-location-300k.yaml"))
        #expect(Self.inputs.contains("alias-bomb-58k.yaml"))
    }

    @Test("Each regression input passes the fuzzer's checks and its own expectation", arguments: inputs)
    func input(_ name: String) throws {
        let path = Self.folder.appendingPathComponent(name).path
        let result = InputCheck().check(fileAt: path)
        #expect(result.violations.isEmpty, "\(result.violations)")
        let expectation = try RegressionExpectation.of(fileAt: path)
        #expect(expectation.violations(of: result).isEmpty, "\(expectation.violations(of: result))")
        if result.outcome == .refused {
            #expect(result.diagnostics.allSatisfy { $0.position != nil && !$0.message.isEmpty })
        }
    }

    @Test("The 300,000-character location is refused at its line, without a suggestion")
    func longLocation() {
        let result = InputCheck().check(fileAt: Self.folder.appendingPathComponent("unknown-location-300k.yaml").path)
        #expect(result.outcome == .refused)
        #expect(result.diagnostics.first?.position?.line == 18)
        #expect(!result.diagnostics.contains { $0.description.contains("did you mean") })
    }

    @Test("The alias bomb is refused by the alias budget with a located message")
    func aliasBomb() {
        let result = InputCheck().check(fileAt: Self.folder.appendingPathComponent("alias-bomb-58k.yaml").path)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.message.contains("expand to more than 200000 values") == true)
        #expect((result.diagnostics.first?.position?.line ?? 0) > 13)
    }

    @Test("A notes value one byte over 256 KB is refused at its place, with the limit")
    func valueJustOverLimit() throws {
        let notes = String(repeating: "n", count: 256 * 1024 + 1)
        let path = try Self.write(FileFormatTestSupport.header + "    notes: \(notes)\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = InputCheck().check(fileAt: path)
        #expect(result.violations.isEmpty)
        #expect(result.outcome == .refused)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.message == "'notes' of system 'logs' is 256 KB; a value may be at most 256 KB")
        #expect(result.diagnostics.first?.position?.line == 18)
        // One byte less loads.
        let fits = try Self.write(FileFormatTestSupport.header + "    notes: \(notes.dropLast())\n")
        defer { try? FileManager.default.removeItem(atPath: fits) }
        #expect(InputCheck().check(fileAt: fits).outcome == .loaded)
    }

    @Test("A 200 MB map (a huge notes value) is refused by its size before it is read")
    func hugeFile() throws {
        let path = try Self.write(FileFormatTestSupport.header + "    notes: ")
        defer { try? FileManager.default.removeItem(atPath: path) }
        // Sparse: the size is what the loader judges, and a sparse file costs no disk.
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 200 * 1024 * 1024)
        try handle.close()
        let result = InputCheck().check(fileAt: path)
        #expect(result.outcome == .unreadable)
        #expect(result.reason?.hasSuffix("it is 200 MB; map files over 128 MB are refused") == true)
    }

    private static func write(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-regression-\(UUID().uuidString).yaml").path
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }
}
