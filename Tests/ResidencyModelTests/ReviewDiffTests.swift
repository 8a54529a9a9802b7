import Foundation
import Testing
@testable import ResidencyModel

/// `MapDiff` on pairs of maps: renamed ids and moved steps are one change each, field changes
/// are listed by field, and verdicts that moved say why. Golden files under Golden/diff-*.
@Suite("Review: semantic diff of two maps")
struct ReviewDiffTests {
    static let old = """
        resmap: 1
        map: {name: Diffed, owner: Ops}
        offerings:
          - {id: eu, name: EU residency, region: EU}
        systems:
          - {id: app, name: App, kind: app, location: "aws:eu-central-1", status: confirmed}
          - {id: db, name: Customer database, kind: database, location: "aws:eu-central-1", status: confirmed, data: [customer-records]}
          - {id: errors, name: Error tracking, kind: error-tracking, location: "aws:eu-central-1", status: confirmed, data: [request-payloads]}
          - {id: queue, name: Queue, kind: queue, location: "aws:eu-central-1", status: confirmed}
          - {id: vault, name: Backups, kind: backup, location: "aws:eu-west-1", status: confirmed}
        copies:
          - {from: db, to: vault, kind: backup, schedule: nightly}
        roles:
          - id: support
            name: Support
            team: support
            countries: [DE]
            access:
              - {system: db, can: [view], when: always}
        flows:
          - id: signup
            name: Signup
            steps:
              - {system: app}
              - {system: queue, when: async}
              - {system: db}
        claims:
          - {id: eu-records, text: EU customer records stay in the EU, offering: eu, data: [customer-records]}
          - {id: eu-all, text: All data stays in the EU, offering: eu}
        """

    /// The database renamed (same content), the errors moved to the US, two steps swapped, a
    /// grant widened, a copy's schedule changed, the systems listed in another order.
    static let new = """
        resmap: 1
        map: {name: Diffed, owner: Ops}
        offerings:
          - {id: eu, name: EU residency, region: EU}
        systems:
          - {id: queue, name: Queue, kind: queue, location: "aws:eu-central-1", status: confirmed}
          - {id: app, name: App, kind: app, location: "aws:eu-central-1", status: confirmed}
          - {id: customer-db, name: Customer database, kind: database, location: "aws:eu-central-1", status: confirmed, data: [customer-records]}
          - {id: errors, name: Error tracking, kind: error-tracking, location: "aws:us-east-1", status: confirmed, data: [request-payloads]}
          - {id: vault, name: Backups, kind: backup, location: "aws:eu-west-1", status: confirmed}
        copies:
          - {from: customer-db, to: vault, kind: backup, schedule: hourly}
        roles:
          - id: support
            name: Support
            team: support
            countries: [DE]
            access:
              - {system: customer-db, can: [view, export], when: always}
        flows:
          - id: signup
            name: Signup
            steps:
              - {system: app}
              - {system: customer-db}
              - {system: queue, when: async}
        claims:
          - {id: eu-records, text: EU customer records stay in the EU, offering: eu, data: [customer-records]}
          - {id: eu-all, text: All data stays in the EU, offering: eu}
        """

    static func load(_ yaml: String) throws -> ResidencyMap {
        switch MapFile.decode(yaml: yaml, fileName: "diff.yaml") {
        case .success(let map): return map
        case .problems(let problems): throw TestFailure("does not load: \(problems)")
        case .unreadable(let reason): throw TestFailure(reason)
        }
    }

    static func diff() throws -> MapDiff {
        MapDiff(old: try load(old), new: try load(new), today: EditingSupport.today)
    }

    @Test("A renamed id is one rename; references to it do not show as changes")
    func renames() throws {
        let diff = try Self.diff()
        let renamed = diff.items.filter { if case .renamed = $0.change { return true }; return false }
        #expect(renamed.map(\.ref) == ["system:customer-db"])
        #expect(renamed.first?.change == .renamed(from: "db"))
        #expect(renamed.first?.fields == [])
        // The copy's ends and the grant's system follow the rename: only the real changes remain.
        #expect(diff.items.first { $0.kind == .copy }?.fields == [MapDiff.FieldChange(key: "schedule", old: "nightly", new: "hourly")])
        #expect(diff.items.first { $0.kind == .grant }?.fields == [MapDiff.FieldChange(key: "can", old: "view", new: "view, export")])
        #expect(!diff.items.contains { $0.change == .added || $0.change == .removed })
    }

    @Test("A moved step is reported as moved, not removed and added; reordered systems are not reported")
    func moves() throws {
        let steps = try Self.diff().items.filter { $0.kind == .step }
        #expect(steps.map(\.change) == [.moved(from: 2, to: 3)])
        #expect(try Self.diff().items.filter { $0.kind == .system }.map(\.ref) == ["system:customer-db", "system:errors"])
    }

    @Test("The verdict that moved says why: the system that moved and where")
    func verdicts() throws {
        let verdicts = try Self.diff().verdicts
        #expect(verdicts.map(\.claimID) == ["eu-all"])
        #expect(verdicts.first?.from == .unknown)
        #expect(verdicts.first?.to == .broken)
        #expect(verdicts.first?.because == ["Error tracking moved to aws:us-east-1"])
    }

    @Test("Nothing changed: an empty diff, even after a reformat and a save")
    func identical() throws {
        let map = try Self.load(Self.old)
        #expect(MapDiff(old: map, new: try Self.load(try MapFile.encode(map)), today: EditingSupport.today).isEmpty)
    }

    @Test("Text, Markdown and JSON match their golden files")
    func golden() throws {
        let report = MapDiffReport(diff: try Self.diff(), oldName: "old.yaml", newName: "new.yaml")
        try EvaluationGoldenTests.compare(report.text(), golden: "diff.txt")
        try EvaluationGoldenTests.compare(report.markdown(), golden: "diff.md")
        try EvaluationGoldenTests.compare(try report.jsonText(), golden: "diff.json")
        #expect(try JSONDecoder().decode(MapDiffReport.JSON.self, from: Data(try report.jsonText().utf8)) == report.json)
    }

    @Test("Text from the map is sanitized in the text report and escaped in Markdown")
    func hostile() throws {
        var old = try Self.load(Self.old)
        old.systems[2].name = "Errors\u{1B}[31m | *x*"
        var new = old
        new.systems[2].location = .places(["aws:us-east-1"])
        let report = MapDiffReport(diff: MapDiff(old: old, new: new, today: EditingSupport.today), oldName: "a", newName: "b")
        #expect(!report.text().contains("\u{1B}"))
        #expect(report.markdown().contains("\\*x\\*"))
    }
}
