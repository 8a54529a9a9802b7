import Testing
@testable import ResidencyModel

private typealias T = EvaluationTestSupport

/// The fast paths (verdict without the breach list, breaches at one element) must agree with the
/// full lists, on maps large and varied enough to reach every branch.
@Suite("Evaluation: fast paths agree with the full lists")
struct EvaluationConsistencyTests {
    static let seeds: [UInt64] = [1, 2, 3, 11, 42]

    /// Generated maps scatter systems worldwide, so nearly every claim breaks. This variant moves
    /// most systems into Frankfurt, leaves a few in the US (covered by exceptions for half the
    /// claims) and a few only assumed, so every verdict occurs.
    static func varied(_ seed: UInt64, systems count: Int) -> ResidencyMap {
        var map = MapGenerator(seed: seed).map(systems: count)
        var outside: [String] = []
        for i in map.systems.indices {
            map.systems[i].location = .places([i % 40 == 0 ? "aws:us-east-1" : "aws:eu-central-1"])
            map.systems[i].status = i % 53 == 0 ? .assumed : .confirmed
            if i % 40 == 0 { outside.append(map.systems[i].id) }
        }
        for i in map.roles.indices { map.roles[i].countries = ["DE"] }
        map.exceptions = map.claims.enumerated().filter { $0.offset % 2 == 0 }.flatMap { _, claim in
            outside.map { ClaimException(id: "ex-\(claim.id)-\($0)", claim: claim.id, covers: .system($0), reason: "test",
                                         approvedBy: "Legal") }
        }
        return map
    }

    @Test("the verdict equals the one the full breach and uncertainty lists imply", arguments: seeds)
    func verdicts(seed: UInt64) {
        let evaluation = T.evaluate(Self.varied(seed, systems: 400))
        let raw = T.evaluate(MapGenerator(seed: seed).map(systems: 400))
        for result in evaluation.claims + raw.claims {
            #expect(result.verdict == ClaimResult.verdict(breaches: result.breaches, uncertainties: result.uncertainties),
                    "claim \(result.claim.id)")
        }
        #expect(Set(evaluation.claims.map(\.verdict)).count >= 2, "the varied map has more than one verdict")
    }

    @Test("together the varied maps reach every verdict")
    func everyVerdict() {
        let verdicts = Set(Self.seeds.flatMap { T.evaluate(Self.varied($0, systems: 400)).claims.map(\.verdict) })
        #expect(verdicts == Set(Verdict.allCases))
    }

    @Test("breaches at a system, a role or a step, asked before and after the full list, match it", arguments: seeds)
    func elementQueries(seed: UInt64) {
        let map = Self.varied(seed, systems: 300)
        let before = T.evaluate(map)
        let systems = map.systems.prefix(40).map(\.id)
        let roles = map.roles.map(\.id)
        let steps = map.flows.prefix(5).flatMap { flow in flow.steps.indices.map { (flow.id, $0 + 1) } }
        let asked = (systems.map { before.breaches(involvingSystem: $0) }, roles.map { before.breaches(involvingRole: $0) },
                     steps.map { before.breaches(atFlow: $0.0, step: $0.1) })

        let after = T.evaluate(map)
        for result in after.claims { _ = result.breaches } // build every full list first
        for (i, id) in systems.enumerated() {
            #expect(asked.0[i] == after.breaches(involvingSystem: id), "system \(id)")
        }
        for (i, id) in roles.enumerated() {
            #expect(asked.1[i] == after.breaches(involvingRole: id), "role \(id)")
        }
        for (i, step) in steps.enumerated() {
            #expect(asked.2[i] == after.breaches(atFlow: step.0, step: step.1), "step \(step.0)#\(step.1)")
        }
        #expect(asked.0.contains { !$0.isEmpty }, "the sample of systems has breaches to compare")
    }

    @Test("evaluating one claim gives the same result as evaluating the map")
    func singleClaim() throws {
        let map = MapGenerator(seed: 5).map(systems: 200)
        let all = T.evaluate(map)
        let claim = try #require(map.claims.first)
        let single = ResidencyEvaluator(today: T.today).evaluate(claim: claim, in: map)
        #expect(single == all.claims.first)
    }
}
