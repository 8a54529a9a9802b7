import Foundation
import ResidencyModel

/// The files fuzzing starts from: the samples, the test fixtures, the regression inputs, and
/// small maps from `MapGenerator` in both placements, saved canonically.
public enum SeedCorpus {
    public struct Entry: Sendable {
        public var name: String
        public var bytes: [UInt8]
    }

    /// The package's own folders of map files, found from this source file.
    public static var defaultDirectories: [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return ["Samples", "Tests/ResidencyModelTests/Fixtures", "Tests/EndToEndTests/Fixtures", RegressionInputs.folder]
            .map { root.appendingPathComponent($0).path }
    }

    /// Every `.yaml` and `.yml` file in `directories` (not recursive), in name order.
    public static func files(in directories: [String]) -> [Entry] {
        directories.flatMap { directory -> [Entry] in
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().compactMap { name in
                let path = (directory as NSString).appendingPathComponent(name)
                guard let data = FileManager.default.contents(atPath: path) else { return nil }
                return Entry(name: path, bytes: Array(data))
            }
        }
    }

    /// Small generated maps: every size from empty to a few dozen systems, both placements.
    public static func generated() -> [Entry] {
        var entries: [Entry] = []
        for placement in MapGenerator.Placement.allCases {
            for (seed, size) in [(1, 0), (2, 1), (3, 3), (4, 12), (5, 40)] {
                let map = MapGenerator(seed: UInt64(seed), placement: placement).map(systems: size)
                guard let yaml = try? MapFile.encode(map) else { continue }
                entries.append(Entry(name: "generated \(placement.rawValue) seed \(seed), \(size) systems", bytes: Array(yaml.utf8)))
            }
        }
        return entries
    }
}
