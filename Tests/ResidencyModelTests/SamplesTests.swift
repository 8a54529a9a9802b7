import Foundation
import Testing
import ResidencyModel

/// The bundled samples are the README's first command and the demo shown to customers: they must
/// load cleanly and contain the cast the field guide's story needs.
@Suite("Bundled samples")
struct SamplesTests {
    static let names = ["acme-saas.yaml", "northwind-multi-region.yaml"]
    let catalogue = RegionCatalogue.standard

    /// The repository's Samples folder, found from this file so tests run from any directory.
    static func samplePath(_ name: String) -> String {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent() // ResidencyModelTests
            .deletingLastPathComponent() // Tests
            .deletingLastPathComponent() // package root
            .appendingPathComponent("Samples")
            .appendingPathComponent(name)
            .path
    }

    static func load(_ name: String) throws -> ResidencyMap {
        switch MapFile.read(path: samplePath(name)) {
        case .success(let map):
            return map
        case .problems(let diagnostics):
            throw SampleLoadError(details: diagnostics.map(\.description).joined(separator: "\n"))
        case .unreadable(let reason):
            throw SampleLoadError(details: reason)
        }
    }

    struct SampleLoadError: Error, CustomStringConvertible {
        var details: String
        var description: String { details }
    }

    // MARK: Both samples

    @Test("loads with no problems", arguments: names)
    func loadsCleanly(name: String) throws {
        let map = try Self.load(name)
        #expect(!map.systems.isEmpty)
    }

    @Test("every location code resolves in the region catalogue", arguments: names)
    func locationsResolve(name: String) throws {
        let map = try Self.load(name)
        for system in map.systems {
            for code in system.location.codes {
                #expect(catalogue.place(for: code) != nil, "\(system.id): \(code)")
            }
        }
        for role in map.roles {
            for country in role.countries {
                #expect(catalogue.country(country) != nil, "\(role.id): \(country)")
            }
        }
    }

    @Test("survives a save: encoding and decoding gives back the same map", arguments: names)
    func roundTrips(name: String) throws {
        let map = try Self.load(name)
        let yaml = try MapFile.encode(map)
        guard case .success(let again) = MapFile.decode(yaml: yaml, fileName: name) else {
            Issue.record("the canonical form of \(name) does not load")
            return
        }
        #expect(again == map)
    }

    @Test("has a header with owner, review rhythm and sign-offs", arguments: names)
    func headerIsComplete(name: String) throws {
        let header = try Self.load(name).header
        #expect(!header.owner.isEmpty)
        #expect(header.lastReviewed != nil)
        #expect(header.reviewIntervalDays == 90)
        #expect(header.signOffs.count >= 2)
    }

    @Test("every flow has 5 to 10 steps; browser-side flows enter at the CDN", arguments: names)
    func flowsHaveRealisticLength(name: String) throws {
        let map = try Self.load(name)
        let kinds = Dictionary(uniqueKeysWithValues: map.systems.map { ($0.id, $0.kind) })
        for flow in map.flows {
            #expect((5...10).contains(flow.steps.count), "\(flow.id) has \(flow.steps.count) steps")
            // A flow that reaches a load balancer came from a browser, so it must pass the CDN first.
            if flow.steps.contains(where: { kinds[$0.system] == .loadBalancer }) {
                #expect(flow.steps.first.flatMap { kinds[$0.system] } == .cdn, "\(flow.id)")
            }
        }
    }

    // MARK: Acme

    @Test("Acme: the field guide's four facts are on the map")
    func acmeHasTheFieldGuideFacts() throws {
        let map = try Self.load("acme-saas.yaml")
        let primary = try #require(map.systems.first { $0.id == "db-main" })
        #expect(primary.kind == .database)
        #expect(primary.status == .confirmed)
        let frankfurt = try #require(primary.location.codes.first.flatMap(catalogue.place(for:)))
        #expect(frankfurt.city == "Frankfurt")

        let errors = try #require(map.systems.first { $0.kind == .errorTracking })
        #expect(errors.data.contains("request-payloads"))
        #expect(errors.location.codes.compactMap(catalogue.place(for:)).allSatisfy { $0.countries == ["US"] })

        let backups = map.copies.filter { $0.from == "db-main" && $0.kind == .backup }
        #expect(backups.contains { $0.schedule == "nightly" })
        let backupPlaces = backups.compactMap { copy in map.systems.first { $0.id == copy.to } }
            .flatMap(\.location.codes).compactMap(catalogue.place(for:))
        #expect(backupPlaces.contains { $0.country == "IE" }, "nightly backups in another EU region")
        #expect(backupPlaces.contains { $0.country == "US" }, "the old snapshot archive")

        let canada = try #require(map.roles.first { $0.countries == ["CA"] })
        #expect(canada.team == "support")
        #expect(canada.headcount == 2)
        #expect(canada.access.contains { $0.system == "support-desk" && $0.capabilities.contains(.export) })
    }

    @Test("Acme: the systems teams forget are all there")
    func acmeHasEveryKind() throws {
        let kinds = Set(try Self.load("acme-saas.yaml").systems.map(\.kind))
        let expected: Set<SystemKind> = [
            .cdn, .firewall, .loadBalancer, .app, .queue, .worker, .cache, .searchIndex,
            .objectStorage, .database, .replica, .backup, .dr, .staging, .logs, .tracing,
            .errorTracking, .analytics, .email, .supportDesk, .crm, .featureFlags, .payments, .export,
        ]
        #expect(expected.subtracting(kinds).isEmpty, "missing: \(expected.subtracting(kinds))")
    }

    @Test("Acme: the four flows the issue names, each with an on-error step or a later hop")
    func acmeHasTheFourFlows() throws {
        let map = try Self.load("acme-saas.yaml")
        let ids = Set(map.flows.map(\.id))
        #expect(ids.isSuperset(of: ["signup", "file-upload", "csv-export", "support-ticket"]))
        let signup = try #require(map.flows.first { $0.id == "signup" })
        #expect(signup.steps.contains { $0.when == .onError })
        #expect(signup.steps.contains { $0.when == .async })
        #expect(signup.steps.contains { $0.when == .nightly })
    }

    @Test("Acme: statuses are mixed, as in a real first map")
    func acmeStatusesAreMixed() throws {
        let statuses = Set(try Self.load("acme-saas.yaml").systems.map(\.status))
        #expect(statuses == Set(KnowledgeStatus.allCases))
    }

    @Test("Acme: one exception has expired, one is in force")
    func acmeExceptions() throws {
        let map = try Self.load("acme-saas.yaml")
        let reviewed = try #require(map.header.lastReviewed)
        #expect(map.exceptions.contains { !$0.isActive(on: reviewed) })
        #expect(map.exceptions.contains { $0.expires.map { $0.year >= 2027 } == true })
        #expect(map.claims.contains { $0.text == "Customer records stay in the EU" })
    }

    @Test("Acme: one system holding personal data has no retention")
    func acmeMissingRetention() throws {
        let map = try Self.load("acme-saas.yaml")
        let confirmedWithout = map.systems.filter { $0.retention == nil && $0.status == .confirmed && !$0.data.isEmpty }
        #expect(confirmedWithout.map(\.id) == ["search-index"])
    }

    // MARK: Northwind

    @Test("Northwind: separate EU and US stacks plus shared services")
    func northwindStacks() throws {
        let map = try Self.load("northwind-multi-region.yaml")
        #expect(map.offerings.map(\.id) == ["eu", "us"])
        let eu = map.systems.filter { $0.offerings == ["eu"] }
        let us = map.systems.filter { $0.offerings == ["us"] }
        let shared = map.systems.filter(\.offerings.isEmpty)
        #expect(eu.count >= 8)
        #expect(us.count >= 8)
        #expect(Set(shared.map(\.kind)).isSuperset(of: [.cdn, .email, .analytics, .supportDesk]))
        for offering in ["eu", "us"] {
            #expect(map.claims.filter { $0.offering == offering }.count >= 3)
        }
    }

    @Test("Northwind: multi-place locations stay where they say")
    func northwindMultiPlace() throws {
        let map = try Self.load("northwind-multi-region.yaml")
        let search = try #require(map.systems.first { $0.id == "eu-search" })
        #expect(search.location.codes.count == 2)
        for code in search.location.codes {
            let place = try #require(catalogue.place(for: code))
            #expect(catalogue.place(place, isInside: RegionSpec("EU")))
        }
        let cdn = try #require(map.systems.first { $0.kind == .cdn })
        #expect(cdn.location.codes == ["cloudflare:eu", "cloudflare:us"])
    }

    @Test("Northwind: Unicode names come through as written")
    func northwindUnicode() throws {
        let map = try Self.load("northwind-multi-region.yaml")
        let roleNames = map.roles.map(\.name)
        #expect(roleNames.contains("Support (Zürich office)"))
        #expect(roleNames.contains("Support (São Paulo)"))
        #expect(roleNames.contains("Database contractor (東京)"))
        #expect(map.header.owner == "Åsa Lindqvist (Platform)")
    }

    @Test("Northwind: declares its own categories, one of them not personal")
    func northwindCategories() throws {
        let map = try Self.load("northwind-multi-region.yaml")
        let declared = try #require(map.declaredCategories)
        #expect(declared.contains { $0.id == "telemetry-aggregates" && !$0.personal })
        #expect(declared.contains { $0.id == "ledger-entries" && $0.personal })
    }
}
