import Testing
@testable import ResidencyModel

private typealias T = EvaluationTestSupport

@Suite("Evaluation: verdict paths")
struct EvaluationVerdictTests {
    @Test("holds when every system holding the data is confirmed inside the region")
    func holds() throws {
        let map = T.map(systems: [T.system("db", ["aws:eu-central-1"]), T.system("backup", ["aws:eu-west-1"])])
        let result = try #require(T.result(map))
        #expect(result.verdict == .holds)
        #expect(result.breaches.isEmpty)
        #expect(result.uncertainties.isEmpty)
    }

    @Test("broken when a system holding the data is outside the region")
    func broken() throws {
        let map = T.map(systems: [T.system("db", ["aws:eu-central-1"]), T.system("search", ["aws:us-east-1"])])
        let result = try #require(T.result(map))
        #expect(result.verdict == .broken)
        let breach = try #require(result.breaches.first)
        #expect(result.breaches.count == 1)
        #expect(breach.aspect == .storage)
        #expect(breach.subject == .system("search"))
        #expect(breach.places.map(\.country) == ["US"])
        #expect(breach.data == ["customer-records"])
        #expect(!breach.isCovered)
        #expect(breach.message.contains("outside the EU"))
    }

    @Test("holds with exceptions when every breach is covered by an active exception")
    func holdsWithExceptions() throws {
        let exception = ClaimException(id: "ex", claim: "claim", covers: .system("search"), reason: "moving",
                                       approvedBy: "Legal", expires: T.day("2027-03-31"))
        let map = T.map(systems: [T.system("db", ["aws:eu-central-1"]), T.system("search", ["aws:us-east-1"])],
                        exceptions: [exception])
        let result = try #require(T.result(map))
        #expect(result.verdict == .holdsWithExceptions)
        #expect(result.breaches.first?.coveredBy == "ex")
        #expect(result.openBreaches.isEmpty)
        #expect(result.verdict.isAcceptable)
    }

    @Test("an exception covers through its expiry day and not a day later")
    func exceptionExpiry() throws {
        let exception = ClaimException(id: "ex", claim: "claim", covers: .system("search"), reason: "moving",
                                       approvedBy: "Legal", expires: T.day("2026-11-01"))
        let map = T.map(systems: [T.system("search", ["aws:us-east-1"])], exceptions: [exception])
        let onTheDay = try #require(T.result(map, today: T.day("2026-11-01")))
        #expect(onTheDay.verdict == .holdsWithExceptions)
        let dayAfter = try #require(T.result(map, today: T.day("2026-11-02")))
        #expect(dayAfter.verdict == .broken)
        #expect(dayAfter.breaches.first?.coveredBy == nil)
        #expect(dayAfter.breaches.first?.lapsedException == "ex")
        #expect(dayAfter.breaches.first?.message.contains("expired on 2026-11-01") == true)
    }

    @Test("an exception for another claim covers nothing")
    func exceptionForOtherClaim() throws {
        let exception = ClaimException(id: "ex", claim: "other", covers: .system("search"), reason: "", approvedBy: "Legal")
        let map = T.map(systems: [T.system("search", ["aws:us-east-1"])], exceptions: [exception])
        #expect(T.result(map)?.verdict == .broken)
    }

    @Test("unknown location is unknown, never holds")
    func unknownLocation() throws {
        let map = T.map(systems: [T.system("db", ["aws:eu-central-1"]), T.system("laptop", nil, kind: .export)])
        let result = try #require(T.result(map))
        #expect(result.verdict == .unknown)
        #expect(result.uncertainties.map(\.reason) == [.locationUnknown])
        #expect(result.uncertainties.first?.subject == .system("laptop"))
    }

    @Test("assumed, planned or unrecorded status inside the region makes the claim unknown",
          arguments: [(KnowledgeStatus.assumed, UncertaintyReason.locationAssumed),
                      (.planned, .locationPlanned), (.unknown, .statusNotRecorded)])
    func uncertainStatus(status: KnowledgeStatus, reason: UncertaintyReason) throws {
        let map = T.map(systems: [T.system("db", ["aws:eu-central-1"], status: status)])
        let result = try #require(T.result(map))
        #expect(result.verdict == .unknown)
        #expect(result.uncertainties.map(\.reason) == [reason])
        #expect(result.uncertainties.first?.places.first?.city == "Frankfurt")
    }

    @Test("an assumed location outside the region is a breach that says it rests on an assumption")
    func assumedOutside() throws {
        let map = T.map(systems: [T.system("flags", ["US"], status: .assumed)])
        let breach = try #require(T.result(map)?.breaches.first)
        #expect(breach.status == .assumed)
        #expect(breach.message.contains("assumed"))
    }

    @Test("an open breach outweighs uncertainty: broken, with the uncertainty still listed")
    func brokenBeatsUnknown() throws {
        let map = T.map(systems: [T.system("search", ["aws:us-east-1"]), T.system("laptop", nil)])
        let result = try #require(T.result(map))
        #expect(result.verdict == .broken)
        #expect(result.uncertainties.count == 1)
    }

    @Test("covered breaches plus an uncertainty are unknown, not holds with exceptions")
    func coveredPlusUnknown() throws {
        let exception = ClaimException(id: "ex", claim: "claim", covers: .system("search"), reason: "", approvedBy: "Legal")
        let map = T.map(systems: [T.system("search", ["aws:us-east-1"]), T.system("laptop", nil)], exceptions: [exception])
        #expect(T.result(map)?.verdict == .unknown)
    }

    @Test("a claim with nothing in scope is unknown")
    func nothingInScope() throws {
        let map = T.map(systems: [T.system("files", ["aws:eu-central-1"], data: ["uploaded-files"])])
        let result = try #require(T.result(map))
        #expect(result.verdict == .unknown)
        #expect(result.uncertainties.map(\.reason) == [.nothingInScope])
    }

    @Test("a claim on a missing offering or an unreadable region is unknown")
    func unreadableClaims() throws {
        let systems = [T.system("db", ["aws:eu-central-1"])]
        let missing = try #require(T.result(T.map(systems: systems, claims: [T.claim(offering: "apac")])))
        #expect(missing.verdict == .unknown)
        #expect(missing.uncertainties.map(\.reason) == [.missingOffering])
        let odd = try #require(T.result(T.map(systems: systems, claims: [T.claim(region: RegionSpec("Europe-ish"))])))
        #expect(odd.verdict == .unknown)
        #expect(odd.uncertainties.map(\.reason) == [.unresolvedRegion])
    }

    @Test("the claim's own region overrides its offering's")
    func claimRegion() throws {
        let map = T.map(systems: [T.system("db", ["aws:eu-west-1"])], claims: [T.claim(region: RegionSpec("DE"))])
        let result = try #require(T.result(map))
        #expect(result.verdict == .broken)
        #expect(result.region == RegionSpec("DE"))
    }

    @Test("only the claim's data categories count")
    func dataFilter() throws {
        let map = T.map(systems: [
            T.system("db", ["aws:eu-central-1"]),
            T.system("email", ["US"], kind: .email, data: ["contact-details"]),
        ])
        #expect(T.result(map)?.verdict == .holds)
        let all = T.map(systems: map.systems, claims: [T.claim(data: nil)])
        #expect(T.result(all)?.verdict == .broken)
    }

    @Test("a claim without data covers personal categories only")
    func personalOnly() throws {
        let categories = [DataCategory(id: "customer-records", name: "Customer records", personal: true),
                          DataCategory(id: "aggregates", name: "Aggregates", personal: false)]
        let map = T.map(categories: categories, systems: [
            T.system("db", ["aws:eu-central-1"]),
            T.system("warehouse", ["US"], kind: .warehouse, data: ["aggregates"]),
        ], claims: [T.claim(data: nil)])
        #expect(T.result(map)?.verdict == .holds)
    }
}
