import Foundation
@testable import ResidencyModel

/// Helpers for editing and saving tests: temporary copies of samples and fixtures.
enum EditingSupport {
    static let today = ISODate(year: 2026, month: 12, day: 1)!

    static func samplePath(_ name: String) -> String {
        FileFormatTestSupport.samples.appendingPathComponent(name).path
    }

    /// A fresh folder with a copy of `source` in it; returns the copy's path.
    static func temporaryCopy(of source: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("resmap-edit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let target = folder.appendingPathComponent(URL(fileURLWithPath: source).lastPathComponent).path
        try FileManager.default.copyItem(atPath: source, toPath: target)
        return target
    }

    static func snapshot(_ path: String) throws -> MapSnapshot {
        switch MapSnapshot.read(path: path) {
        case .success(let snapshot): return snapshot
        case .failure(let failure): throw TestFailure("cannot read \(path): \(failure)")
        }
    }

    static func document(_ path: String) throws -> MapDocument {
        MapDocument(snapshot: try snapshot(path), today: today)
    }

    /// The lines that differ between two texts, as (removed, added) sets of lines.
    static func changedLines(_ old: String, _ new: String) -> (removed: [String], added: [String]) {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Common prefix and suffix; the middle is what changed (enough for single-item edits).
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        return (Array(a[prefix..<(a.count - suffix)]), Array(b[prefix..<(b.count - suffix)]))
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
