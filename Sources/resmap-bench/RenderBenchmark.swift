import Foundation
import ResidencyModel
import ResidencyTUI

/// The interface's rows: how long drawing each screen takes at 200 x 60, and how long it takes
/// from reading a map file to the first drawn frame. The budgets: a full screen in under
/// 2 ms whatever the size of the map, a first frame in under 200 ms for the samples and under 1 s
/// for the 10,000-system map (release build).
///
/// Every screen is brought into a typical state by key presses (a selection, a search, a hop of a
/// walk), drawn once untimed (that first frame builds the map's lookup), then timed frame by frame.
enum RenderBenchmark {
    static let size = Size(width: 200, height: 60)

    /// What each column shows: the keys that bring it there from a fresh state, and a key pressed
    /// before every timed frame (nil: the same frame drawn again). Columns with a key measure what a
    /// person waits for when moving: the key's update and the frame of a newly selected item, whose
    /// details nobody has drawn yet.
    static let screens: [(name: String, keys: [Key], step: Key?)] = [
        ("overview", [], nil),
        ("systems", [.character("2"), .character("j")], nil),
        ("systems ↓", [.character("2")], .character("j")),
        ("systems /eu", [.character("2"), .character("/"), .character("e"), .character("u"), .enter], nil),
        ("system detail", [.character("2"), .character("j"), .enter], nil),
        ("access", [.character("3"), .character("j")], nil),
        ("access ↓", [.character("3")], .character("j")),
        ("by system", [.character("3"), .character("v"), .character("j")], nil),
        ("walk flows", [.character("4"), .character("j")], nil),
        ("walk hop", [.character("4"), .enter, .character("n"), .character("n")], nil),
        ("walk →", [.character("4"), .enter], .character("n")),
        ("claims", [.character("5"), .character("j")], nil),
        ("findings", [.character("6"), .character("j")], nil),
    ]

    /// Frames timed per screen.
    static let frames = 60

    static func run(_ options: BenchOptions) throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("resmap-render-bench-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        var sources: [(name: String, path: String)] = samples()
        for count in options.sizes {
            let path = folder.appendingPathComponent("render-\(count).yaml").path
            try MapFile.write(MapGenerator(seed: options.seed).map(systems: count), to: path)
            sources.append(("generated \(count)", path))
        }

        var headings = ["map", "first frame ms", "lookup ms"]
        headings += screens.map { "\($0.name)" }
        var medians = BenchmarkTable(headings: headings)
        var worst = BenchmarkTable(headings: headings)
        var checksum = 0
        for source in sources {
            let startTimes = try Benchmark.time(repeats: options.repeats) { try firstFrame(path: source.path).cells.count }
            checksum &+= startTimes.checksum
            guard case .success(let map) = MapFile.read(path: source.path) else { throw BenchmarkError.loadFailed(source.path) }
            let lookupTimes = Benchmark.time(repeats: options.repeats) { MapLookup(map: map).reachableSystems.count }
            let fresh = AppState(map: map, fileName: source.name, today: Bench.today, size: size)

            var medianRow = [source.name, (startTimes.milliseconds.min() ?? 0).formatted,
                             (lookupTimes.milliseconds.min() ?? 0).formatted]
            var worstRow = [source.name, (startTimes.milliseconds.max() ?? 0).formatted,
                            (lookupTimes.milliseconds.max() ?? 0).formatted]
            for screen in screens {
                var state = fresh
                for key in screen.keys { state.handle(key) }
                _ = AppView.render(state)
                let times = Benchmark.time(repeats: frames) {
                    if let step = screen.step { state.handle(step) }
                    return AppView.render(state).cells.count
                }
                checksum &+= times.checksum
                medianRow.append(Benchmark.median(times.milliseconds).formatted)
                worstRow.append((times.milliseconds.max() ?? 0).formatted)
            }
            medians.add(medianRow)
            worst.add(worstRow)
        }

        print("")
        print("Interface at \(size): first frame = read + evaluate + state + first drawn frame, best of \(options.repeats);")
        print("lookup = building the map screens' index (done once, on the first frame that needs it).")
        print("Screen columns: milliseconds to draw one full frame, median of \(frames); columns with an arrow")
        print("press that key before each frame (a new item each time, its details drawn for the first time):")
        print(medians.render())
        print("")
        print("Worst frame (and slowest first frame / lookup) of the same runs:")
        print(worst.render())
        print("render checksum \(checksum)")
    }

    /// From the file to the first frame, as `resmap FILE` does it.
    static func firstFrame(path: String) throws -> ScreenBuffer {
        guard case .success(let map) = MapFile.read(path: path) else { throw BenchmarkError.loadFailed(path) }
        let state = AppState(map: map, fileName: path, today: Bench.today, size: size)
        return AppView.render(state)
    }

    /// The sample maps beside this source file's package, when they are there.
    static func samples() -> [(name: String, path: String)] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return ["acme-saas.yaml", "northwind-multi-region.yaml"].compactMap { name in
            let path = root.appendingPathComponent("Samples/\(name)").path
            return FileManager.default.fileExists(atPath: path) ? (name, path) : nil
        }
    }
}

