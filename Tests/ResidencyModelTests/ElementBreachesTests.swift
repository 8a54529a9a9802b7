import ResidencyModel
import Testing

/// The details panes' breach listings (first fifty and a count, from the per-element index)
/// against the full per-element lists asked of every claim.
@Suite("Breaches by element")
struct ElementBreachesTests {
    static let limit = 50
    static let today = ISODate(year: 2026, month: 11, day: 20) ?? ISODate(dayNumber: 0)

    static func expectAgreement(_ map: ResidencyMap, _ what: String) {
        let evaluation = ResidencyEvaluator(today: Self.today).evaluate(map)
        var seen = 0
        for system in map.systems {
            let all = evaluation.breaches(involvingSystem: system.id)
            let listing = evaluation.breaches(involvingSystem: system.id, first: limit)
            #expect(listing == BreachListing(first: Array(all.prefix(limit)), count: all.count), "\(what): \(system.id)")
            let access = all.filter { $0.breach.aspect == .access }
            let accessListing = evaluation.breaches(involvingSystem: system.id, first: limit, accessOnly: true)
            #expect(accessListing == BreachListing(first: Array(access.prefix(limit)), count: access.count),
                    "\(what): access to \(system.id)")
            seen += all.count
        }
        for role in map.roles {
            let all = evaluation.breaches(involvingRole: role.id)
            #expect(evaluation.breaches(involvingRole: role.id, first: limit)
                    == BreachListing(first: Array(all.prefix(limit)), count: all.count), "\(what): role \(role.id)")
        }
        for flow in map.flows {
            for step in 0...(flow.steps.count + 1) {
                let all = evaluation.breaches(atFlow: flow.id, step: step)
                #expect(evaluation.breaches(atFlow: flow.id, step: step, first: limit)
                        == BreachListing(first: Array(all.prefix(limit)), count: all.count), "\(what): \(flow.id) \(step)")
            }
        }
        // The maps break somewhere, so the comparison compared something.
        #expect(seen > 0 || map.claims.isEmpty, "\(what)")
    }

    @Test("generated maps, regional and worldwide", arguments: [1, 2, 7] as [UInt64])
    func generated(seed: UInt64) {
        for placement in MapGenerator.Placement.allCases {
            Self.expectAgreement(MapGenerator(seed: seed, placement: placement).map(systems: 200), "\(placement) \(seed)")
        }
    }

    @Test("a map with repeated ids, missing systems, self-copies and every kind of exception")
    func awkward() {
        var map = AnswerOracleTests.awkwardMap()
        map.copies.append(DataCopy(from: map.systems[5].id, to: map.systems[5].id, kind: .backup))
        Self.expectAgreement(map, "awkward")
    }

    @Test("the samples", arguments: ["acme-saas", "northwind-multi-region"])
    func samples(name: String) throws {
        Self.expectAgreement(try EvaluationGoldenTests.load(name), name)
    }

    @Test("a system breaking more claims than a pane lists is counted in full")
    func pastTheLimit() {
        let map = MapGenerator(seed: 3, placement: .worldwide).map(systems: 2_000)
        let evaluation = ResidencyEvaluator(today: Self.today).evaluate(map)
        let listings = map.systems.map { evaluation.breaches(involvingSystem: $0.id, first: Self.limit) }
        let busiest = listings.max { $0.count < $1.count }
        #expect((busiest?.count ?? 0) > Self.limit)
        #expect(busiest?.first.count == Self.limit)
        // The count is the full list's length.
        if let position = listings.firstIndex(where: { $0 == busiest }) {
            #expect(evaluation.breaches(involvingSystem: map.systems[position].id).count == busiest?.count)
        }
    }
}
