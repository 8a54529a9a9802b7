import Foundation
import Yams

/// Reading and writing map files.
public enum MapFile {
    /// Reads and validates a map file, collecting every problem.
    public static func read(path: String) -> MapReadResult {
        let data: Data
        switch MapFileBytes.read(path) {
        case .success(let bytes): data = bytes
        case .failure(let failure): return .unreadable(failure.message)
        }
        guard let yaml = String(data: data, encoding: .utf8) else {
            return .unreadable("cannot read \(TerminalText.sanitize(path)): it is not UTF-8 text")
        }
        return decode(yaml: yaml, fileName: path)
    }

    /// Decodes and validates YAML text; `fileName` names the file in diagnostics.
    public static func decode(yaml: String, fileName: String) -> MapReadResult {
        decodeTree(yaml: yaml, fileName: fileName).result
    }

    /// Decodes YAML text and also returns its composed tree (for the layout a save keeps).
    static func decodeTree(yaml: String, fileName: String) -> (result: MapReadResult, root: YAMLNode?) {
        // A byte order mark is not part of the map: `read` drops it (Foundation's UTF-8 reading
        // does), and text given directly must read the same.
        let yaml = yaml.unicodeScalars.first == "\u{FEFF}" ? String(yaml.unicodeScalars.dropFirst()) : yaml
        let root: YAMLNode?
        do {
            root = try YAMLComposer.compose(yaml, aliasLimit: AliasBudget.limit(forLines:))
        } catch {
            return (.problems([YAMLSyntaxDiagnostic.make(for: error, yaml: yaml, fileName: fileName)]), nil)
        }
        guard let root else {
            return (.problems([Diagnostic(
                file: fileName, position: SourcePosition(line: 1, column: 1), message: "the file is empty",
                fix: "start with `resmap: \(ResidencyMap.currentFormatVersion)` and a `map:` header with name and owner")]), nil)
        }
        var decoder = MapDecoder(fileName: fileName, catalogue: .standard)
        if let map = decoder.decode(root: root) {
            return (.success(map), root)
        }
        return (.problems(sortedByPosition(decoder.diagnostics)), root)
    }

    /// The canonical YAML for a map: stable key order, list order kept, non-ASCII as written.
    public static func encode(_ map: ResidencyMap) throws -> String {
        let node = MapEncoder().node(for: map)
        do {
            return try Yams.serialize(node: node, indent: 2, width: -1, allowUnicode: true, lineBreak: .ln)
        } catch {
            throw MapFileError(path: nil, message: "cannot write the map as YAML: \(error)")
        }
    }

    /// Writes the canonical YAML atomically (temp file, fsync, rename); the old file stays intact on failure.
    public static func write(_ map: ResidencyMap, to path: String) throws {
        try write(map, to: path, using: AtomicFileWriter())
    }

    static func write(_ map: ResidencyMap, to path: String, using writer: AtomicFileWriter) throws {
        let yaml = try encode(map)
        try writer.write(Data(yaml.utf8), to: path)
    }

    /// Problems in file order; a problem without a position (rare) comes first. Ties keep their order.
    static func sortedByPosition(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { lhs, rhs in
            let left = lhs.element.position ?? SourcePosition(line: 0, column: 0)
            let right = rhs.element.position ?? SourcePosition(line: 0, column: 0)
            return left == right ? lhs.offset < rhs.offset : left < right
        }.map(\.element)
    }
}
