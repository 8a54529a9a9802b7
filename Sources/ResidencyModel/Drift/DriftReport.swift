import Foundation

/// The drift report as text (colour only through `TextStyle`) and JSON.
public struct DriftReport: Sendable {
    public let items: [DriftItem]
    public let files: [String]
    public let resourceCount: Int

    public init(items: [DriftItem], files: [String], resourceCount: Int) {
        self.items = items
        self.files = files
        self.resourceCount = resourceCount
    }

    /// Whether anything differs (what the exit code says). `notFound` counts: the map names
    /// infrastructure the files do not have.
    public var hasDrift: Bool { !items.isEmpty }

    public func text(style: TextStyle, mapName: String) -> String {
        var out = "Drift: \(TerminalText.sanitize(mapName)) against \(files.map { TerminalText.sanitize($0) }.joined(separator: ", "))"
            + " (\(resourceCount) \(resourceCount == 1 ? "resource" : "resources"))\n"
        if items.isEmpty {
            out += "\n" + style.verdict("✓ no drift", .holds) + ": every mapped resource runs where the map says, and every store and copy is in the map.\n"
            return out
        }
        for kind in DriftItem.Kind.allCases {
            let group = items.filter { $0.kind == kind }
            guard !group.isEmpty else { continue }
            out += "\n" + style.bold("\(kind.label) (\(group.count))") + "\n"
            for item in group {
                let mark = kind == .unknownRegion ? style.verdict("?", .unknown) : style.verdict("✗", .broken)
                out += "  \(mark) \(TerminalText.sanitize(item.message))\n"
                if !item.claimsAtRisk.isEmpty {
                    out += "      if this is right, \(item.claimsAtRisk.map { TerminalText.sanitize($0) }.joined(separator: ", ")) "
                        + (item.claimsAtRisk.count == 1 ? "breaks" : "break") + "\n"
                }
            }
        }
        return out
    }

    struct JSONItem: Encodable {
        let kind: String
        let address: String
        let system: String?
        let place: String?
        let multiRegion: String?
        let message: String
        let claimsAtRisk: [String]
        let file: String

        enum CodingKeys: String, CodingKey {
            case kind, address, system, place, message, file
            case multiRegion = "multi_region", claimsAtRisk = "claims_at_risk"
        }
    }

    struct JSONDocument: Encodable {
        let schemaVersion = 1
        let map: String
        let files: [String]
        let resources: Int
        let drift: Bool
        let items: [JSONItem]

        enum CodingKeys: String, CodingKey {
            case schemaVersion = "schema_version", map, files, resources, drift, items
        }
    }

    public func json(mapName: String) throws -> String {
        let document = JSONDocument(map: mapName, files: files, resources: resourceCount, drift: hasDrift, items: items.map { item in
            var place: String?
            var multi: String?
            switch item.place {
            case .region(let code): place = code
            case .multiRegion(let name): multi = name
            case .unknown: break
            }
            return JSONItem(kind: item.kind.rawValue, address: item.address, system: item.system, place: place, multiRegion: multi,
                            message: item.message, claimsAtRisk: item.claimsAtRisk, file: item.file)
        })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return JSONText.escapingForTerminals(String(decoding: try encoder.encode(document), as: UTF8.self)) + "\n"
    }
}
