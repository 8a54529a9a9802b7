import CSV
import Foundation

/// Writes the inventory as CSV for people who start from a spreadsheet: one row per system,
/// RFC 4180 (comma separated, CRLF line ends, fields with commas, quotes or line breaks quoted),
/// through the CSV.swift library rather than a hand-written writer.
///
/// Two safety rules for spreadsheet use (docs/export.md): a field starting with `=`, `+`, `-` or
/// `@` gets a leading `'` so a spreadsheet shows it as text instead of running it as a
/// formula, and control characters become visible stand-ins ("␛") as on the terminal.
public struct CSVExporter: Sendable {
    public var catalogue: RegionCatalogue

    /// The header row, in column order.
    public static let columns = [
        "id", "name", "kind", "vendor", "location codes", "location", "jurisdiction", "data", "retention",
        "offerings", "status", "evidence", "who can read", "who can export", "copies to",
    ]

    public init(catalogue: RegionCatalogue = .standard) {
        self.catalogue = catalogue
    }

    public func render(_ map: ResidencyMap) throws -> String {
        let stream = OutputStream.toMemory()
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        try writer.write(row: Self.columns)
        for row in rows(map) {
            try writer.write(row: row.map(Self.spreadsheetSafe))
        }
        stream.close()
        // Read the stream's bytes in place: bridging them to `Data` copies them one by one.
        guard let written = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? NSData else { return "\r\n" }
        return String(decoding: UnsafeRawBufferPointer(start: written.bytes, count: written.length), as: UTF8.self) + "\r\n"
    }

    /// The rows as plain values, one per system, in map order (before the spreadsheet guard).
    func rows(_ map: ResidencyMap) -> [[String]] {
        let index = MapIndex(map: map, catalogue: catalogue)
        var readers = Array(repeating: [String](), count: map.systems.count)
        var exporters = Array(repeating: [String](), count: map.systems.count)
        for role in map.roles {
            for grant in role.access {
                guard let position = index.systemPosition[grant.system] else { continue }
                let who = "\(role.name) (\(role.countries.joined(separator: " ")))"
                readers[position].append(who)
                if grant.capabilities.contains(.export) || grant.capabilities.contains(.admin) {
                    exporters[position].append(who)
                }
            }
        }
        var copies = Array(repeating: [String](), count: map.systems.count)
        for copy in map.copies {
            guard let position = index.systemPosition[copy.from] else { continue }
            copies[position].append("\(copy.to) (\(copy.kind.rawValue))")
        }
        let offeringNames = Dictionary(map.offerings.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })

        return map.systems.enumerated().map { position, system in
            let location = index.location(ofSystem: position)
            var jurisdictions: [String] = []
            for place in location.places where !jurisdictions.contains(place.jurisdiction) {
                jurisdictions.append(place.jurisdiction)
            }
            if location.isUnknown || !location.unresolved.isEmpty { jurisdictions.append("unknown") }
            return [
                system.id,
                system.name,
                system.kind.rawValue,
                system.vendor ?? "",
                system.location.isUnknown ? "unknown" : system.location.codes.joined(separator: "; "),
                catalogue.describe(system.location),
                jurisdictions.joined(separator: "; "),
                system.data.map { id in index.categoryPosition[id].map { index.categories[$0].name } ?? id }.joined(separator: "; "),
                system.retention?.text ?? "",
                system.offerings.isEmpty ? "all" : system.offerings.map { offeringNames[$0] ?? $0 }.joined(separator: "; "),
                system.status.rawValue,
                evidenceText(system.evidence),
                readers[position].joined(separator: "; "),
                exporters[position].joined(separator: "; "),
                copies[position].joined(separator: "; "),
            ]
        }
    }

    private func evidenceText(_ evidence: Evidence?) -> String {
        guard let evidence else { return "" }
        var text = evidence.how
        if let on = evidence.on { text += ", \(on)" }
        if let by = evidence.by { text += ", by \(by)" }
        return text
    }

    /// Guards a field for spreadsheets: formula-looking text gets a leading `'`; control
    /// characters become visible; line breaks stay (quoted by the writer) as LF.
    static func spreadsheetSafe(_ field: String) -> String {
        // Nearly every field has no carriage return: skip Foundation's search for one.
        let unified = field.utf8.contains(0x0D) ? field.replacingOccurrences(of: "\r\n", with: "\n") : field
        let visible = TerminalText.sanitize(unified, keepingNewlines: true)
        guard let first = visible.unicodeScalars.first else { return visible }
        return ["=", "+", "-", "@"].contains(first) ? "'" + visible : visible
    }
}
