import Foundation
import Testing
@testable import ResidencyModel

/// The engine rules of issue 9, on small maps written the way a user writes them: an aspect with
/// nothing mapped is not known; copies store where they land; request paths are edges; the DPF
/// under EEA+adequacy; exceptions for one copy.
@Suite("Engine: answers never say more than the map knows")
struct EngineHonestyTests {
    static let today = ISODate(year: 2026, month: 11, day: 1)!

    /// A map: the header, an EU offering (with `offeringExtra` lines under it), then `body`.
    private func load(_ body: String, offeringExtra: String = "") -> ResidencyMap {
        let yaml = """
            resmap: 1
            map:
              name: Test
              owner: Dana
            offerings:
              - id: eu
                name: EU residency
                region: EU
            \(offeringExtra)
            \(body)
            """
        let decoded = FileFormatTestSupport.map(yaml)
        #expect(decoded != nil, "\(FileFormatTestSupport.problems(yaml).map(\.description))")
        return decoded ?? ResidencyMap(header: MapHeader(name: "", owner: ""))
    }

    private func check(_ map: ResidencyMap, claim: String? = nil) -> ClaimResult? {
        let evaluation = ResidencyEvaluator(today: Self.today).evaluate(map)
        return claim.map { evaluation.result(forClaim: $0) } ?? evaluation.claims.first
    }

    private static let database = """
        systems:
          - id: db
            name: Primary database
            kind: database
            location: aws:eu-central-1
            data: [customer-records]
            status: confirmed
        """

    // MARK: Unmapped aspects

    @Test("A map with no roles, flows or copies does not vouch for them: unknown, naming what is missing")
    func nothingMappedIsUnknown() throws {
        let map = load(Self.database + """

            claims:
              - id: all
                text: Everything stays in the EU
                offering: eu
            """)
        let result = try #require(check(map))
        #expect(result.verdict == .unknown)
        #expect(result.answer.text == "Personal data is stored in Frankfurt, Germany. Processing, copies and access are not mapped, so this claim cannot vouch for them yet.")
        #expect(!result.answer.text.contains("Everything this claim covers"))
        let reasons = result.uncertainties.map(\.reason)
        #expect(reasons == [.aspectNotMapped, .aspectNotMapped, .aspectNotMapped])
        #expect(result.uncertainties.compactMap(\.aspect) == [.processing, .copies, .access])
        #expect(result.uncertainties.last?.message.hasPrefix("Access is not mapped: the map lists no role that can open customer records, contact details") == true)
        #expect(result.uncertainties.last?.message.hasSuffix(" for EU residency.") == true)
        #expect(result.answer.summary == "Unknown: 3 things in scope not confirmed.")
    }

    @Test("A claim that leaves the aspect out of its scope, or an offering that declares has_none, holds")
    func declaredOrScopedOut() throws {
        let scoped = load(Self.database + """

            claims:
              - id: stored
                text: Customer records are stored in the EU
                offering: eu
                scope: [storage]
            """)
        #expect(check(scoped)?.verdict == .holds)
        #expect(check(scoped)?.answer.text == "Personal data is stored in Frankfurt, Germany. Everything this claim covers (storage) stays in the EU.")

        let declared = load(Self.database + """

            claims:
              - id: all
                text: Everything stays in the EU
                offering: eu
            """, offeringExtra: "    has_none: [processing, copies, access]")
        let result = try #require(check(declared))
        #expect(result.verdict == .holds)
        #expect(result.answer.text == "Personal data is stored in Frankfurt, Germany. Everything this claim covers (storage, processing, copies and access) stays in the EU.")

        let partly = load(Self.database + """

            claims:
              - id: all
                text: Everything stays in the EU
                offering: eu
            """, offeringExtra: "    has_none: [processing, copies]")
        #expect(self.check(partly)?.verdict == .unknown)
        #expect(self.check(partly)?.answer.text.hasSuffix("Access is not mapped, so this claim cannot vouch for it yet.") == true)
    }

    @Test("has_none cannot declare storage; the loader says where and how to fix it")
    func hasNoneStorageRefused() {
        let yaml = """
            resmap: 1
            map:
              name: Test
              owner: Dana
            offerings:
              - id: eu
                name: EU residency
                region: EU
                has_none: [storage]
            """
        let problems = FileFormatTestSupport.problems(yaml)
        #expect(problems.count == 1)
        #expect(problems.first?.position?.line == 9)
        #expect(problems.first?.message.contains("cannot declare that it has no storage") == true)
    }

    // MARK: Copies store where they land

    static let drInVirginia = """
        systems:
          - id: db-main
            name: Primary database
            kind: database
            location: aws:eu-central-1
            data: [customer-records]
            status: confirmed
          - id: dr-standby
            name: DR standby
            kind: dr
            location: aws:us-east-1
            status: confirmed
        copies:
          - from: db-main
            to: dr-standby
            kind: dr-failover
        claims:
          - id: stored
            text: Customer records are stored in the EU
            offering: eu
            data: [customer-records]
            scope: [storage]
        """

    @Test("A DR copy is storage where it lands: a storage claim breaks on it")
    func copyIsStorage() throws {
        let result = try #require(check(load(Self.drInVirginia)))
        #expect(result.verdict == .broken)
        #expect(result.breaches.map(\.aspect) == [.storage])
        #expect(result.breaches.first?.system == "dr-standby")
        #expect(result.answer.text == "Customer records are stored in Frankfurt, Germany. DR standby keeps customer records in N. Virginia, United States.")
    }

    @Test("What a system holds by copy is listed copy by copy, for the Systems screen")
    func arrivals() {
        let evaluation = ResidencyEvaluator(today: Self.today).evaluate(load(Self.drInVirginia))
        #expect(evaluation.arrivals(atSystem: "dr-standby").map(\.data) == [["customer-records"]])
        #expect(evaluation.arrivals(atSystem: "dr-standby").first?.copy.kind == .drFailover)
        #expect(evaluation.arrivals(atSystem: "db-main").isEmpty)
    }

    @Test("An export or a sync is not storage: only the copies aspect judges it")
    func exportIsNotStorage() throws {
        let yaml = Self.drInVirginia.replacingOccurrences(of: "kind: dr-failover", with: "kind: export")
        #expect(check(load(yaml))?.verdict == .holds)
    }

    // MARK: Copy exceptions

    @Test("An exception on one copy covers that copy and what it stores, not other copies into the system")
    func copyException() throws {
        let yaml = Self.drInVirginia.replacingOccurrences(of: "scope: [storage]", with: "scope: [storage, copies]") + """

              - id: other
                text: Other
                offering: eu
                scope: [storage, copies]
            exceptions:
              - id: ex-dr
                claim: stored
                copy: {from: db-main, to: dr-standby, kind: dr-failover}
                reason: Failover region agreed with the customer
                approved_by: Priya Nair (Legal)
                expires: 2027-03-31
            """
        let map = load(yaml)
        #expect(map.exceptions.first?.covers == .copy(from: "db-main", to: "dr-standby", kind: .drFailover))
        let covered = try #require(check(map, claim: "stored"))
        #expect(covered.verdict == .holdsWithExceptions)
        #expect(covered.breaches.allSatisfy { $0.coveredBy == "ex-dr" })
        #expect(covered.breaches.map(\.aspect) == [.storage, .copies])
        #expect(check(map, claim: "other")?.verdict == .broken)
        // Saving writes the target back in the same spelling.
        let text = try MapFile.encode(map)
        #expect(text.contains("copy: {from: db-main, to: dr-standby, kind: dr-failover}"))
        #expect(FileFormatTestSupport.map(text) == map)
    }

    @Test("A copy exception naming a copy the map lacks is refused with a fix")
    func copyExceptionMustExist() {
        let yaml = """
            resmap: 1
            map:
              name: Test
              owner: Dana
            offerings:
              - id: eu
                name: EU residency
                region: EU
            \(Self.drInVirginia)
            exceptions:
              - id: ex-dr
                claim: stored
                copy: {from: db-main, to: dr-standby, kind: backup}
                reason: Agreed
                approved_by: Priya
            """
        let problems = FileFormatTestSupport.problems(yaml)
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("the map has no backup copy from 'db-main' to 'dr-standby'") == true)
        #expect(problems.first?.fix == "did you mean kind 'dr-failover'?")
    }

    // MARK: Transfer basis

    static func telemetry(basis: String?, region: String) -> String {
        """
        systems:
          - id: db
            name: Primary database
            kind: database
            location: aws:eu-central-1
            data: [customer-records]
            status: confirmed
          - id: errors
            name: Error tracking
            kind: error-tracking
            location: US
            data: [customer-records]
            status: confirmed
        \(basis.map { "    transfer_basis: \($0)" } ?? "")
        claims:
          - id: stored
            text: Customer records stay in \(region)
            offering: eu
            region: \(region)
            data: [customer-records]
            scope: [storage]
        """
    }

    @Test("EEA+adequacy counts a US system as adequate only under the Data Privacy Framework, and says so")
    func dpf() throws {
        let certified = try #require(check(load(Self.telemetry(basis: "dpf", region: "EEA+adequacy"))))
        #expect(certified.verdict == .holds)
        #expect(certified.answer.text.contains("Error tracking is in the United States under the Data Privacy Framework"))
        let clauses = try #require(check(load(Self.telemetry(basis: "scc", region: "EEA+adequacy"))))
        #expect(clauses.verdict == .broken)
        #expect(clauses.breaches.first?.message.contains("standard contractual clauses, is a safeguard, not adequacy") == true)
        #expect(check(load(Self.telemetry(basis: nil, region: "EEA+adequacy")))?.verdict == .broken)
    }

    @Test("EU and EEA claims are unchanged by a safeguard: a safeguard is not residency")
    func safeguardIsNotResidency() throws {
        for region in ["EU", "EEA"] {
            let result = try #require(check(load(Self.telemetry(basis: "dpf", region: region))))
            #expect(result.verdict == .broken)
            #expect(!result.answer.text.contains("Data Privacy Framework"))
        }
    }

    @Test("transfer_basis takes only dpf, scc, bcr or none")
    func basisVocabulary() {
        let problems = FileFormatTestSupport.problems("""
            resmap: 1
            map:
              name: Test
              owner: Dana
            systems:
              - id: errors
                name: Error tracking
                kind: error-tracking
                location: US
                transfer_basis: dfp
            """)
        #expect(problems.count == 1)
        #expect(problems.first?.position?.line == 10)
        #expect(problems.first?.fix?.contains("did you mean 'dpf'?") == true)
    }

    // MARK: Request paths are edges

    static let paths = """
        systems:
          - {id: cdn, name: CDN, kind: cdn, location: DE, status: confirmed}
          - {id: api, name: API, kind: app, location: DE, status: confirmed}
          - {id: flags, name: Feature flags, kind: feature-flags, location: US, status: confirmed}
          - {id: db, name: Database, kind: database, location: DE, status: confirmed}
          - {id: vault, name: Backups, kind: backup, location: IE, status: confirmed}
        flows:
          - id: signup
            name: Sign up
            steps:
              - system: cdn
              - system: api
              - system: flags
              - system: db
                from: 2
              - system: vault
                from: db
                when: nightly
        """

    @Test("A step's from: names an earlier step or a system; the default is the step before")
    func edges() throws {
        let flow = try #require(load(Self.paths).flows.first)
        #expect(flow.edges().map(\.from) == [.start, .step(0), .step(1), .step(1), .step(3)])
        #expect(flow.sourceSystem(ofStep: 3) == "api")
        #expect(flow.sourceSystem(ofStep: 4) == "db")
        #expect(flow.sourceSystem(ofStep: 0) == nil)
        var outside = flow
        outside.steps[4].from = .system("cdn-logs")
        #expect(outside.source(ofStep: 4) == .system("cdn-logs"))
        outside.steps[2].from = .step(0)
        #expect(outside.source(ofStep: 2) == .start)
    }

    @Test("A from: that is not an earlier step, or names no system, is refused")
    func edgesValidated() {
        let later = FileFormatTestSupport.problems("""
            resmap: 1
            map:
              name: Test
              owner: Dana
            \(Self.paths.replacingOccurrences(of: "from: 2", with: "from: 4"))
            """)
        #expect(later.count == 1)
        #expect(later.first?.message.contains("step 4 comes from step 4, which is not an earlier step") == true)
        let missing = FileFormatTestSupport.problems("""
            resmap: 1
            map:
              name: Test
              owner: Dana
            \(Self.paths.replacingOccurrences(of: "from: db", with: "from: dbb"))
            """)
        #expect(missing.count == 1)
        #expect(missing.first?.message.contains("unknown system 'dbb' in 'from'") == true)
        #expect(missing.first?.fix == "did you mean 'db'?")
    }

    @Test("Saving keeps from: in canonical order, numbers plain, and reads back the same")
    func edgesRoundTrip() throws {
        let map = load(Self.paths)
        let text = try MapFile.encode(map)
        #expect(text.contains("  - system: db\n    from: 2\n"))
        #expect(text.contains("  - system: vault\n    from: db\n    when: nightly\n"))
        #expect(FileFormatTestSupport.map(text) == map)
    }

    // MARK: Editing the new fields

    private func document(_ body: String, offeringExtra: String = "") -> MapDocument {
        MapDocument(map: load(body, offeringExtra: offeringExtra), today: Self.today)
    }

    @Test("Set edits from, transfer_basis, has_none and a copy target through the form texts")
    func setNewFields() throws {
        var document = document(Self.drInVirginia)
        try document.commit(document.editor.set(.system("dr-standby"), field: "transfer_basis", to: "scc"))
        #expect(document.map.systems[1].transferBasis == .scc)
        #expect(throws: FieldError.self) { try document.editor.set(.system("dr-standby"), field: "transfer_basis", to: "maybe") }
        try document.commit(document.editor.set(.offering("eu"), field: "has_none", to: "access"))
        #expect(document.map.offerings[0].hasNone == [.access])
        let exception = ItemValue.exception(ClaimException(
            id: "ex", claim: "stored", covers: .copy(from: "db-main", to: "dr-standby", kind: .drFailover),
            reason: "Agreed", approvedBy: "Priya"))
        #expect(exception.texts["covers"] == "copy:db-main->dr-standby:dr-failover")
        #expect(FieldText.target("copy:db-main->dr-standby:dr-failover") == .copy(from: "db-main", to: "dr-standby", kind: .drFailover))
        let added = try #require(document.editor.add(exception))
        try document.commit(added.edit)
        #expect(document.evaluation.result(forClaim: "stored")?.verdict == .holdsWithExceptions)
    }

    @Test("Renaming a system rewrites from: references and copy-exception targets")
    func renameCascades() throws {
        var document = document(Self.paths)
        try document.commit(document.editor.rename(.system("db"), to: "db-main"))
        #expect(document.map.flows[0].steps[4].from == .system("db-main"))

        var drDocument = self.document(Self.drInVirginia + """

            exceptions:
              - id: ex-dr
                claim: stored
                copy: {from: db-main, to: dr-standby, kind: dr-failover}
                reason: Agreed
                approved_by: Priya
            """)
        try drDocument.commit(drDocument.editor.rename(.system("dr-standby"), to: "dr-paris"))
        #expect(drDocument.map.exceptions[0].covers == .copy(from: "db-main", to: "dr-paris", kind: .drFailover))
        try drDocument.commit(drDocument.editor.remove(.system("dr-paris")))
        #expect(drDocument.map.exceptions.isEmpty)
        #expect(drDocument.map.copies.isEmpty)
    }

    @Test("Deleting a step renumbers later from: numbers; a step that came from it inherits its source")
    func deleteStepRenumbers() throws {
        var document = document(Self.paths)
        // Delete step 3 (flags): db's "from: 2" still means the API.
        try document.commit(document.editor.remove(.step(flow: "signup", index: 2)))
        let steps = document.map.flows[0].steps
        #expect(steps.map(\.system) == ["cdn", "api", "db", "vault"])
        #expect(steps[2].from == nil)   // step 2 is now the step before: written as the default
        #expect(document.map.flows[0].sourceSystem(ofStep: 2) == "api")
        // Delete the API: db came from it, so it now comes from where the API got its data.
        try document.commit(document.editor.remove(.step(flow: "signup", index: 1)))
        #expect(document.map.flows[0].sourceSystem(ofStep: 1) == "cdn")
        #expect(document.map.flows[0].sourceSystem(ofStep: 2) == "db")
        #expect(MapValidator().problems(in: document.map).isEmpty)
    }

    @Test("Deleting a system a from: names outside the path falls back to the step before")
    func deleteSourceSystem() throws {
        var map = load(Self.paths)
        map.flows[0].steps[4].from = .system("api")
        map.flows[0].steps.remove(at: 1)
        var document = MapDocument(map: map, today: Self.today)
        try document.commit(document.editor.remove(.system("api")))
        #expect(document.map.flows[0].steps.allSatisfy { $0.from != .system("api") })
    }
}
