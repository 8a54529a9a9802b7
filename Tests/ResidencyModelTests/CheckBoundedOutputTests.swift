import Foundation
import Testing
@testable import ResidencyModel

private typealias T = EvaluationTestSupport

/// `resmap check` prints the first few breaches and unconfirmed things per claim and counts the
/// rest; `--all` (limit nil) prints every one. The JSON reports name places by id into one list.
@Suite("Check: bounded output, complete with --all, places listed once")
struct CheckBoundedOutputTests {
    /// Worldwide placement: nearly every claim breaks at nearly every system.
    static let map = MapGenerator(seed: 5, placement: .worldwide).map(systems: 300)
    static let evaluation = T.evaluate(map)

    /// The lines of each claim's block in the text report, in claim order.
    static func claimBlocks(_ text: String, claims: Int) -> [[Substring]] {
        let claimsSection = text.components(separatedBy: "\n\nFindings (")[0]
        let blocks = claimsSection.components(separatedBy: "\n\n").dropFirst(2)
        return blocks.prefix(claims).map { $0.split(separator: "\n") }
    }

    static func breachLines(_ block: [Substring]) -> [Substring] {
        block.filter { $0.hasPrefix("  ✗ ") || $0.hasPrefix("  ~ ") }
    }

    static func uncertaintyLines(_ block: [Substring]) -> [Substring] {
        block.filter { $0.hasPrefix("  ? ") }
    }

    @Test("by default each claim shows its counts, its first 5 breaches and unconfirmed things, and how many more")
    func bounded() throws {
        let limit = CheckTextReport.defaultLimit
        let text = CheckTextReport().render(Self.evaluation, map: Self.map, fileName: "m.yaml")
        let blocks = Self.claimBlocks(text, claims: Self.evaluation.claims.count)
        try #require(blocks.count == Self.evaluation.claims.count)
        var cut = 0
        for (result, block) in zip(Self.evaluation.claims, blocks) {
            let breaches = result.breaches
            let uncertainties = result.uncertainties
            #expect(block.contains { $0 == "  " + CheckTextReport.counts(open: result.openBreachCount, covered: result.coveredBreachCount,
                                                                        uncertain: result.uncertaintyCount) })
            let shown = Self.breachLines(block)
            #expect(shown.count == min(limit, breaches.count))
            #expect(zip(shown, breaches).allSatisfy { $0.hasSuffix(TerminalText.sanitize($1.message)) })
            #expect(Self.uncertaintyLines(block).count == min(limit, uncertainties.count))
            let moreBreaches = "  … and \(breaches.count - limit) more breach\(breaches.count - limit == 1 ? "" : "es") (--all to list every one)"
            #expect(block.contains { $0 == moreBreaches } == (breaches.count > limit))
            #expect(block.contains { $0.hasPrefix("  … and") && $0.contains("not confirmed") } == (uncertainties.count > limit))
            if breaches.count > limit { cut += 1 }
        }
        #expect(cut > 0, "the map must have claims with more breaches than are shown")
        let lines = text.split(separator: "\n").count
        let perClaim = 5 + 2 * (limit + 1) + 1
        let kinds = CheckTextReport.findingGroups(Self.evaluation.findings).count
        #expect(lines <= 4 + Self.evaluation.claims.count * perClaim + kinds * (2 * limit + 1) + 6)
    }

    @Test("--all lists every breach and every unconfirmed thing, in order, with no 'and more' line")
    func complete() throws {
        let text = CheckTextReport(limit: nil).render(Self.evaluation, map: Self.map, fileName: "m.yaml")
        #expect(!text.contains("--all to list every one"))
        let blocks = Self.claimBlocks(text, claims: Self.evaluation.claims.count)
        try #require(blocks.count == Self.evaluation.claims.count)
        for (result, block) in zip(Self.evaluation.claims, blocks) {
            let shown = Self.breachLines(block)
            #expect(shown.count == result.breaches.count)
            #expect(zip(shown, result.breaches).allSatisfy { $0.hasSuffix(TerminalText.sanitize($1.message)) })
            let unsure = Self.uncertaintyLines(block)
            #expect(unsure.count == result.uncertainties.count)
            #expect(zip(unsure, result.uncertainties).allSatisfy { $0.hasSuffix(TerminalText.sanitize($1.message)) })
        }
        let bounded = CheckTextReport().render(Self.evaluation, map: Self.map, fileName: "m.yaml")
        #expect(bounded.utf8.count * 3 < text.utf8.count)
        // Every finding with --all, the first 5 of each kind by default, and the same result line.
        let allFindings = text.components(separatedBy: "\n\nFindings (")[1]
        let someFindings = bounded.components(separatedBy: "\n\nFindings (")[1]
        for finding in Self.evaluation.findings {
            #expect(allFindings.contains("\(finding.id): \(TerminalText.sanitize(finding.message))\n"))
        }
        for group in CheckTextReport.findingGroups(Self.evaluation.findings) {
            let first = try #require(group.first)
            let listed = someFindings.components(separatedBy: "\n").filter { $0.contains(" \(first.id): ") }.count
            #expect(listed == min(CheckTextReport.defaultLimit, group.count))
            #expect(someFindings.contains("… and \(group.count - CheckTextReport.defaultLimit) more \(first.id) finding") == (group.count > 5))
        }
        #expect(someFindings.split(separator: "\n").last == allFindings.split(separator: "\n").last)
    }

    @Test("the first breaches are the full list's first ones, also for results given in full")
    func detailsUpTo() {
        for result in Self.evaluation.claims {
            let first = result.details(upTo: 3)
            #expect(first.breaches == Array(result.breaches.prefix(3)))
            #expect(first.uncertainties == Array(result.uncertainties.prefix(3)))
        }
        let given = ClaimResult(claim: T.claim(), region: RegionSpec("EU"), data: [], verdict: .broken,
                                breaches: Self.evaluation.claims[0].breaches, uncertainties: [],
                                answer: Self.evaluation.claims[0].answer)
        #expect(given.details(upTo: 2).breaches == Array(given.breaches.prefix(2)))
    }

    static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// Every place id the lists use is in `places`, each listed once, and every listed one is used.
    static func checkPlaces(_ places: [[String: Any]], used: [String]) {
        let ids = places.compactMap { $0["id"] as? String }
        #expect(ids.count == places.count)
        #expect(Set(ids).count == ids.count, "a place is listed twice")
        #expect(Set(used) == Set(ids))
        #expect(places.allSatisfy { ($0["description"] as? String)?.isEmpty == false && $0["jurisdiction"] is String })
    }

    @Test("check JSON: the first 5 per claim with the counts by default, every one with no limit; places by id")
    func checkJSON() throws {
        let limit = CheckTextReport.defaultLimit
        for listed in [limit, nil] as [Int?] {
            let text = try CheckJSON.encode(Self.evaluation, map: Self.map, fileName: "m.yaml", limit: listed)
            let report = try Self.object(text)
            #expect(report["schema_version"] as? Int == 2)
            #expect(report["limit"] as? Int == listed)
            let claims = try #require(report["claims"] as? [[String: Any]])
            try #require(claims.count == Self.evaluation.claims.count)
            var used: [String] = []
            for (claim, result) in zip(claims, Self.evaluation.claims) {
                let breaches = try #require(claim["breaches"] as? [[String: Any]])
                let uncertainties = try #require(claim["uncertainties"] as? [[String: Any]])
                #expect(claim["open_breach_count"] as? Int == result.openBreachCount)
                #expect(claim["covered_breach_count"] as? Int == result.coveredBreachCount)
                #expect(claim["uncertainty_count"] as? Int == result.uncertaintyCount)
                let all = result.breaches
                #expect(breaches.count == min(listed ?? .max, all.count))
                #expect(uncertainties.count == min(listed ?? .max, result.uncertainties.count))
                #expect(breaches.map { $0["subject"] as? String } == all.prefix(breaches.count).map(\.subject.reference))
                #expect(breaches.map { $0["message"] as? String } == all.prefix(breaches.count).map(\.message))
                for (breach, expected) in zip(breaches, all) {
                    let ids = try #require(breach["places"] as? [String])
                    #expect(ids == expected.places.map(\.code))
                    used += ids
                }
                used += uncertainties.flatMap { $0["places"] as? [String] ?? [] }
            }
            Self.checkPlaces(try #require(report["places"] as? [[String: Any]]), used: used)
            // One line per breach: the lists do not multiply lines by their keys.
            let lines = text.split(separator: "\n").count
            let items = claims.reduce(0) { $0 + (($1["breaches"] as? [Any])?.count ?? 0) + (($1["uncertainties"] as? [Any])?.count ?? 0) }
            #expect(lines < items + claims.count * 40 + Self.evaluation.findings.count * 20 + 200)
        }
    }

    @Test("JSON export: every place named once in places, locations and breaches by id, decoding to the document")
    func exportPlaces() throws {
        let exporter = JSONExporter(today: T.today)
        let text = try exporter.render(Self.map, evaluation: Self.evaluation)
        let document = try JSONDecoder().decode(ExportDocument.self, from: Data(text.utf8))
        #expect(document == exporter.document(Self.map, evaluation: Self.evaluation))
        #expect(document.schemaVersion == 2)
        let byID = Dictionary(document.places.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(byID.count == document.places.count)
        var used: [String] = []
        for system in document.map.systems {
            used += system.location.places
            #expect(system.location.places.allSatisfy { byID[$0] != nil })
        }
        for (claim, result) in zip(document.evaluation.claims, Self.evaluation.claims) {
            #expect(claim.breaches.count == result.openBreachCount + result.coveredBreachCount)
            #expect(claim.uncertainties.count == result.uncertaintyCount)
            for breach in claim.breaches {
                #expect(breach.places.allSatisfy { byID[$0] != nil })
                used += breach.places
            }
            used += claim.uncertainties.flatMap(\.places)
        }
        #expect(Set(used) == Set(byID.keys))
        for place in document.places {
            #expect(place.id == place.code)
            #expect(place.description == RegionCatalogue.standard.describe(try #require(RegionCatalogue.standard.place(for: place.code))))
        }
    }

    @Test("two different places under one code get two ids")
    func placeIDs() {
        let table = JSONPlaceTable()
        let one = Place(code: "x", provider: nil, displayName: "X", city: nil, country: "DE", jurisdiction: "EU", countries: ["DE"])
        let other = Place(code: "x", provider: nil, displayName: "X", city: "Y", country: "DE", jurisdiction: "EU", countries: ["DE"])
        #expect(table.ids(for: [one, other, one, other]) == ["x", "x#2", "x", "x#2"])
        #expect(table.entries.count == 2)
    }

    @Test("a descriptor sink writes everything, in order, through its buffer")
    func descriptorSink() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("resmap-sink-\(UUID().uuidString)").path
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        try #require(descriptor >= 0)
        defer { unlink(path) }
        let sink = DescriptorSink(descriptor: descriptor, capacity: 8)
        let pieces = ["héllo ", "", "a longer piece than the buffer ", "東京", String(repeating: "z", count: 100)]
        for piece in pieces { sink.write(piece) }
        sink.flush()
        close(descriptor)
        #expect(sink.failure == nil)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == pieces.joined())
    }
}
