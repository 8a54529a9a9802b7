import Testing
@testable import ResidencyModel

@Suite("MapGenerator")
struct FileFormatGeneratorTests {
    @Test func sameSeedSameMap() {
        #expect(MapGenerator(seed: 9).map(systems: 80) == MapGenerator(seed: 9).map(systems: 80))
        #expect(MapGenerator(seed: 9).map(systems: 80) != MapGenerator(seed: 10).map(systems: 80))
    }

    @Test func partsGrowInProportion() {
        let map = MapGenerator(seed: 4).map(systems: 200)
        #expect(map.systems.count == 200)
        #expect(map.roles.count == 10)
        #expect(map.flows.count == 20)
        #expect(map.copies.count == 66)
        #expect(map.claims.count == 8)
        #expect(map.exceptions.count == 4)
        #expect(map.flows.allSatisfy { (8...15).contains($0.steps.count) })
        #expect(Set(map.systems.map(\.id)).count == 200)
    }

    @Test func emptyAndTinyMaps() {
        let empty = MapGenerator(seed: 1).map(systems: 0)
        #expect(empty.systems.isEmpty && empty.flows.isEmpty && empty.exceptions.isEmpty)
        let one = MapGenerator(seed: 1).map(systems: 1)
        #expect(one.systems.count == 1 && one.copies.isEmpty && one.flows.count == 1)
    }

    @Test func locationsAndCountriesAreKnownToTheCatalogue() {
        let catalogue = RegionCatalogue.standard
        for code in Vocabulary.locations {
            #expect(catalogue.place(for: code) != nil, "\(code)")
        }
        for code in Vocabulary.countries {
            #expect(catalogue.country(code) != nil, "\(code)")
        }
        for terms in Vocabulary.regions {
            #expect(catalogue.unknownTerms(in: RegionSpec(terms)).isEmpty, "\(terms)")
        }
    }

    @Test func namesMixInUnicode() {
        let names = MapGenerator(seed: 2).map(systems: 300).systems.map(\.name).joined()
        #expect(names.contains("Zürich") || names.contains("東京") || names.contains("São Paulo"))
        #expect(names.unicodeScalars.contains { !$0.isASCII })
    }

    @Test("every placement gives valid maps: unique ids, references that resolve, known codes", arguments: MapGenerator.Placement.allCases)
    func validMaps(placement: MapGenerator.Placement) {
        let catalogue = RegionCatalogue.standard
        for seed: UInt64 in [1, 2, 3] {
            let map = MapGenerator(seed: seed, placement: placement).map(systems: 400)
            let systems = Set(map.systems.map(\.id))
            #expect(systems.count == map.systems.count)
            #expect(Set(map.roles.map(\.id)).count == map.roles.count)
            #expect(map.copies.allSatisfy { systems.contains($0.from) && systems.contains($0.to) && $0.from != $0.to })
            #expect(map.flows.allSatisfy { $0.steps.allSatisfy { systems.contains($0.system) } })
            #expect(map.roles.allSatisfy { $0.access.allSatisfy { systems.contains($0.system) } })
            #expect(map.roles.allSatisfy { $0.countries.allSatisfy { catalogue.country($0) != nil } })
            #expect(map.systems.allSatisfy { $0.location.codes.allSatisfy { catalogue.place(for: $0) != nil } })
            let offerings = Set(map.offerings.map(\.id))
            #expect(map.systems.allSatisfy { $0.offerings.allSatisfy(offerings.contains) })
        }
    }

    @Test("regional maps keep most of an offering's own stack inside its region, and some things outside")
    func regionalPlacement() throws {
        let catalogue = RegionCatalogue.standard
        let map = MapGenerator(seed: 3).map(systems: 2_000)
        var inside = 0
        var outside = 0
        var unknown = 0
        for system in map.systems {
            guard let offering = system.offerings.first.flatMap({ id in map.offerings.first { $0.id == id } }) else { continue }
            let region = try #require(catalogue.countries(in: offering.region))
            guard let countries = catalogue.countries(of: system.location), !system.location.isUnknown else {
                unknown += 1
                continue
            }
            if countries.isSubset(of: region) { inside += 1 } else { outside += 1 }
        }
        let dedicated = inside + outside + unknown
        #expect(dedicated > map.systems.count / 2, "most systems belong to one offering's stack")
        #expect(inside * 100 >= dedicated * 85, "inside \(inside) of \(dedicated)")
        #expect(outside > 0 && unknown > 0)
        let shared = map.systems.filter(\.offerings.isEmpty)
        #expect(!shared.isEmpty && shared.count < map.systems.count / 2)
        // Flows of one offering: a step into another offering's dedicated system is rare.
        let stackOf = Dictionary(uniqueKeysWithValues: map.systems.map { ($0.id, $0.offerings.first) })
        let mixed = map.flows.filter { flow in Set(flow.steps.compactMap { stackOf[$0.system] ?? nil }).count > 1 }
        #expect(mixed.isEmpty)
    }

    @Test("the worldwide placement is the generator's first design, the same map as before")
    func worldwideIsUnchanged() {
        let map = MapGenerator(seed: 1, placement: .worldwide).map(systems: 50)
        #expect(map.systems.count == 50)
        // Systems anywhere: a few of the first fifty sit in each of several jurisdictions.
        let codes = Set(map.systems.flatMap(\.location.codes))
        #expect(codes.count > 15)
        // Pinned: benchmark figures for the worldwide map stay comparable only if it never changes.
        #expect(MapFingerprint.of(map) == "9c301fb6b3a8")
    }
}
