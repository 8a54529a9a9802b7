import Foundation
import Testing
@testable import ResidencyModel

/// The JSON export: the whole map plus the evaluation, in the documented schema.
@Suite("Export: JSON")
struct ExportJSONTests {
    static let day = ExportTestSupport.day

    static func decode(_ json: String) throws -> ExportDocument {
        try JSONDecoder().decode(ExportDocument.self, from: Data(json.utf8))
    }

    @Test("Round trip: the text decodes into the same document")
    func roundTrip() throws {
        let map = try ExportTestSupport.sample("acme-saas.yaml")
        let exporter = JSONExporter(today: Self.day)
        let evaluation = ResidencyEvaluator(today: Self.day).evaluate(map)
        let json = try exporter.render(map, evaluation: evaluation)
        #expect(try Self.decode(json) == exporter.document(map, evaluation: evaluation))
        #expect(json.hasSuffix("}\n"))
    }

    @Test("Top level: schema version, day, fingerprint, map, evaluation and review, keys snake_case and sorted")
    func topLevel() throws {
        let map = try ExportTestSupport.sample("acme-saas.yaml")
        let json = try JSONExporter(today: Self.day).render(map)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["schema_version", "today", "fingerprint", "map", "evaluation", "places", "review"])
        #expect(object["schema_version"] as? Int == ExportDocument.currentSchemaVersion)
        #expect(object["today"] as? String == "2026-11-30")
        #expect(object["fingerprint"] as? String == MapFingerprint.of(map))
        // Sorted keys: "evaluation" is written before "fingerprint", "map", "places", "schema_version", "today".
        let order = ["\"evaluation\"", "\"fingerprint\"", "\"map\"", "\"places\"", "\"schema_version\"", "\"today\""]
            .compactMap { json.range(of: "\n  \($0)")?.lowerBound }
        #expect(order.count == 6 && order == order.sorted())
        #expect(!json.contains("Key\""), "a camelCase key leaked")
        let mapObject = try #require(object["map"] as? [String: Any])
        #expect(Set(mapObject.keys) == [
            "format_version", "header", "offerings", "data_categories", "data_categories_declared", "systems",
            "copies", "roles", "flows", "claims", "exceptions",
        ])
    }

    @Test("The map is all there: every system, copy, role, flow step, claim and exception, as written")
    func wholeMap() throws {
        let map = try ExportTestSupport.sample("northwind-multi-region.yaml")
        let document = try Self.decode(try JSONExporter(today: Self.day).render(map))
        #expect(document.map.header.name == "Northwind Ledger")
        #expect(document.map.header.owner == "Åsa Lindqvist (Platform)")
        #expect(document.map.systems.map(\.id) == map.systems.map(\.id))
        #expect(document.map.copies.count == map.copies.count)
        #expect(document.map.roles.map(\.id) == map.roles.map(\.id))
        #expect(document.map.flows.map { $0.steps.count } == map.flows.map { $0.steps.count })
        #expect(document.map.claims.map(\.id) == map.claims.map(\.id))
        #expect(document.map.exceptions.map(\.id) == map.exceptions.map(\.id))
        #expect(document.map.dataCategoriesDeclared)

        let cdn = try #require(document.map.systems.first { $0.id == "cdn" })
        #expect(cdn.location.codes == ["cloudflare:eu", "cloudflare:us"])
        #expect(cdn.location.places == ["cloudflare:eu", "cloudflare:us"])
        #expect(cdn.location.places.compactMap { id in document.places.first { $0.id == id }?.jurisdiction } == ["EU", "US"])
        #expect(cdn.retention == ExportDocument.RetentionJSON(text: "4 hours", days: 1))
        let contractor = try #require(document.map.roles.first { $0.id == "contractor-tokyo" })
        #expect(contractor.name == "Database contractor (東京)")
        let exception = try #require(document.map.exceptions.first)
        #expect(exception.covers == ExportDocument.TargetJSON(type: "flow_step", flow: "eu-signup", step: 4))
        #expect(exception.active)
    }

    @Test("The evaluation matches the engine's: verdicts, breaches, findings, summary")
    func evaluation() throws {
        let map = try ExportTestSupport.sample("acme-saas.yaml")
        let evaluation = ResidencyEvaluator(today: Self.day).evaluate(map)
        let document = try Self.decode(try JSONExporter(today: Self.day).render(map))
        #expect(document.evaluation.claims.map(\.verdict) == evaluation.claims.map(\.verdict.rawValue))
        #expect(document.evaluation.claims.map(\.breaches.count) == evaluation.claims.map(\.breaches.count))
        #expect(document.evaluation.claims.map(\.answer) == evaluation.claims.map(\.answer.text))
        #expect(document.evaluation.findings.map(\.id) == evaluation.findings.map(\.id))
        #expect(document.evaluation.passed == evaluation.passes)
        #expect(document.evaluation.summary.claims == evaluation.claims.count)
        #expect(document.evaluation.summary.broken == evaluation.claims.filter { $0.verdict == .broken }.count)
        let covered = document.evaluation.claims.flatMap(\.breaches).compactMap(\.coveredBy)
        #expect(covered.contains("ex-canada-leads"))
    }

    @Test("Hostile text survives JSON exactly, with control characters escaped")
    func hostile() throws {
        let map = ExportTestSupport.hostileMap()
        let json = try JSONExporter(today: Self.day).render(map)
        #expect(!json.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        let document = try Self.decode(json)
        #expect(document.map.systems.map(\.name) == map.systems.map(\.name))
        #expect(document.map.header.name == map.header.name)
    }

    /// What Foundation's encoder makes of the document, read back as plain JSON values.
    static func encoded(_ map: ResidencyMap, today: ISODate = ExportTestSupport.day) throws -> NSDictionary? {
        let exporter = JSONExporter(today: today)
        let evaluation = ResidencyEvaluator(today: today).evaluate(map)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(exporter.document(map, evaluation: evaluation))
        return try JSONSerialization.jsonObject(with: data) as? NSDictionary
    }

    @Test("The written text reads back as what JSONEncoder makes of the document, one line per breach")
    func sameAsEncoder() throws {
        var maps: [(String, ResidencyMap)] = try ExportTestSupport.sampleNames.map { ($0, try ExportTestSupport.sample($0)) }
        maps.append(("hostile", ExportTestSupport.hostileMap()))
        maps.append(("empty", ResidencyMap(header: MapHeader(name: "", owner: ""))))
        for placement in MapGenerator.Placement.allCases {
            maps.append(("\(placement)", MapGenerator(seed: 3, placement: placement).map(systems: 250)))
        }
        maps.append(("awkward", AnswerOracleTests.awkwardMap()))
        var controls = ExportTestSupport.hostileMap()
        controls.systems[0].notes = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }.joined() + "\u{7F}/\\\"\u{2028}😀\u{85}\u{9B}31m\u{202E}gnp.exe\u{2066}é"
        maps.append(("controls", controls))
        for (name, map) in maps {
            let written = try JSONExporter(today: ExportTestSupport.day).render(map)
            let read = try JSONSerialization.jsonObject(with: Data(written.utf8)) as? NSDictionary
            let expected = try Self.encoded(map)
            #expect(read != nil && read == expected, "\(name)")
            #expect(!written.unicodeScalars.contains { JSONText.escapesForTerminals($0) }, "\(name)")
            #expect(!written.contains("\n          \"aspect\""), "\(name): a breach spread over several lines")
        }
    }

    @Test("C1 and bidi controls are \\u escapes in the JSON: safe in a terminal, the same text to any JSON reader")
    func terminalSafeEscapes() throws {
        var map = ExportTestSupport.hostileMap()
        map.systems[0].notes = "a\u{9B}31mb\u{202E}c\u{85}d"
        let written = try JSONExporter(today: ExportTestSupport.day).render(map)
        #expect(written.contains("a\\u009b31mb\\u202ec\\u0085d"))
        #expect(!written.unicodeScalars.contains { JSONText.escapesForTerminals($0) })
        let document = try JSONDecoder().decode(ExportDocument.self, from: Data(written.utf8))
        #expect(document.map.systems[0].notes == "a\u{9B}31mb\u{202E}c\u{85}d")
    }

    /// Found by resmap-fuzz: the Arabic letter mark's UTF-8 (D8 9C) does not start with the lead
    /// bytes the fast path looked for, so alone in a string it was written raw.
    @Test("The Arabic letter mark alone in a string is a \\u escape too")
    func arabicLetterMark() throws {
        var map = ExportTestSupport.hostileMap()
        map.header.name = "staging\u{061C}"
        let written = try JSONExporter(today: ExportTestSupport.day).render(map)
        #expect(written.contains("\"staging\\u061c\""))
        #expect(!written.unicodeScalars.contains { JSONText.escapesForTerminals($0) })
    }
}
