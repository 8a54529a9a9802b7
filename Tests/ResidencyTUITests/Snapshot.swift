import Foundation
import ResidencyTUI
import Testing

/// Compares a rendered buffer's text with a golden file in Tests/ResidencyTUITests/Snapshots/.
/// Run with RESMAP_UPDATE_SNAPSHOTS=1 to write the golden files anew, then read them before
/// committing. Trailing spaces are trimmed from each line so editors cannot break a golden file.
func expectSnapshot(_ buffer: ScreenBuffer, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let actual = snapshotText(buffer)
    let url = snapshotDirectory.appendingPathComponent("\(name).txt")
    if ProcessInfo.processInfo.environment["RESMAP_UPDATE_SNAPSHOTS"] == "1" {
        do {
            try FileManager.default.createDirectory(at: snapshotDirectory, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
        } catch {
            Issue.record("could not write snapshot \(url.path): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("no snapshot \(name).txt: run with RESMAP_UPDATE_SNAPSHOTS=1 and read it", sourceLocation: sourceLocation)
        return
    }
    if expected != actual {
        Issue.record("""
            snapshot \(name) differs (RESMAP_UPDATE_SNAPSHOTS=1 rewrites it):
            --- expected
            \(expected)
            --- actual
            \(actual)
            """, sourceLocation: sourceLocation)
    }
}

/// The buffer as the golden files hold it: one line per row, trailing spaces trimmed.
func snapshotText(_ buffer: ScreenBuffer) -> String {
    buffer.lines.map { line in
        var trimmed = Substring(line)
        while trimmed.last == " " { trimmed = trimmed.dropLast() }
        return String(trimmed)
    }.joined(separator: "\n") + "\n"
}

private let snapshotDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .appendingPathComponent("Snapshots")
