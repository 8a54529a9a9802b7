import Testing
@testable import ResidencyModel

@Suite("Catalogue listing")
struct CatalogueListingTests {
    let catalogue = RegionCatalogue.standard

    @Test("terminal width counts wide characters twice and combining marks not at all")
    func widths() {
        #expect(DisplayWidth.of("Frankfurt") == 9)
        #expect(DisplayWidth.of("São Paulo") == 9)
        #expect(DisplayWidth.of("Sa\u{0303}o Paulo") == 9)  // decomposed: a + combining tilde
        #expect(DisplayWidth.of("Zürich") == 6)
        #expect(DisplayWidth.of("東京") == 4)
        #expect(DisplayWidth.of("서울") == 4)
        #expect(DisplayWidth.of("") == 0)
    }

    @Test("columns line up by display width, whatever the script")
    func alignment() {
        let table = TextTable(
            header: ["CITY", "END"],
            rows: [["東京", "a"], ["São Paulo", "b"], ["Sa\u{0303}o Paulo", "c"], ["Zürich", "d"]]
        )
        let lines = table.render().split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        let starts = lines.map { DisplayWidth.of(String($0.dropLast($0.hasPrefix("CITY") ? 3 : 1))) }
        #expect(Set(starts).count == 1, "last column starts at \(starts)")
        #expect(lines.allSatisfy { !$0.hasSuffix(" ") })
    }

    @Test("a search result table shows code, name, city, country and jurisdiction")
    func searchTable() {
        let text = CatalogueListing(catalogue: catalogue).table(of: catalogue.search("frankfurt"))
        let lines = text.split(separator: "\n")
        #expect(lines.first?.split(separator: " ", omittingEmptySubsequences: true)
            == ["CODE", "NAME", "CITY", "COUNTRY", "JURISDICTION"])
        let aws = lines.first { $0.hasPrefix("aws:eu-central-1 ") }
        #expect(aws?.contains("Europe (Frankfurt)") == true)
        #expect(aws?.contains("Germany") == true)
        #expect(aws?.hasSuffix("EU") == true)
        #expect(text.contains("digitalocean:fra1"))
        #expect(CatalogueListing(catalogue: catalogue).table(of: [catalogue.place(for: "cloudflare:eu")].compactMap { $0 })
            .contains("27 countries"))
    }

    @Test("the full listing has one section per provider, in catalogue order, then the countries")
    func grouped() {
        let text = CatalogueListing(catalogue: catalogue).tableByProvider(of: catalogue.allPlaces)
        let headings = text.split(separator: "\n\n").compactMap { $0.split(separator: "\n").first.map(String.init) }
        #expect(headings == [
            "AWS (35 regions)", "Google Cloud (45 regions)", "Microsoft Azure (57 regions)",
            "Hetzner (6 regions)", "OVHcloud (15 regions)", "DigitalOcean (15 regions)",
            "Cloudflare (10 regions)", "Countries (249)",
        ])
        #expect(!text.split(separator: "\n").contains { $0.hasSuffix(" ") })
    }

    @Test("the groups table names each group, its size and meaning")
    func groupsTable() {
        let text = CatalogueListing(catalogue: catalogue).groupsTable()
        #expect(text.contains("EEA+adequacy"))
        #expect(text.split(separator: "\n").contains { $0.hasPrefix("EU ") && $0.contains(" 27 ") })
    }
}
