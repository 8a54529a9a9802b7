import Foundation
import Testing
@testable import ResidencyModel

/// Writing an export: atomic, and never over the map it came from.
@Suite("Export: writing files")
struct ExportFileTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("resmap-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("Writes the text, replacing an older file, leaving no temporary file behind")
    func write() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("note.md").path
        try "old".write(toFile: path, atomically: false, encoding: .utf8)
        try ExportFile.write("# Zürich 東京\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "# Zürich 東京\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["note.md"])
    }

    @Test("A missing directory is an error that names the file")
    func missingDirectory() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("no/such/note.md").path
        #expect(throws: MapFileError.self) { try ExportFile.write("x", to: path) }
    }

    @Test("The same file is recognised through relative paths, symbolic links and hard links")
    func sameFile() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let map = folder.appendingPathComponent("map.yaml").path
        try "resmap: 1\n".write(toFile: map, atomically: false, encoding: .utf8)
        let link = folder.appendingPathComponent("link.yaml").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: map)
        let hard = folder.appendingPathComponent("hard.yaml").path
        try FileManager.default.linkItem(atPath: map, toPath: hard)
        let dotted = folder.appendingPathComponent("sub/../map.yaml").path
        try FileManager.default.createDirectory(atPath: folder.appendingPathComponent("sub").path, withIntermediateDirectories: true)

        #expect(ExportFile.isSameFile(map, map))
        #expect(ExportFile.isSameFile(link, map))
        #expect(ExportFile.isSameFile(map, link))
        #expect(ExportFile.isSameFile(hard, map))
        #expect(ExportFile.isSameFile(dotted, map))
        #expect(!ExportFile.isSameFile(folder.appendingPathComponent("note.md").path, map))
        let other = folder.appendingPathComponent("other.yaml").path
        try "x".write(toFile: other, atomically: false, encoding: .utf8)
        #expect(!ExportFile.isSameFile(other, map))
    }
}
