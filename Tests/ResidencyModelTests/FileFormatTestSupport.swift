import Foundation
@testable import ResidencyModel

/// Shared helpers for the file format tests.
enum FileFormatTestSupport {
    /// Tests/ResidencyModelTests/Fixtures, found next to this source file (the package declares no resources).
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    /// The package's Samples folder.
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Samples")

    static func fixture(_ name: String) -> String {
        fixtures.appendingPathComponent(name).path
    }

    /// The problems found in `yaml`; empty when it decodes.
    static func problems(_ yaml: String, file: String = "test.yaml") -> [Diagnostic] {
        switch MapFile.decode(yaml: yaml, fileName: file) {
        case .success: return []
        case .problems(let diagnostics): return diagnostics
        case .unreadable(let reason): return [Diagnostic(file: file, position: nil, message: "unreadable: \(reason)")]
        }
    }

    static func map(_ yaml: String) -> ResidencyMap? {
        if case .success(let map) = MapFile.decode(yaml: yaml, fileName: "test.yaml") { return map }
        return nil
    }

    /// A valid map to build test cases on: a header, one offering, two systems.
    static let header = """
        resmap: 1
        map:
          name: Test
          owner: Dana
        offerings:
          - id: eu
            name: EU residency
            region: EU
        systems:
          - id: db
            name: Database
            kind: database
            location: aws:eu-central-1
          - id: logs
            name: Logs
            kind: logs
            location: DE

        """

    /// A small map with every optional part present, for encoding tests.
    static func sampleMap(notes: String? = "Kept as written.") -> ResidencyMap {
        ResidencyMap(
            header: MapHeader(name: "Zürich map", owner: "渡辺 さくら"),
            offerings: [Offering(id: "eu", name: "EU residency", region: RegionSpec("EU"))],
            systems: [
                DataSystem(id: "db", name: "Database in São Paulo", kind: .database,
                           location: .places(["aws:sa-east-1"]), data: ["customer-records"], status: .confirmed,
                           notes: notes),
                DataSystem(id: "cdn", name: "東京 edge", kind: .cdn, location: .places(["JP", "NO"])),
            ],
            roles: [Role(id: "support", name: "Support Oslo", team: "support", countries: ["NO"],
                         access: [AccessGrant(system: "db", capabilities: [.view])])])
    }
}
