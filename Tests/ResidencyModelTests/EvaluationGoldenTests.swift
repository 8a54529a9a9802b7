import Foundation
import Testing
@testable import ResidencyModel

private typealias T = EvaluationTestSupport

/// The samples' `check` text, JSON and answers, compared with files under Golden/ that were read
/// and checked by hand. Regenerate with RESMAP_UPDATE_GOLDEN=1 swift test --filter Golden, then
/// read the diff before committing.
@Suite("Evaluation: golden files for the samples")
struct EvaluationGoldenTests {
    static let samples = ["acme-saas", "northwind-multi-region"]
    static let updating = ProcessInfo.processInfo.environment["RESMAP_UPDATE_GOLDEN"] == "1"

    static func load(_ sample: String) throws -> ResidencyMap {
        let path = T.packageRoot.appendingPathComponent("Samples/\(sample).yaml").path
        guard case .success(let map) = MapFile.read(path: path) else {
            throw GoldenError.sampleDoesNotLoad(sample)
        }
        return map
    }

    static func compare(_ actual: String, golden name: String) throws {
        let url = T.goldenFolder.appendingPathComponent(name)
        if updating {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if actual != expected {
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }
            let line = first.map { "line \($0.offset + 1):\n  got:      \($0.element.0)\n  expected: \($0.element.1)" }
                ?? "lengths differ (\(actualLines.count) vs \(expectedLines.count) lines)"
            Issue.record("\(name) differs from the golden file at \(line)")
        }
    }

    @Test("check text output", arguments: samples)
    func checkText(sample: String) throws {
        let map = try Self.load(sample)
        let evaluation = T.evaluate(map)
        let text = CheckTextReport(style: .plain).render(evaluation, map: map, fileName: "Samples/\(sample).yaml")
        try Self.compare(text, golden: "\(sample).check.txt")
    }

    @Test("check JSON output", arguments: samples)
    func checkJSON(sample: String) throws {
        let map = try Self.load(sample)
        let json = try CheckJSON.encode(T.evaluate(map), map: map, fileName: "Samples/\(sample).yaml", limit: CheckTextReport.defaultLimit)
        try Self.compare(json, golden: "\(sample).check.json")
    }

    @Test("honest answers", arguments: samples)
    func answers(sample: String) throws {
        let map = try Self.load(sample)
        try Self.compare(AnswerTextReport().render(T.evaluate(map).claims), golden: "\(sample).answers.txt")
    }

    @Test("the samples' verdicts are the ones their comments promise")
    func verdicts() throws {
        let acme = T.evaluate(try Self.load("acme-saas"))
        #expect(acme.claims.map(\.verdict) == [.broken, .broken, .broken, .holds, .holdsWithExceptions])
        #expect(!acme.passes)
        let northwind = T.evaluate(try Self.load("northwind-multi-region"))
        let verdicts = Dictionary(uniqueKeysWithValues: northwind.claims.map { ($0.claim.id, $0.verdict) })
        #expect(verdicts == [
            "eu-ledgers-stored": .holds, "eu-everything": .broken, "eu-access": .broken, "eu-access-adequate": .holds,
            "us-everything": .broken, "us-records": .broken, "us-receipts": .holds, "us-payments": .holds,
        ])
        // The shared identity provider breaks the EU claim only; the shared support desk the US claim only.
        #expect(northwind.result(forClaim: "eu-everything")?.breaches.contains { $0.system == "identity" } == true)
        #expect(northwind.result(forClaim: "us-everything")?.breaches.contains { $0.system == "identity" } == false)
        #expect(northwind.result(forClaim: "us-everything")?.breaches.contains { $0.system == "support-desk" } == true)
        #expect(northwind.result(forClaim: "eu-everything")?.breaches.contains { $0.system == "support-desk" } == false)
    }
}

enum GoldenError: Error {
    case sampleDoesNotLoad(String)
}
