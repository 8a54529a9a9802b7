import Testing
import ResidencyModel

/// The story each sample tells, checked against the engine: which claims hold, which break and
/// why. Evaluated on each map's review date so the verdicts never drift with the calendar.
@Suite("Bundled samples: verdicts")
struct SamplesVerdictTests {
    static func evaluate(_ name: String) throws -> (ResidencyMap, Evaluation) {
        let map = try SamplesTests.load(name)
        let today = try #require(map.header.lastReviewed)
        return (map, ResidencyEvaluator(today: today).evaluate(map))
    }

    static func verdicts(_ evaluation: Evaluation) -> [String: Verdict] {
        Dictionary(uniqueKeysWithValues: evaluation.claims.map { ($0.claim.id, $0.verdict) })
    }

    // MARK: Acme

    @Test("Acme: files stay in Frankfurt, records access holds only by exception, the broad EU claims break")
    func acmeVerdicts() throws {
        let (_, evaluation) = try Self.evaluate("acme-saas.yaml")
        #expect(Self.verdicts(evaluation) == [
            "eu-records": .broken,
            "eu-everything": .broken,
            "eu-staff": .broken,
            "files-frankfurt": .holds,
            "eu-records-access": .holdsWithExceptions,
        ])
    }

    @Test("Acme: customer records break on the US snapshot archive, whose exception has lapsed")
    func acmeRecordsBreakOnTheArchive() throws {
        let (_, evaluation) = try Self.evaluate("acme-saas.yaml")
        let result = try #require(evaluation.result(forClaim: "eu-records"))
        #expect(Set(result.openBreaches.map(\.system)) == ["snapshot-archive"])
        #expect(result.openBreaches.allSatisfy { $0.lapsedException == "ex-archive-purge" })
        #expect(Set(result.breaches.map(\.aspect)) == [.storage, .copies])
    }

    @Test("Acme: staff in Canada, the US and the UK break the access claim")
    func acmeAccessBreaches() throws {
        let (_, evaluation) = try Self.evaluate("acme-saas.yaml")
        let result = try #require(evaluation.result(forClaim: "eu-staff"))
        let roles = Set(result.openBreaches.compactMap { $0.access?.role })
        #expect(roles == ["support-leads-ca", "oncall-us", "finance-uk"])

        let narrow = try #require(evaluation.result(forClaim: "eu-records-access"))
        #expect(narrow.breaches.map(\.coveredBy) == ["ex-canada-leads"])
    }

    @Test("Acme: the US telemetry and vendors break 'stored and processed in the EU'")
    func acmeEverythingBreaches() throws {
        let (_, evaluation) = try Self.evaluate("acme-saas.yaml")
        let result = try #require(evaluation.result(forClaim: "eu-everything"))
        let open = Set(result.openBreaches.map(\.system))
        #expect(open.isSuperset(of: ["cdn", "analytics", "email", "payments", "snapshot-archive"]))
        // Error tracking is covered until its move to the EU region; it must not count as open.
        #expect(!open.contains("error-tracking"))
        #expect(result.coveredBreaches.allSatisfy { $0.coveredBy == "ex-errors-eu-move" })
    }

    @Test("Acme: the findings the field guide warns about are raised")
    func acmeFindings() throws {
        let (_, evaluation) = try Self.evaluate("acme-saas.yaml")
        let found = Set(evaluation.findings.map { FindingAt(kind: $0.kind, subject: $0.subject) })
        let expected: [FindingAt] = [
            FindingAt(kind: .requestPayloadsInTelemetry, subject: .system("error-tracking")),
            FindingAt(kind: .productionCopiedToStaging, subject: .copy(from: "db-main", to: "staging-db", kind: .stagingCopy)),
            FindingAt(kind: .exceptionExpired, subject: .exception("ex-archive-purge")),
            FindingAt(kind: .copyOutlivesSource, subject: .copy(from: "db-main", to: "snapshot-archive", kind: .backup)),
            FindingAt(kind: .copyCrossesJurisdiction, subject: .copy(from: "db-main", to: "snapshot-archive", kind: .backup)),
            FindingAt(kind: .retentionMissing, subject: .system("search-index")),
            FindingAt(kind: .locationUnknown, subject: .system("contractor-laptop")),
            FindingAt(kind: .locationPlanned, subject: .system("dr-standby")),
            FindingAt(kind: .externalAdminOrExport, subject: .access(role: "dba-vendor", system: "db-main")),
        ]
        for finding in expected {
            #expect(found.contains(finding), "missing \(finding.kind.rawValue) at \(finding.subject)")
        }
    }

    // MARK: Northwind

    @Test("Northwind: each offering has claims that hold and claims that break")
    func northwindVerdicts() throws {
        let (_, evaluation) = try Self.evaluate("northwind-multi-region.yaml")
        #expect(Self.verdicts(evaluation) == [
            "eu-ledgers-stored": .holds,
            "eu-everything": .broken,
            "eu-access": .broken,
            "eu-access-adequate": .holds,
            "us-everything": .broken,
            "us-records": .broken,
            "us-receipts": .holds,
            "us-payments": .holds,
        ])
    }

    @Test("Northwind: a shared service breaks one offering's claim and not the other's")
    func northwindSharedServices() throws {
        let (_, evaluation) = try Self.evaluate("northwind-multi-region.yaml")
        let euBreaches = Set(try #require(evaluation.result(forClaim: "eu-everything")).breaches.map(\.system))
        let usBreaches = Set(try #require(evaluation.result(forClaim: "us-everything")).breaches.map(\.system))
        // The US identity provider breaks the EU claim only; EU analytics and support desk the US claim only.
        #expect(euBreaches.contains("identity"))
        #expect(!usBreaches.contains("identity"))
        #expect(usBreaches.isSuperset(of: ["analytics", "support-desk"]))
        #expect(euBreaches.isDisjoint(with: ["analytics", "support-desk"]))
        // Neither offering's own stack shows up in the other's claim.
        #expect(euBreaches.allSatisfy { !$0.hasPrefix("us-") })
        #expect(usBreaches.allSatisfy { !$0.hasPrefix("eu-") })
    }

    @Test("Northwind: US ledgers break only on the DR failover to Canada")
    func northwindUSRecords() throws {
        let (_, evaluation) = try Self.evaluate("northwind-multi-region.yaml")
        let result = try #require(evaluation.result(forClaim: "us-records"))
        #expect(Set(result.openBreaches.map(\.system)) == ["us-dr"])
        #expect(result.openBreaches.allSatisfy { $0.places.allSatisfy { $0.country == "CA" } })
    }

    @Test("Northwind: Zürich and 東京 break 'only from the EU' but not 'EEA or adequate countries'")
    func northwindAdequacy() throws {
        let (_, evaluation) = try Self.evaluate("northwind-multi-region.yaml")
        let strict = try #require(evaluation.result(forClaim: "eu-access"))
        let countries = Set(strict.openBreaches.flatMap { $0.access?.countries ?? [] })
        #expect(countries.isSuperset(of: ["CH", "JP"]))
        let adequate = try #require(evaluation.result(forClaim: "eu-access-adequate"))
        #expect(adequate.breaches.isEmpty)
        #expect(adequate.uncertainties.isEmpty)
    }

    @Test("Northwind: the step exception covers the identity step, not the identity provider's storage")
    func northwindStepException() throws {
        let (_, evaluation) = try Self.evaluate("northwind-multi-region.yaml")
        let result = try #require(evaluation.result(forClaim: "eu-everything"))
        let covered = result.coveredBreaches
        #expect(covered.map(\.subject) == [.flowStep(flow: "eu-signup", step: 4)])
        #expect(result.openBreaches.contains { $0.system == "identity" && $0.aspect == .storage })
    }

    // MARK: Both

    @Test("no finding says the sample map itself is incomplete", arguments: SamplesTests.names)
    func samplesAreComplete(name: String) throws {
        let (_, evaluation) = try Self.evaluate(name)
        let incomplete: Set<FindingKind> = [
            .systemUnreached, .stepIntoEmptySystem, .kindMissing, .accessNotMapped,
            .reviewNotScheduled, .reviewOverdue,
        ]
        let found = evaluation.findings.filter { incomplete.contains($0.kind) }
        #expect(found.isEmpty, "\(found.map(\.message))")
    }
}

/// A finding reduced to what the samples' story fixes: which check, and where.
private struct FindingAt: Hashable {
    var kind: FindingKind
    var subject: MapElement
}
