import Foundation
import Testing
@testable import ResidencyModel

private typealias T = EvaluationTestSupport

@Suite("Evaluation: reports, JSON, terminal safety and indexes")
struct EvaluationReportTests {
    static let map = T.map(
        systems: [
            T.system("db", ["aws:eu-central-1"]),
            T.system("errors", ["US"], kind: .errorTracking, data: ["customer-records", "request-payloads"],
                     name: "Errors \u{1B}[2J\u{202E}evil"),
        ],
        roles: [Role(id: "leads", name: "Leads", team: "support", countries: ["CA"], access: [AccessGrant(system: "db", capabilities: [.view])])],
        flows: [Flow(id: "f", name: "Flow", steps: [
            FlowStep(system: "db", data: ["customer-records"]),
            FlowStep(system: "errors", data: ["customer-records", "request-payloads"]),
        ])]
    )

    @Test("terminal text makes escapes and bidi overrides visible and keeps letters in any script")
    func sanitize() {
        #expect(TerminalText.sanitize("a\u{1B}[31mb") == "a␛[31mb")
        #expect(TerminalText.sanitize("x\u{202E}y") == "x<U+202E>y")
        #expect(TerminalText.sanitize("line\nnext") == "line␤next")
        #expect(TerminalText.sanitize("line\nnext", keepingNewlines: true) == "line\nnext")
        #expect(TerminalText.sanitize("\u{9B}") == "<U+009B>")
        #expect(TerminalText.sanitize("Zürich, São Paulo, 東京, 👩‍💻") == "Zürich, São Paulo, 東京, 👩‍💻")
        // A mark with nothing to combine with stands on a dotted circle, at the start of each kept line.
        #expect(TerminalText.sanitize("\u{301}x") == "\u{25CC}\u{301}x")
        #expect(TerminalText.sanitize("a\n\u{301}b", keepingNewlines: true) == "a\n\u{25CC}\u{301}b")
        #expect(TerminalText.sanitize("a\n\u{301}b") == "a␤\u{301}b")
    }

    @Test("the check report never prints a map's escape sequences")
    func reportIsSafe() {
        let text = CheckTextReport(style: .plain).render(T.evaluate(Self.map), map: Self.map, fileName: "m.yaml")
        #expect(!text.contains("\u{1B}"))
        #expect(!text.contains("\u{202E}"))
        #expect(text.contains("Errors ␛[2J<U+202E>evil"))
    }

    @Test("color only when asked, and never with NO_COLOR set")
    func colors() {
        #expect(TextStyle.forTerminal(isTerminal: true, environment: [:]).colors)
        #expect(!TextStyle.forTerminal(isTerminal: false, environment: [:]).colors)
        #expect(!TextStyle.forTerminal(isTerminal: true, environment: ["NO_COLOR": "1"]).colors)
        #expect(TextStyle.forTerminal(isTerminal: true, environment: ["NO_COLOR": ""]).colors)
        let colored = CheckTextReport(style: TextStyle(colors: true)).render(T.evaluate(Self.map), map: Self.map, fileName: "m.yaml")
        #expect(colored.contains("\u{1B}[31m✗ broken\u{1B}[0m"))
    }

    @Test("the result line says passed only when every claim holds and no error finding remains")
    func resultLine() {
        let evaluation = T.evaluate(Self.map)
        #expect(!evaluation.passes)
        let text = CheckTextReport().render(evaluation, map: Self.map, fileName: "m.yaml")
        #expect(text.hasSuffix("Result: failed: 1 claim (1 broken), 1 error finding.\n"))
    }

    @Test("JSON has the documented keys, snake_case, and parses back")
    func json() throws {
        let text = try CheckJSON.encode(T.evaluate(Self.map), map: Self.map, fileName: "m.yaml")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["schema_version"] as? Int == 2)
        #expect(object["passed"] as? Bool == false)
        let claims = try #require(object["claims"] as? [[String: Any]])
        let breaches = try #require(claims.first?["breaches"] as? [[String: Any]])
        #expect(breaches.map { $0["aspect"] as? String } == ["storage", "processing", "access"])
        #expect(breaches[1]["subject"] as? String == "step:f#2")
        #expect(breaches[0]["places"] as? [String] == ["US"])
        let places = try #require(object["places"] as? [[String: Any]])
        #expect(places.map { $0["id"] as? String } == ["US", "CA"])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.first?["id"] as? String == "request-payloads-in-telemetry")
        #expect(findings.first?["severity"] as? String == "error")
    }

    @Test("a screen can ask what breaks at a system, a role or a step, and what is found there")
    func indexes() {
        let evaluation = T.evaluate(Self.map)
        #expect(evaluation.breaches(involvingSystem: "errors").map(\.breach.aspect) == [.storage, .processing])
        #expect(evaluation.breaches(involvingSystem: "db").map(\.breach.aspect) == [.access])
        #expect(evaluation.breaches(involvingRole: "leads").count == 1)
        #expect(evaluation.breaches(atFlow: "f", step: 2).first?.claim == "claim")
        #expect(evaluation.breaches(atFlow: "f", step: 1).isEmpty)
        #expect(evaluation.findings(involvingSystem: "errors").map(\.id).contains("request-payloads-in-telemetry"))
        #expect(evaluation.findings(about: .system("errors")).count == evaluation.findings(involvingSystem: "errors").count)
    }

    @Test("step findings are indexed under the step and its system")
    func stepFindingIndex() {
        let map = T.map(systems: [T.system("db", ["aws:eu-central-1"]), T.system("lb", ["DE"], kind: .loadBalancer, data: [])],
                        flows: [Flow(id: "f", name: "Flow", steps: [FlowStep(system: "lb"), FlowStep(system: "db", data: ["customer-records"])])])
        let evaluation = T.evaluate(map)
        #expect(evaluation.findings(atFlow: "f", step: 1).map(\.id) == ["step-into-empty-system"])
        #expect(evaluation.findings(involvingSystem: "lb").map(\.id) == ["step-into-empty-system"])
        #expect(evaluation.findings(involvingFlow: "f").count == 1)
    }

    @Test("a large generated map evaluates with every claim answered")
    func generatedScale() {
        let map = MapGenerator(seed: 42).map(systems: 2_000)
        let evaluation = T.evaluate(map)
        #expect(evaluation.claims.count == map.claims.count)
        #expect(evaluation.claims.allSatisfy { !$0.answer.text.isEmpty && !$0.answer.summary.isEmpty })
        // Unknown never reported as holds: a holding claim has no uncertainty and no breach.
        for result in evaluation.claims where result.verdict == .holds {
            #expect(result.uncertainties.isEmpty && result.breaches.isEmpty)
        }
    }

    @Test("the check JSON reads back as what JSONEncoder makes of the report, bounded or not")
    func checkJSONSameAsEncoder() throws {
        var maps: [(String, ResidencyMap)] = try EvaluationGoldenTests.samples.map { ($0, try EvaluationGoldenTests.load($0)) }
        maps.append(("awkward", AnswerOracleTests.awkwardMap()))
        var controls = Self.map
        controls.systems[0].name = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }.joined() + "\u{7F}/\\\"\u{2028}😀\u{9B}\u{202E}"
        maps.append(("controls", controls))
        for placement in MapGenerator.Placement.allCases {
            maps.append(("\(placement)", MapGenerator(seed: 9, placement: placement).map(systems: 250)))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        for (name, map) in maps {
            for limit in [nil, 2] as [Int?] {
                let evaluation = T.evaluate(map)
                let report = CheckJSON.Report(evaluation, map: map, fileName: "\(name).yaml", limit: limit, catalogue: .standard)
                let expected = try JSONSerialization.jsonObject(with: try encoder.encode(report)) as? NSDictionary
                let written = try CheckJSON.encode(T.evaluate(map), map: map, fileName: "\(name).yaml", limit: limit)
                let read = try JSONSerialization.jsonObject(with: Data(written.utf8)) as? NSDictionary
                #expect(read != nil && read == expected, "\(name), limit \(limit.map(String.init) ?? "none")")
                #expect(written.hasSuffix("}\n"))
            }
        }
    }
}
