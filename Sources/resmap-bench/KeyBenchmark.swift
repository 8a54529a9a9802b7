import Foundation
import ResidencyModel
import ResidencyTUI

/// Key handling end to end, as the terminal session does it: the key's update, the frame, and
/// the diff against the frame before drawn into a buffer standing for the terminal. The issue's
/// budget: under 2 ms for a Down key on Systems at 200 x 60, the same at 100 and 50,000 systems.
///
/// The first key after a map is evaluated builds the per-element breach counts (once per
/// evaluation, see `ElementBreaches`); it is shown apart from the keys after it.
enum KeyBenchmark {
    static let keys: [(name: String, setup: [Key], key: Key)] = [
        ("systems ↓", [.character("2")], .down),
        ("systems ↑", [.character("2"), .end], .up),
        ("access ↓", [.character("3")], .down),
        ("by system ↓", [.character("3"), .character("v")], .down),
    ]

    static let presses = 100

    static func run(_ options: BenchOptions) throws {
        var sources: [(name: String, systems: Int, map: ResidencyMap)] = []
        for sample in RenderBenchmark.samples() {
            guard case .success(let map) = MapFile.read(path: sample.path) else { throw BenchmarkError.loadFailed(sample.path) }
            sources.append((sample.name, map.systems.count, map))
        }
        for count in options.sizes {
            sources.append(("generated \(count)", count, MapGenerator(seed: options.seed, placement: options.placement).map(systems: count)))
        }
        var headings = ["map", "systems"]
        for key in keys { headings += ["\(key.name) first", "\(key.name)", "worst", "cells"] }
        var table = BenchmarkTable(headings: headings)
        var checksum = 0
        for source in sources {
            var row = [source.name, "\(source.systems)"]
            for key in keys {
                var state = AppState(map: source.map, fileName: source.name, today: Bench.today, size: RenderBenchmark.size)
                for setup in key.setup { state.handle(setup) }
                var terminal = AppView.render(state)
                var cells = 0
                func press() -> Int {
                    state.handle(key.key)
                    let frame = AppView.render(state)
                    let diff = FrameDiff(from: terminal, to: frame)
                    terminal.apply(diff, from: frame)
                    cells += diff.cellCount
                    return diff.runs.count
                }
                let first = Benchmark.time(repeats: 1) { press() }
                cells = 0
                let times = Benchmark.time(repeats: presses) { press() }
                checksum &+= first.checksum &+ times.checksum
                row += [(first.milliseconds.first ?? 0).formatted, Benchmark.median(times.milliseconds).formatted,
                        (times.milliseconds.max() ?? 0).formatted, "\(cells / presses)"]
            }
            table.add(row)
        }
        print("")
        print("Keys at \(RenderBenchmark.size): milliseconds from the key to the terminal buffer (update, frame, diff")
        print("applied); first = the first key after evaluating, then the median and worst of \(presses) more;")
        print("cells = cells the diff redraws per key, on average:")
        print(table.render())
        print("keys checksum \(checksum)")
        try paneQueries(sources.map { ($0.name, $0.map) })
    }

    /// The part of a Down key on Systems that this work changed, old and new side by side in one
    /// process: the selected system's breaches as the pane asked before (every claim asked, every
    /// breach worded) and as it asks now (the per-element counts, the first fifty worded); and
    /// building those counts, once per evaluation.
    static func paneQueries(_ sources: [(name: String, map: ResidencyMap)]) throws {
        var table = BenchmarkTable(headings: ["map", "evaluate", "counts built", "every claim asked", "counts read", "breaches listed"])
        var checksum = 0
        for source in sources {
            let ids = source.map.systems.prefix(presses).map(\.id)
            var evaluation = ResidencyEvaluator(today: Bench.today).evaluate(source.map)
            let evaluate = Benchmark.time(repeats: 3) {
                evaluation = ResidencyEvaluator(today: Bench.today).evaluate(source.map)
                return evaluation.claims.count
            }
            _ = evaluation.claims.map(\.openBreachCount) // the digests the first frame builds anyway
            let built = Benchmark.time(repeats: 1) { evaluation.breaches(involvingSystem: ids.first ?? "", first: 50).count }
            var old: [Double] = []
            var new: [Double] = []
            var listed = 0
            for id in ids {
                // Interleaved, so both see the same machine.
                old += Benchmark.time(repeats: 1) { evaluation.breaches(involvingSystem: id).count }.milliseconds
                let now = Benchmark.time(repeats: 1) { evaluation.breaches(involvingSystem: id, first: 50).count }
                new += now.milliseconds
                listed += now.checksum
            }
            checksum &+= built.checksum &+ listed
            table.add([source.name, Benchmark.median(evaluate.milliseconds).formatted, (built.milliseconds.first ?? 0).formatted,
                       Benchmark.median(old).formatted, Benchmark.median(new).formatted, "\(listed / max(1, ids.count))"])
        }
        print("")
        print("A system's breaches for its details pane, milliseconds (median over the first \(presses) systems);")
        print("counts built = once per evaluation, on the first pane that asks; breaches listed = shown per pane:")
        print(table.render())
        print("pane checksum \(checksum)")
    }
}
