import Foundation
import Testing
@testable import ResidencyModel

/// Sign-offs bound to content: the content fingerprint, stale detection, gap marks that block.
@Suite("Review: content fingerprint, sign-offs and gap marks")
struct ReviewSignOffTests {
    /// A small map written one way...
    static let tidy = """
        resmap: 1
        map:
          name: Tiny
          owner: Ops
        offerings:
          - id: eu
            name: EU
            region: EU
        systems:
          - id: db
            name: Database
            kind: database
            location: aws:eu-central-1
            status: confirmed
          - id: logs
            name: Logs
            kind: logs
            location: aws:eu-west-1
        claims:
          - id: eu-all
            text: Data stays in the EU
            offering: eu
        """

    /// ...and the same content written another: comments, flow style, other key order and
    /// indentation, the systems in the other order, review bookkeeping that is not content.
    static let reformatted = """
        # reformatted by hand
        resmap: 1
        claims: [{offering: eu, id: eu-all, text: "Data stays in the EU"}]
        systems:
        - {id: logs, kind: logs, name: Logs, location: "aws:eu-west-1"}   # moved up
        - name: Database
          status: confirmed
          location: aws:eu-central-1
          id: db
          kind: database
        map: {owner: Ops, name: Tiny, last_reviewed: 2026-11-01, review_interval_days: 30}
        offerings:
            - region: EU
              name: EU
              id: eu
        """

    static func load(_ yaml: String) throws -> ResidencyMap {
        switch MapFile.decode(yaml: yaml, fileName: "tiny.yaml") {
        case .success(let map): return map
        case .problems(let problems): throw TestFailure("does not load: \(problems)")
        case .unreadable(let reason): throw TestFailure(reason)
        }
    }

    @Test("Reformatting, comments, key order, item order and a save by the tool keep the content fingerprint")
    func stable() throws {
        let map = try Self.load(Self.tidy)
        let fingerprint = MapFingerprint.content(map)
        #expect(fingerprint.count == 64)
        #expect(MapFingerprint.content(try Self.load(Self.reformatted)) == fingerprint)
        let saved = try Self.load(try MapFile.encode(map))
        #expect(MapFingerprint.content(saved) == fingerprint)
        // The note's fingerprint covers everything, so the bookkeeping moves it.
        #expect(MapFingerprint.of(try Self.load(Self.reformatted)) != MapFingerprint.of(map))
    }

    @Test("Every real change moves it: a location, a status, a claim's words, a step order")
    func realChanges() throws {
        let map = try Self.load(Self.tidy)
        let base = MapFingerprint.content(map)
        var moved = map
        moved.systems[0].location = .places(["aws:us-east-1"])
        var status = map
        status.systems[1].status = .assumed
        var words = map
        words.claims[0].text = "Data stays in Europe"
        var flows = map
        flows.flows = [Flow(id: "f", name: "F", steps: [FlowStep(system: "db"), FlowStep(system: "logs")])]
        var swapped = flows
        swapped.flows[0].steps.swapAt(0, 1)
        for changed in [moved, status, words, flows] {
            #expect(MapFingerprint.content(changed) != base)
        }
        #expect(MapFingerprint.content(swapped) != MapFingerprint.content(flows))
    }

    @Test("Signing, marking a gap and naming the teams do not change what is signed")
    func reviewIsNotContent() throws {
        var map = try Self.load(Self.tidy)
        let base = MapFingerprint.content(map)
        map.header.signOffs.append(SignOff(by: "Dana", team: "engineering", fingerprint: base))
        map.header.gaps.append(GapMark(about: .system("db"), team: "support", text: "backups?"))
        map.header.declaredSignOffTeams = ["engineering"]
        #expect(MapFingerprint.content(map) == base)
    }

    @Test("A sign-off is current until the content changes, then stale and says what it saw")
    func staleDetection() throws {
        var map = try Self.load(Self.tidy)
        let signed = MapFingerprint.content(map)
        map.header.signOffs = [
            SignOff(by: "Dana", team: "Engineering", on: ISODate("2026-11-30"), fingerprint: signed, revision: "1a2b3c4d5e6f7"),
            SignOff(by: "Lee", team: "legal", on: ISODate("2026-11-30"), fingerprint: String(signed.prefix(12))),
            SignOff(by: "Old", team: "support", on: ISODate("2026-01-01")),
        ]
        var review = ReviewState(map: map)
        #expect(review.team("engineering")?.state == .current)
        #expect(review.team("legal")?.state == .current)
        #expect(review.team("support")?.state == .stale)
        #expect(review.team("support")?.summary.contains("records no fingerprint") == true)
        #expect(!review.isComplete)

        map.systems[1].location = .places(["aws:us-east-1"])
        review = ReviewState(map: map)
        let engineering = try #require(review.team("engineering"))
        #expect(engineering.state == .stale)
        #expect(engineering.summary == "stale: signed by Dana on 2026-11-30 (fingerprint \(signed.prefix(12)), revision 1a2b3c4d5e6f); the content changed since")
        #expect(review.blockers.count == 3)
    }

    @Test("Open gap marks block a full sign-off and are named; resolved ones do not")
    func gapsBlock() throws {
        var map = try Self.load(Self.tidy)
        let fingerprint = MapFingerprint.content(map)
        map.header.signOffs = SignOffPolicy.defaultTeams.map { SignOff(by: "x", team: $0, fingerprint: fingerprint) }
        #expect(ReviewState(map: map).isComplete)
        map.header.gaps = [
            GapMark(about: .system("logs"), team: "support", text: "screenshots land where?"),
            GapMark(about: .map, team: "legal", text: "DPA?", resolvedBy: "Lee", resolution: "signed"),
        ]
        let review = ReviewState(map: map)
        #expect(!review.isComplete)
        #expect(review.blockers == ["gap:1 open (support, about system:logs): screenshots land where?"])
        #expect(review.resolvedGaps.map(\.index) == [1])
    }

    @Test("Gap marks and bound sign-offs load, save and load again unchanged")
    func roundTrip() throws {
        let yaml = Self.tidy.replacingOccurrences(of: "  owner: Ops\n", with: """
              owner: Ops
              sign_off_teams: [engineering, legal]
              sign_offs:
                - by: Dana
                  team: engineering
                  on: 2026-11-30
                  fingerprint: 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
                  revision: 1a2b3c4d
              gaps:
                - about: system:db
                  team: support
                  text: "Where do exports go?"
                  by: Sam
                  on: 2026-11-29
                  resolved_by: Dana
                  resolved_on: 2026-12-01
                  resolution: Added the export bucket

            """)
        let map = try Self.load(yaml)
        #expect(map.header.signOffTeams == ["engineering", "legal"])
        #expect(map.header.signOffs[0].revision == "1a2b3c4d")
        #expect(map.header.gaps == [GapMark(about: .system("db"), team: "support", text: "Where do exports go?", by: "Sam",
                                            on: ISODate("2026-11-29"), resolvedBy: "Dana", resolvedOn: ISODate("2026-12-01"),
                                            resolution: "Added the export bucket")])
        #expect(try Self.load(try MapFile.encode(map)) == map)
    }

    @Test("A gap mark about an item the map lacks, or not about an item, is a located problem")
    func badReferences() throws {
        let yaml = Self.tidy.replacingOccurrences(of: "  owner: Ops\n", with: """
              owner: Ops
              gaps:
                - {about: system:nope, team: support, text: a}
                - {about: "systems db", team: support, text: b}

            """)
        guard case .problems(let problems) = MapFile.decode(yaml: yaml, fileName: "tiny.yaml") else {
            throw TestFailure("a map with broken gap marks loaded")
        }
        let messages = problems.map(\.message)
        #expect(messages.contains { $0.contains("'systems db' in 'about' of gap mark #2 is not an item reference") })
        // The second is reported at decode time; the first, about the missing system, needs the
        // whole map and comes once the file otherwise loads.
        let first = Self.tidy.replacingOccurrences(of: "  owner: Ops\n", with: "  owner: Ops\n  gaps:\n    - {about: system:nope, team: support, text: a}\n")
        guard case .problems(let missing) = MapFile.decode(yaml: first, fileName: "tiny.yaml") else {
            throw TestFailure("a gap mark about a missing system loaded")
        }
        #expect(missing.map(\.message).contains { $0.contains("the gap mark is about system:nope, which the map does not have") })
    }

    @Test("Renaming a system moves its gap marks; deleting it takes them along")
    func cascades() throws {
        var map = try Self.load(Self.tidy)
        map.header.gaps = [GapMark(about: .system("db"), team: "support", text: "a"),
                           GapMark(about: .map, team: "legal", text: "b")]
        var document = MapDocument(map: map, today: EditingSupport.today)
        try document.commit(try document.editor.rename(.system("db"), to: "primary-db"))
        #expect(document.map.header.gaps.map(\.about) == [.system("primary-db"), .map])
        try document.commit(document.editor.remove(.system("primary-db")))
        #expect(document.map.header.gaps.map(\.about) == [.map])
    }

    @Test("A gap mark added through the editor writes only its lines; `set` resolves it")
    func changeOnlySave() throws {
        let path = try EditingSupport.temporaryCopy(of: EditingSupport.samplePath("acme-saas.yaml"))
        let before = try String(contentsOfFile: path, encoding: .utf8)
        var document = try EditingSupport.document(path)
        let value = try ItemValue.make(.gap, from: ["about": "system:crm", "team": "support", "text": "Where do attachments go?"])
        let added = try #require(document.editor.add(value))
        #expect(added.ref == .gap(0))
        try document.commit(added.edit)
        guard case .saved(let snapshot, let preserved, _) = try save(document) else { throw TestFailure("not saved") }
        #expect(preserved)
        let after = try String(contentsOfFile: path, encoding: .utf8)
        let changed = EditingSupport.changedLines(before, after)
        #expect(changed.removed.isEmpty)
        #expect(changed.added == ["  gaps:", "    - about: system:crm", "      team: support", "      text: Where do attachments go?"])

        document = MapDocument(snapshot: snapshot, today: EditingSupport.today)
        try document.commit(try document.editor.set(.gap(0), field: "resolved_by", to: "Dana"))
        #expect(document.map.header.gaps[0].isOpen == false)
        // Resolving a gap mark is review bookkeeping, not content: what was signed still holds.
        #expect(MapFingerprint.content(document.map) == MapFingerprint.content(try EditingSupport.document(path).map))
    }

    @Test("check's JSON carries the review, the same as JSONEncoder writes it")
    func checkJSON() throws {
        var map = try Self.load(Self.tidy)
        map.header.gaps = [GapMark(about: .claim("eu-all"), team: "legal", text: "too broad")]
        let evaluation = ResidencyEvaluator(today: EditingSupport.today).evaluate(map)
        let text = try CheckJSON.encode(evaluation, map: map, fileName: "tiny.yaml")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let reference = try encoder.encode(CheckJSON.Report(evaluation, map: map, fileName: "tiny.yaml", catalogue: .standard))
        // Breaches and places are one line each, so the text differs from JSONEncoder's layout;
        // the values are the same.
        let written = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? NSDictionary
        let expected = try JSONSerialization.jsonObject(with: reference) as? NSDictionary
        #expect(written != nil && written == expected)
        let review = try JSONDecoder().decode(Wrapper.self, from: Data(text.utf8)).review
        #expect(review.complete == false)
        #expect(review.teams.map(\.state) == ["missing", "missing", "missing"])
        #expect(review.gaps.map(\.ref) == ["gap:1"])
    }

    private struct Wrapper: Decodable { var review: ReviewJSON }

    private func save(_ document: MapDocument) throws -> MapSave.Outcome {
        guard let snapshot = document.snapshot else { throw TestFailure("no snapshot") }
        return MapSave(snapshot: snapshot, map: document.map, renames: document.renamesSinceSnapshot).perform()
    }
}
