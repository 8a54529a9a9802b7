import Foundation
import Testing
@testable import ResidencyModel

/// The approval notes of both samples, as customers see them, compared with golden files that
/// were read and checked by hand. Regenerate with RESMAP_UPDATE_GOLDEN=1 and read the diff.
@Suite("Export: golden approval notes")
struct ExportGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("ExportGolden")

    @Test("Sample notes match their golden files", arguments: ExportTestSupport.sampleNames)
    func golden(sample: String) throws {
        let map = try ExportTestSupport.sample(sample)
        // The page and the appendix, as `--appendix` writes them.
        let note = MarkdownExporter(today: ExportTestSupport.day).render(map, appendix: .inline)
        let name = sample.replacingOccurrences(of: ".yaml", with: ".md")
        let url = Self.folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RESMAP_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try note.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(note == expected, "\(name) differs from its golden file; run with RESMAP_UPDATE_GOLDEN=1 and review the diff")
    }
}
