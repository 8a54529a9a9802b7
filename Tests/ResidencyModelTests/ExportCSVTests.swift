import CSV
import Foundation
import Testing
@testable import ResidencyModel

/// The CSV inventory, read back with CSV.swift's reader: one row per system, RFC 4180.
@Suite("Export: CSV")
struct ExportCSVTests {
    static func parse(_ csv: String) throws -> [[String]] {
        let reader = try CSVReader(string: csv, hasHeaderRow: false)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        if let error = reader.error { throw error }
        return rows
    }

    @Test("Header row, then one row per system with every column")
    func shape() throws {
        let map = try ExportTestSupport.sample("acme-saas.yaml")
        let rows = try Self.parse(try CSVExporter().render(map))
        #expect(rows.first == CSVExporter.columns)
        #expect(rows.count == map.systems.count + 1)
        #expect(rows.allSatisfy { $0.count == CSVExporter.columns.count })
        #expect(rows.dropFirst().map { $0[0] } == map.systems.map(\.id))
    }

    @Test("The columns hold the map's facts")
    func content() throws {
        let map = try ExportTestSupport.sample("acme-saas.yaml")
        let rows = try Self.parse(try CSVExporter().render(map))
        let db = try #require(rows.first { $0.first == "db-main" })
        let column = { (name: String) -> String in
            CSVExporter.columns.firstIndex(of: name).map { db[$0] } ?? "missing column \(name)"
        }
        #expect(column("name") == "Primary database")
        #expect(column("kind") == "database")
        #expect(column("vendor") == "AWS RDS PostgreSQL")
        #expect(column("location codes") == "aws:eu-central-1")
        #expect(column("location") == "Frankfurt, Germany")
        #expect(column("jurisdiction") == "EU")
        #expect(column("data") == "Customer records; Contact details; User IDs; Billing")
        #expect(column("retention") == "30 days")
        #expect(column("offerings") == "all")
        #expect(column("status") == "confirmed")
        #expect(column("evidence") == "RDS console, instance settings, 2026-09-01, by Sam Lee")
        #expect(column("who can read") == "Platform engineers (EU) (DE NL ES); DBA contractor (emergency) (PL)")
        #expect(column("who can export") == "Platform engineers (EU) (DE NL ES); DBA contractor (emergency) (PL)")
        #expect(column("copies to").hasPrefix("db-replica (replica); backup-vault (backup); snapshot-archive (backup)"))
        let laptop = try #require(rows.first { $0.first == "contractor-laptop" })
        #expect(laptop[CSVExporter.columns.firstIndex(of: "location") ?? 0] == "unknown location")
        #expect(laptop[CSVExporter.columns.firstIndex(of: "jurisdiction") ?? 0] == "unknown")
    }

    @Test("RFC 4180: CRLF line ends; commas, quotes and line breaks quoted and read back intact; Unicode kept")
    func quoting() throws {
        let tricky = "Frankfurt, \"main\" DB\nsecond line"
        let map = ResidencyMap(
            header: MapHeader(name: "T", owner: "O"),
            systems: [
                DataSystem(id: "a", name: tricky, kind: .database, vendor: "Müller & Söhne, 東京", location: .places(["DE"]),
                           data: ["customer-records"], status: .confirmed, notes: nil),
                DataSystem(id: "b", name: "plain", kind: .cache, location: .unknown),
            ])
        let csv = try CSVExporter().render(map)
        #expect(csv.contains("\"Frankfurt, \"\"main\"\" DB\nsecond line\""))
        #expect(csv.hasSuffix("\r\n"))
        #expect(csv.components(separatedBy: "\r\n").count == 4) // header, a, b, and the empty rest after the last CRLF
        let rows = try Self.parse(csv)
        #expect(rows.count == 3)
        #expect(rows[1][1] == tricky)
        #expect(rows[1][3] == "Müller & Söhne, 東京")
        #expect(rows[2][1] == "plain")
    }

    @Test("Spreadsheet safety: formula-looking text is kept as text; control characters show")
    func spreadsheet() throws {
        let map = ResidencyMap(
            header: MapHeader(name: "T", owner: "O"),
            systems: [
                DataSystem(id: "=cmd|' /C calc'!A0", name: "+SUM(A1)", kind: .other, vendor: "@import", location: .unknown,
                           retention: Retention(text: "-1", days: 0), notes: nil),
                DataSystem(id: "esc", name: "red\u{1B}[31m", kind: .other, location: .unknown),
            ])
        let rows = try Self.parse(try CSVExporter().render(map))
        #expect(rows[1][0] == "'=cmd|' /C calc'!A0")
        #expect(rows[1][1] == "'+SUM(A1)")
        #expect(rows[1][3] == "'@import")
        #expect(rows[1][8] == "'-1")
        #expect(rows[2][1] == "red␛[31m")
    }

    @Test("The hostile map exports one parseable row per system")
    func hostile() throws {
        let map = ExportTestSupport.hostileMap()
        let rows = try Self.parse(try CSVExporter().render(map))
        #expect(rows.count == map.systems.count + 1)
        #expect(rows.allSatisfy { $0.count == CSVExporter.columns.count })
        #expect(rows[1][1] == "<script>alert(1)</script>")
        #expect(rows[3][1] == "line\nbreak\nand␍more")
    }
}
