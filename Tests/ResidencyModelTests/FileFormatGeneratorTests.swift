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
}
