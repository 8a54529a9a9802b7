import Foundation
import ResidencyModel

/// resmap-bench: generates maps of several sizes, writes each to a temporary file, and times
/// loading, evaluating and saving it beside Yams parsing the same text. Run it in release:
///
///     swift run -c release resmap-bench [--sizes 100,1000,10000,50000] [--repeats 5] [--seed 1]
///
/// Times are milliseconds: the best of the repeats, and the median. See docs/performance.md.
enum Bench {
    /// A fixed day, so exception and review findings are the same on every run.
    static let today = ISODate(year: 2026, month: 11, day: 1) ?? ISODate(dayNumber: 0)
}

struct BenchOptions {
    var sizes = [100, 1_000, 10_000, 50_000]
    var repeats = 5
    var seed: UInt64 = 1
    /// Where the generated maps put systems and people (`MapGenerator.Placement`).
    var placement = MapGenerator.Placement.regional
    /// The rows to time (by name); nil times every row of `Measurements.all`.
    var rows: Set<String>?
    /// Whether to time the interface's screens after the table.
    var interface = true
    /// Whether to time only the keys (and none of the table or the screens).
    var keysOnly = false
    /// Whether to time the editor: commits, keypresses in forms and pickers, saves.
    var editing = true
    /// Whether to time the commands as they run (`CommandBenchmark`).
    var commands = true
    /// A folder to keep the generated maps in (`map-SIZE.yaml`), to run the commands on them.
    var keepMaps: String?
    var showHelp = false

    static let usage = """
        usage: resmap-bench [--sizes 100,1000,10000,50000] [--repeats 5] [--seed 1] [--map regional|worldwide] [--rows NAMES] [--interface yes|no|keys] [--editing yes|no] [--commands yes|no] [--keep-maps DIR]

          --sizes      map sizes, in systems, separated by commas
          --repeats    timed runs per row (after one untimed warm-up)
          --seed       the generator's seed
          --map        regional (each offering's stack mostly in its region; the default) or
                       worldwide (systems and people anywhere: the worst case for breach lists)
          --rows       only these rows, by name, separated by commas (\(Measurements.all.map(\.name).joined(separator: ", ")))
          --interface  also time the interface's screens and keys (yes by default); keys: only the keys
          --editing    also time the editor: commits, keys in forms and pickers, saves (yes by default)
          --commands   also time check and JSON export as the commands write them (yes by default)
          --keep-maps  keep the generated maps in this folder, as map-SIZE.yaml
        """

    init(arguments: [String]) throws {
        var rest = arguments.dropFirst()
        while let flag = rest.popFirst() {
            if flag == "--help" || flag == "-h" {
                showHelp = true
                continue
            }
            guard let value = rest.popFirst() else { throw OptionError("\(flag) needs a value") }
            switch flag {
            case "--sizes":
                let parsed = value.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
                guard !parsed.isEmpty, parsed.count == value.split(separator: ",").count, parsed.allSatisfy({ $0 > 0 }) else {
                    throw OptionError("--sizes takes positive numbers separated by commas, not \(value)")
                }
                sizes = parsed
            case "--repeats":
                guard let n = Int(value), n > 0 else { throw OptionError("--repeats takes a positive number, not \(value)") }
                repeats = n
            case "--seed":
                guard let n = UInt64(value) else { throw OptionError("--seed takes a whole number, not \(value)") }
                seed = n
            case "--rows":
                let names = Set(value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
                let known = Set(Measurements.all.map(\.name))
                guard names.isSubset(of: known) else {
                    let unknown = names.subtracting(known).sorted().joined(separator: ", ")
                    throw OptionError("--rows: no row named \(unknown); the rows are \(Measurements.all.map(\.name).joined(separator: ", "))")
                }
                rows = names
            case "--map":
                guard let placement = MapGenerator.Placement(rawValue: value) else {
                    throw OptionError("--map takes regional or worldwide, not \(value)")
                }
                self.placement = placement
            case "--interface":
                guard ["yes", "no", "keys"].contains(value) else { throw OptionError("--interface takes yes, no or keys, not \(value)") }
                interface = value != "no"
                keysOnly = value == "keys"
            case "--commands":
                guard value == "yes" || value == "no" else { throw OptionError("--commands takes yes or no, not \(value)") }
                commands = value == "yes"
            case "--keep-maps":
                keepMaps = value
            case "--editing":
                guard value == "yes" || value == "no" else { throw OptionError("--editing takes yes or no, not \(value)") }
                editing = value == "yes"
            default:
                throw OptionError("unknown option \(flag); see --help")
            }
        }
    }
}

struct OptionError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

func runBenchmark(_ options: BenchOptions) throws {
    let measurements = Measurements.all.filter { options.rows?.contains($0.name) ?? true }
    var headings = ["systems", "file KB"]
    for measurement in measurements {
        headings.append("\(measurement.name) ms")
        if let base = measurement.comparedWith { headings.append("\(measurement.name)÷\(base)") }
    }
    headings += ["eval µs/system", "peak MB"]
    var best = BenchmarkTable(headings: headings)
    // Per system, so a row that stops being linear stands out as its figure grows with the size.
    var perSystem = BenchmarkTable(headings: ["systems"] + measurements.map { "\($0.name) µs" })
    var medians = BenchmarkTable(headings: headings)
    var checksum = 0

    let folder = options.keepMaps.map { URL(fileURLWithPath: $0) }
        ?? FileManager.default.temporaryDirectory.appendingPathComponent("resmap-bench-\(ProcessInfo.processInfo.processIdentifier)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { if options.keepMaps == nil { try? FileManager.default.removeItem(at: folder) } }

    for size in options.sizes {
        let map = MapGenerator(seed: options.seed, placement: options.placement).map(systems: size)
        let path = folder.appendingPathComponent("map-\(size).yaml").path
        try MapFile.write(map, to: path)
        let yaml = try String(contentsOfFile: path, encoding: .utf8)
        guard case .success(let loaded) = MapFile.read(path: path) else { throw BenchmarkError.loadFailed(path) }
        let input = BenchmarkInput(systems: size, map: map, yaml: yaml, path: path, loadedMap: loaded)

        var bestTimes: [String: Double] = [:]
        var medianTimes: [String: Double] = [:]
        for measurement in measurements {
            if let limit = measurement.maxSystems, size > limit { continue }
            _ = try measurement.run(input) // warm up: first-touch allocations and lazy tables
            let (times, sum) = try Benchmark.time(repeats: options.repeats) { try measurement.run(input) }
            bestTimes[measurement.name] = times.min() ?? 0
            medianTimes[measurement.name] = Benchmark.median(times)
            checksum &+= sum
        }
        let peak = Benchmark.peakMemoryMegabytes()
        for (table, times) in [(0, bestTimes), (1, medianTimes)] {
            var row = ["\(size)", (Double(yaml.utf8.count) / 1_024).formatted]
            for measurement in measurements {
                guard let time = times[measurement.name] else {
                    row.append("-")
                    if measurement.comparedWith != nil { row.append("-") }
                    continue
                }
                row.append(time.formatted)
                if let base = measurement.comparedWith {
                    let baseTime = times[base] ?? 0
                    row.append(baseTime > 0 ? String(format: "%.2f×", time / baseTime) : "-")
                }
            }
            row.append(times["evaluate"].map { ($0 * 1_000 / Double(size)).formatted } ?? "-")
            row.append(peak.formatted)
            if table == 0 { best.add(row) } else { medians.add(row) }
        }
        perSystem.add(["\(size)"] + measurements.map { measurement in
            medianTimes[measurement.name].map { ($0 * 1_000 / Double(size)).formatted } ?? "-"
        })
        let claims = ResidencyEvaluator(today: Bench.today).evaluate(map).claims
        let tally = Verdict.allCases.map { verdict in "\(claims.filter { $0.verdict == verdict }.count) \(verdict.label)" }
        // What the claims' full lists would hold, counted without building them.
        let open = claims.reduce(0) { $0 + $1.openBreachCount }
        let covered = claims.reduce(0) { $0 + $1.coveredBreachCount }
        let uncertain = claims.reduce(0) { $0 + $1.uncertaintyCount }
        print("\(size) systems (\(options.placement.rawValue)): \(map.roles.count) roles, \(map.flows.count) flows, \(map.copies.count) copies, "
            + "\(map.claims.count) claims (\(tally.joined(separator: ", "))), \(map.exceptions.count) exceptions; "
            + "\(open) open and \(covered) covered breaches, \(uncertain) things not confirmed")
    }

    print("")
    print("Best of \(options.repeats) (milliseconds):")
    print(best.render())
    print("")
    print("Median of \(options.repeats) (milliseconds):")
    print(medians.render())
    print("")
    print("Median per system (microseconds): flat down a column while a row grows linearly:")
    print(perSystem.render())
    print("")
    print("peak MB is the process's peak resident memory after that size (getrusage ru_maxrss).")
    print("checksum \(checksum)")
}

do {
    let options = try BenchOptions(arguments: CommandLine.arguments)
    if options.showHelp {
        print(BenchOptions.usage)
        exit(0)
    }
    if options.keysOnly {
        try KeyBenchmark.run(options)
        exit(0)
    }
    try runBenchmark(options)
    if options.commands { CommandBenchmark.run(options) }
    if options.interface {
        try RenderBenchmark.run(options)
        try KeyBenchmark.run(options)
    }
    if options.editing { try EditingBenchmark.run(options) }
} catch {
    FileHandle.standardError.write(Data("resmap-bench: error: \(error)\n".utf8))
    exit(1)
}
