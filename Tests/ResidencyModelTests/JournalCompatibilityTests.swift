import Foundation
import Testing
@testable import ResidencyModel

/// A recovery journal written by an earlier resmap holds items without the fields added since;
/// they must still replay, reading each missing field as its empty value.
@Suite("Journals from earlier versions still decode")
struct JournalCompatibilityTests {
    /// `value` encoded as JSON, with `key` removed from its top-level object.
    static func json<Value: Encodable>(_ value: Value, without key: String) throws -> Data {
        let data = try JSONEncoder().encode(value)
        var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object[key] != nil, "the encoding has no '\(key)' to remove")
        object.removeValue(forKey: key)
        return try JSONSerialization.data(withJSONObject: object)
    }

    @Test("A system written before `infrastructure` reads as naming none")
    func systemWithoutInfrastructure() throws {
        var system = DataSystem(id: "db", name: "Database", kind: .database, location: .places(["aws:eu-central-1"]),
                                data: ["customer-records"], retention: Retention(parsing: "30 days"), status: .confirmed,
                                transferBasis: .scc, infrastructure: ["module.db.aws_db_instance.main"], notes: "n")
        #expect(try JSONDecoder().decode(DataSystem.self, from: JSONEncoder().encode(system)) == system)
        let old = try Self.json(system, without: "infrastructure")
        system.infrastructure = []
        #expect(try JSONDecoder().decode(DataSystem.self, from: old) == system)
    }

    @Test("A header written before gap marks reads as holding none")
    func headerWithoutGaps() throws {
        var header = MapHeader(name: "Map", owner: "Owner", reviewIntervalDays: 90,
                               gaps: [GapMark(about: .map, team: "support", text: "screenshots?")])
        #expect(try JSONDecoder().decode(MapHeader.self, from: JSONEncoder().encode(header)) == header)
        let old = try Self.json(header, without: "gaps")
        header.gaps = []
        #expect(try JSONDecoder().decode(MapHeader.self, from: old) == header)
    }
}
