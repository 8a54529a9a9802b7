import Foundation
import Testing
import ResidencyModel

@Suite("Starter map")
struct StarterMapTests {
    let today = ISODate(year: 2026, month: 9, day: 15)!
    var starter: ResidencyMap { StarterMap.map(name: "Acme", owner: "Dana Ortiz", today: today) }

    /// The kinds the field guide says teams forget; the starter map must ask about each one.
    static let forgottenKinds: [SystemKind] = [
        .cdn, .errorTracking, .analytics, .email, .backup, .dr, .supportDesk,
        .staging, .searchIndex, .cache, .queue, .logs,
    ]

    @Test("has a placeholder for every kind teams forget", arguments: forgottenKinds)
    func placeholderForForgottenKind(kind: SystemKind) {
        let matches = starter.systems.filter { $0.kind == kind }
        #expect(!matches.isEmpty, "no placeholder of kind \(kind.rawValue)")
    }

    @Test("every system is a placeholder: unknown location and status, a question in its notes")
    func systemsArePlaceholders() {
        for system in starter.systems {
            #expect(system.location == .unknown, "\(system.id)")
            #expect(system.status == .unknown, "\(system.id)")
            #expect(system.evidence == nil, "\(system.id)")
            let notes = system.notes ?? ""
            #expect(notes.contains("?"), "\(system.id) notes ask nothing: \(notes)")
        }
    }

    @Test("the CDN placeholder asks about edge logs")
    func cdnAsksAboutEdgeLogs() throws {
        let cdn = try #require(starter.systems.first { $0.kind == .cdn })
        #expect(cdn.notes?.contains("edge logs") == true)
    }

    @Test("placeholders name the data they hold by nature, so no claim holds on an empty map")
    func placeholdersHoldPersonalData() {
        let known = Set(starter.dataCategories.map(\.id))
        for system in starter.systems {
            #expect(Set(system.data).isSubset(of: known), "\(system.id) names an unknown category")
        }
        #expect(starter.systems.contains { $0.kind == .database && $0.data.contains("customer-records") })
    }

    @Test("the checklist is honest: its claim is unknown, and it presumes nothing that is an error")
    func evaluatesAsUnknownWithoutErrors() {
        let evaluation = ResidencyEvaluator(today: today).evaluate(starter)
        #expect(evaluation.claims.map(\.verdict) == [.unknown])
        #expect(evaluation.errors.isEmpty, "\(evaluation.errors.map(\.message))")
        // Every placeholder shows up in `resmap check` as a location to find out.
        let unknown = evaluation.findings.filter { $0.kind == .locationUnknown }.map(\.subject)
        #expect(unknown == starter.systems.map { MapElement.system($0.id) })
        // A starter map has every commonly forgotten kind.
        #expect(!evaluation.findings.contains { $0.kind == .kindMissing })
    }

    @Test("ids are unique and every reference points at something in the map")
    func referencesResolve() {
        let systemIDs = starter.systems.map(\.id)
        #expect(Set(systemIDs).count == systemIDs.count)
        for copy in starter.copies {
            #expect(systemIDs.contains(copy.from), "copy from \(copy.from)")
            #expect(systemIDs.contains(copy.to), "copy to \(copy.to)")
        }
        let offeringIDs = starter.offerings.map(\.id)
        #expect(starter.offerings.count == 1)
        #expect(starter.claims.count == 1)
        for claim in starter.claims {
            #expect(offeringIDs.contains(claim.offering))
            for category in claim.data ?? [] {
                #expect(starter.dataCategories.contains { $0.id == category })
            }
        }
    }

    @Test("backup and DR copies of the primary database are on the checklist")
    func copiesAreOnTheChecklist() {
        let kinds = Set(starter.copies.map(\.kind))
        #expect(kinds.isSuperset(of: [.backup, .drFailover]))
    }

    @Test("the header carries the given name and owner, written as given")
    func headerKeepsUnicode() {
        let map = StarterMap.map(name: "Zürich Läden", owner: "São Paulo 東京", today: today)
        #expect(map.header.name == "Zürich Läden")
        #expect(map.header.owner == "São Paulo 東京")
        #expect(map.header.lastReviewed == today)
        #expect(map.header.reviewDue == today.adding(days: 90))
    }

    // MARK: Writing

    @Test("refuses to overwrite an existing file and leaves it untouched")
    func refusesToOverwrite() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("map.yaml")
        let original = Data("resmap: 1\n# someone's real map\n".utf8)
        try original.write(to: URL(fileURLWithPath: path))

        #expect(throws: StarterMapError.fileExists(path: path)) {
            try StarterMap.write(to: path, name: "Acme", owner: "Dana", today: today)
        }
        #expect(FileManager.default.contents(atPath: path) == original)
    }

    @Test("writes a file that loads back as the starter map, under a checklist comment")
    func writesLoadableFile() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("map.yaml")
        try StarterMap.write(to: path, name: "Zürich Läden", owner: "Åsa 東京", today: today)

        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix(StarterMap.commentHeader))
        #expect(text.contains("Zürich Läden"), "non-ASCII must be written as is, not escaped")
        guard case .success(let loaded) = MapFile.read(path: path) else {
            Issue.record("the starter map does not load: \(MapFile.read(path: path))")
            return
        }
        #expect(loaded == StarterMap.map(name: "Zürich Läden", owner: "Åsa 東京", today: today))
    }

    @Test("writing twice leaves the first file as it was")
    func secondWriteRefused() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("map.yaml")
        try StarterMap.write(to: path, name: "First", owner: "Dana", today: today)
        let first = FileManager.default.contents(atPath: path)
        #expect(throws: StarterMapError.fileExists(path: path)) {
            try StarterMap.write(to: path, name: "Second", owner: "Dana", today: today)
        }
        #expect(FileManager.default.contents(atPath: path) == first)
    }

    @Test("refuses a path that is an existing folder")
    func refusesFolder() throws {
        let folder = try TemporaryFolder()
        #expect(throws: StarterMapError.fileExists(path: folder.root)) {
            try StarterMap.write(to: folder.root, name: "Acme", owner: "Dana", today: today)
        }
    }

    @Test("refuses a path whose folder does not exist")
    func refusesMissingFolder() throws {
        let folder = try TemporaryFolder()
        let missing = folder.path("no-such-folder")
        let path = missing + "/map.yaml"
        #expect(throws: StarterMapError.directoryMissing(path: missing)) {
            try StarterMap.write(to: path, name: "Acme", owner: "Dana", today: today)
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("refuses an empty or multi-line name or owner", arguments: [
        ("", "Dana", "name"), ("   ", "Dana", "name"), ("Acme\nresmap: 2", "Dana", "name"),
        ("Acme", "Dana\u{1B}[31m", "owner"), ("Acme", "", "owner"),
    ])
    func refusesBadHeaderFields(name: String, owner: String, badField: String) throws {
        let folder = try TemporaryFolder()
        let path = folder.path("map.yaml")
        let error = #expect(throws: StarterMapError.self) {
            try StarterMap.write(to: path, name: name, owner: owner, today: today)
        }
        guard case .invalidField(let field, _)? = error else {
            Issue.record("expected invalidField, got \(String(describing: error))")
            return
        }
        #expect(field == badField)
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}

/// A fresh folder under the system's temporary directory, removed when the value is released.
private final class TemporaryFolder {
    let root: String

    init() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("resmap-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { root + "/" + name }

    deinit { try? FileManager.default.removeItem(atPath: root) }
}
