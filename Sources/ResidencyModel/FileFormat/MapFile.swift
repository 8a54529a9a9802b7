import Foundation

/// Reading and writing map files.
public enum MapFile {
    /// Reads and validates a map file, collecting every problem.
    public static func read(path: String) -> MapReadResult {
        .unreadable("not implemented")
    }

    /// Decodes and validates YAML text; `fileName` names the file in diagnostics.
    public static func decode(yaml: String, fileName: String) -> MapReadResult {
        .unreadable("not implemented")
    }

    /// The canonical YAML for a map: stable key order, list order kept, non-ASCII as written.
    public static func encode(_ map: ResidencyMap) throws -> String {
        ""
    }

    /// Writes the canonical YAML atomically (temp file, fsync, rename); the old file stays intact on failure.
    public static func write(_ map: ResidencyMap, to path: String) throws {
    }
}
