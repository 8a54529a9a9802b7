import Foundation
import ResidencyModel

/// The command rows: `resmap check` (text and JSON, bounded and `--all`) and `resmap export
/// --format json` as the commands run them, after loading: evaluate, then write into a sink,
/// here one that only counts bytes (the commands' sink writes to standard output or a file
/// through a 64 KiB buffer). The budgets at 10,000 systems: under 200 MB peak for every
/// command, check text under 1 MB, export json under 1 s.
enum CommandBenchmark {
    /// A sink that counts what it is given and keeps nothing.
    final class CountingSink: TextSink {
        private(set) var bytes = 0
        func write(_ bytes: UnsafeRawBufferPointer) { self.bytes += bytes.count }
    }

    static let rows: [(name: String, write: @Sendable (ResidencyMap, TextSink) -> Void)] = [
        ("check", { map, sink in
            let evaluation = ResidencyEvaluator(today: Bench.today).evaluate(map)
            CheckTextReport().write(evaluation, map: map, fileName: "map.yaml", to: sink)
        }),
        ("check --all", { map, sink in
            let evaluation = ResidencyEvaluator(today: Bench.today).evaluate(map)
            CheckTextReport(limit: nil).write(evaluation, map: map, fileName: "map.yaml", to: sink)
        }),
        ("check json", { map, sink in
            let evaluation = ResidencyEvaluator(today: Bench.today).evaluate(map)
            CheckJSON.write(evaluation, map: map, fileName: "map.yaml", limit: CheckTextReport.defaultLimit, to: sink)
        }),
        ("check json --all", { map, sink in
            let evaluation = ResidencyEvaluator(today: Bench.today).evaluate(map)
            CheckJSON.write(evaluation, map: map, fileName: "map.yaml", to: sink)
        }),
        ("export json", { map, sink in
            JSONExporter(today: Bench.today).write(map, to: sink)
        }),
    ]

    static func run(_ options: BenchOptions) {
        var table = BenchmarkTable(headings: ["systems", "command", "best ms", "median ms", "output KB", "peak MB"])
        for size in options.sizes {
            let map = MapGenerator(seed: options.seed, placement: options.placement).map(systems: size)
            for row in rows {
                var output = 0
                row.write(map, CountingSink()) // warm up
                let resetWorked = Benchmark.resetPeakMemory()
                let (times, _) = Benchmark.time(repeats: options.repeats) {
                    let sink = CountingSink()
                    row.write(map, sink)
                    output = sink.bytes
                    return sink.bytes
                }
                let peak = resetWorked ? Benchmark.peakSinceReset() : Benchmark.peakMemoryMegabytes()
                table.add(["\(size)", row.name, (times.min() ?? 0).formatted, Benchmark.median(times).formatted,
                           (Double(output) / 1_024).formatted, peak.formatted])
            }
        }
        print("")
        print("Commands as they run, after loading (evaluate, then write into a byte-counting sink; \(options.repeats) repeats):")
        print(table.render())
        print("peak MB: the process's peak resident memory during the row (Linux: reset through /proc/self/clear_refs,")
        print("read as VmHWM), the generated map included; elsewhere the peak so far.")
    }
}
