import Foundation
import Testing
@testable import ResidencyModel

private typealias T = EvaluationTestSupport

/// Answers, counts and first reasons are made from claim scans without the full breach list. They
/// must equal what the full lists give: the answer word for word as the old list-based writer
/// (`ReferenceAnswerWriter`) words it, the counts and firsts as the lists' own.
@Suite("Answers: made from scans, equal to the full lists")
struct AnswerOracleTests {
    /// Compares every claim of `map`, asking the scan-based values before any list is built.
    static func expectAgreement(_ map: ResidencyMap, _ label: String, today: ISODate = T.today) {
        let early = ResidencyEvaluator(today: today).evaluate(map)
        let full = ResidencyEvaluator(today: today).evaluate(map)
        let engine = ClaimEngine(index: MapIndex(map: map, catalogue: .standard), today: today)
        for (position, claim) in map.claims.enumerated() {
            let fresh = early.claims[position]
            let answer = fresh.answer
            let counts = [fresh.openBreachCount, fresh.coveredBreachCount, fresh.uncertaintyCount]
            let firstOpen = fresh.firstOpenBreach
            let firstUncertainty = fresh.firstUncertainty
            let covered = fresh.coveredBreaches

            let result = full.claims[position]
            let breaches = result.breaches
            let uncertainties = result.uncertainties
            let what = "\(label), claim \(claim.id)"
            #expect(counts == [result.openBreaches.count, breaches.count - result.openBreaches.count, uncertainties.count], "\(what)")
            #expect(firstOpen == result.openBreaches.first, "\(what)")
            #expect(firstUncertainty == uncertainties.first, "\(what)")
            #expect(fresh.firstReason == (result.openBreaches.first?.message ?? uncertainties.first?.message), "\(what)")
            #expect(covered == breaches.filter(\.isCovered), "\(what)")

            let plan = engine.plan(claim)
            let context = ReferenceAnswerContext(
                claim: claim, region: plan.region, data: plan.data, offering: plan.offering,
                confirmedStorage: engine.scan(plan).confirmedStorage)
            let reference = ReferenceAnswerWriter(index: engine.index, wording: engine.wording).answer(
                context: context, verdict: ClaimResult.verdict(breaches: breaches, uncertainties: uncertainties),
                breaches: breaches, uncertainties: uncertainties)
            #expect(answer == reference, "\(what)")
            #expect(result.answer == reference, "\(what), after the full list")
        }
    }

    @Test("the samples", arguments: ["acme-saas", "northwind-multi-region"])
    func samples(name: String) throws {
        Self.expectAgreement(try EvaluationGoldenTests.load(name), name)
    }

    @Test("generated maps, regional and worldwide", arguments: [1, 2, 3, 11, 42] as [UInt64])
    func generated(seed: UInt64) {
        for placement in MapGenerator.Placement.allCases {
            Self.expectAgreement(MapGenerator(seed: seed, placement: placement).map(systems: 300), "\(placement) \(seed)")
        }
    }

    @Test("maps where most claims hold, some under exceptions", arguments: [1, 2, 3] as [UInt64])
    func varied(seed: UInt64) {
        Self.expectAgreement(EvaluationConsistencyTests.varied(seed, systems: 250), "varied \(seed)")
    }

    @Test("a map with repeated ids and names, missing systems and every kind of exception")
    func awkward() {
        Self.expectAgreement(Self.awkwardMap(), "awkward")
        Self.expectAgreement(Self.awkwardMap(), "awkward, judged later", today: T.day("2027-06-01"))
    }

    /// A worldwide map made worse: systems and roles whose ids and names repeat (with other
    /// locations), flows that repeat ids, copies and steps into systems the map lacks, roles
    /// without countries or with unknown ones, and exceptions active, lapsed and unlimited on
    /// systems, roles and steps, for claims that do and do not exist.
    static func awkwardMap() -> ResidencyMap {
        var map = MapGenerator(seed: 5, placement: .worldwide).map(systems: 160)
        let twins = map.systems.prefix(12).enumerated().map { offset, system -> DataSystem in
            var twin = system
            twin.location = offset % 3 == 0 ? .unknown : .places([offset % 2 == 0 ? "aws:us-east-1" : "hetzner:fsn1"])
            twin.status = offset % 2 == 0 ? .assumed : .confirmed
            return twin
        }
        map.systems += twins
        for i in stride(from: 20, to: 60, by: 4) { map.systems[i].name = map.systems[i - 1].name }
        for i in stride(from: 0, to: map.systems.count, by: 7) { map.systems[i].offerings = [] }
        if map.roles.count >= 4 {
            var twin = map.roles[1]
            twin.countries = ["US", "XX"]
            twin.headcount = 3
            map.roles.append(twin)
            map.roles[2].countries = []
            map.roles[3].countries = ["DE", "QQ"]
        }
        if map.flows.count >= 3 {
            var twin = map.flows[0]
            twin.steps = Array(twin.steps.reversed().prefix(4))
            map.flows.append(twin)
            map.flows[2].steps.append(FlowStep(system: "not-in-the-map", data: ["customer-records", "billing"]))
        }
        map.copies.append(DataCopy(from: map.systems[0].id, to: "gone", kind: .backup, schedule: "nightly"))
        map.copies.append(DataCopy(from: map.systems[3].id, to: map.systems[4].id, kind: .drFailover))
        map.copies.append(DataCopy(from: map.systems[3].id, to: map.systems[4].id, kind: .drFailover, schedule: "weekly"))
        let claims = map.claims.map(\.id)
        var exceptions: [ClaimException] = []
        for (i, claim) in claims.enumerated() {
            let system = map.systems[(i * 13) % map.systems.count].id
            let expires: ISODate? = i % 3 == 0 ? nil : T.day(i % 3 == 1 ? "2026-12-31" : "2026-01-31")
            exceptions.append(ClaimException(id: "sys-\(i)", claim: claim, covers: .system(system), reason: "r",
                                             approvedBy: "Legal", expires: expires))
            if let role = map.roles.last {
                exceptions.append(ClaimException(id: "role-\(i)", claim: claim, covers: .role(role.id), reason: "r",
                                                 approvedBy: "Legal", expires: T.day("2027-03-01")))
            }
            if let flow = map.flows.first {
                exceptions.append(ClaimException(id: "step-\(i)", claim: claim, covers: .flowStep(flow: flow.id, step: 2),
                                                 reason: "r", approvedBy: "Legal", expires: i % 2 == 0 ? nil : T.day("2026-02-01")))
                exceptions.append(ClaimException(id: "step-far-\(i)", claim: claim, covers: .flowStep(flow: flow.id, step: 99),
                                                 reason: "r", approvedBy: "Legal"))
            }
        }
        exceptions.append(ClaimException(id: "sys-0", claim: claims.first ?? "", covers: .system(map.systems[1].id),
                                         reason: "repeated id", approvedBy: "Legal", expires: T.day("2026-01-01")))
        map.exceptions = exceptions
        map.claims.append(Claim(id: "nowhere", text: "Stays nowhere", offering: "no-such-offering"))
        map.claims.append(Claim(id: "odd-region", text: "Stays in Atlantis", offering: map.offerings[0].id,
                                region: RegionSpec(["Atlantis"])))
        map.claims.append(Claim(id: "narrow", text: "Billing stays in the EU", offering: map.offerings[0].id,
                                region: RegionSpec("EU"), data: ["billing", "no-such-category"], scope: [.copies, .access]))
        return map
    }
}
