import Foundation
import FuzzSupport
import ResidencyModel

/// The parent side: makes inputs (the seed corpus as it is first, then mutants), hands them to
/// worker processes in batches, and watches each worker: a worker that dies, runs one input past
/// the timeout, or grows past the memory limit is stopped, the input it was on is run again alone
/// to confirm, and the rest of the batch goes to a fresh worker.
struct Campaign {
    struct Options {
        var seconds: Double
        var seed: UInt64
        var corpusDirectories: [String]
        var crashFolder: String
        var timeoutSeconds: Double
        var memoryLimitMB: Int
        var batchSize: Int
        var maximumInputs: Int?
        var plant: Worker.Plant?

        /// How long one input may keep the worker asleep (not running, not waiting for a CPU):
        /// an input that waits forever. Six times the CPU timeout, at least 30 s.
        var asleepLimitSeconds: Double { max(30, timeoutSeconds * 6) }
    }

    /// One input: where it came from and its bytes.
    struct Input {
        var iteration: Int
        var origin: String
        var bytes: [UInt8]
    }

    /// How a worker run ended.
    enum RunEnd {
        case finished
        /// The input at `index` (in the batch) crashed, hung or blew up the memory.
        case failed(index: Int, kind: FailureKind, detail: String)
        /// The worker itself would not start or died outside any input.
        case broken(String)
    }

    let options: Options
    let executable: String
    let work: String
    let corpus: [SeedCorpus.Entry]
    let mutator: Mutator
    var records: FailureRecords
    var outcomes: [String: Int] = [:]
    var inputsRun = 0
    /// The largest resident memory seen in a worker, in bytes.
    var peakResident = 0

    init(options: Options) throws {
        self.options = options
        executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        work = NSTemporaryDirectory() + "resmap-fuzz-\(getpid())"
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        corpus = SeedCorpus.files(in: options.corpusDirectories) + SeedCorpus.generated()
        mutator = Mutator(corpus: corpus.map(\.bytes))
        records = FailureRecords(folder: options.crashFolder, seed: options.seed, plant: options.plant)
    }

    /// Input `iteration` of this seed: the same bytes on every run, whatever the batch size.
    func input(_ iteration: Int) -> Input {
        var made = unplantedInput(iteration)
        if options.plant != nil, iteration == corpus.count + 3 {
            made.bytes += Worker.plantMarker
            made.origin += ", with the planted bug"
        }
        return made
    }

    private func unplantedInput(_ iteration: Int) -> Input {
        if iteration < corpus.count {
            return Input(iteration: iteration, origin: corpus[iteration].name, bytes: corpus[iteration].bytes)
        }
        var random = SeededRandom(seed: options.seed ^ (UInt64(iteration) &* 0x9E37_79B9_7F4A_7C15))
        // One in ten starts from a fresh generated map, so the evaluator and exporters see new
        // valid maps, not only the seeds.
        if random.percent(10) {
            let placement = random.pick(MapGenerator.Placement.allCases)
            let seed = random.next()
            let map = MapGenerator(seed: seed, placement: placement).map(systems: random.number(in: 0...60))
            if let yaml = try? MapFile.encode(map) {
                let origin = "generated \(placement.rawValue) seed \(seed), \(map.systems.count) systems"
                let mutated = random.percent(50)
                return Input(iteration: iteration, origin: origin + (mutated ? ", mutated" : ""),
                             bytes: mutated ? mutator.mutate(Array(yaml.utf8), &random) : Array(yaml.utf8))
            }
        }
        let base = corpus[random.below(corpus.count)]
        return Input(iteration: iteration, origin: "\(base.name), mutated", bytes: mutator.mutate(base.bytes, &random))
    }

    mutating func run() -> Int32 {
        guard !corpus.isEmpty else {
            say("resmap-fuzz: no seed files found in \(options.corpusDirectories.joined(separator: ", "))")
            return 2
        }
        defer { try? FileManager.default.removeItem(atPath: work) }
        say("resmap-fuzz: seed \(options.seed), \(corpus.count) seed files, \(Int(options.seconds)) s, "
              + "timeout \(options.timeoutSeconds) s per input, memory limit \(options.memoryLimitMB) MB")
        let started = Date()
        var lastReport = started
        var next = 0
        while Date().timeIntervalSince(started) < options.seconds {
            let count = min(options.batchSize, (options.maximumInputs ?? Int.max) - next)
            guard count > 0 else { break }
            let batch = (next..<(next + count)).map(input)
            next += count
            if case .broken(let reason) = runBatch(batch) {
                say("resmap-fuzz: the worker is broken: \(reason)")
                return 2
            }
            if Date().timeIntervalSince(lastReport) >= 10 {
                lastReport = Date()
                printProgress(since: started)
            }
        }
        printProgress(since: started)
        if records.count == 0 {
            say("resmap-fuzz: no failure")
            return 0
        }
        say("resmap-fuzz: \(records.count) failure(s), \(records.saved) distinct, saved with reports in \(options.crashFolder)")
        return 1
    }

    private func printProgress(since started: Date) {
        let elapsed = max(0.001, Date().timeIntervalSince(started))
        let shares = (CheckResult.Outcome.allCases.map(\.rawValue) + ["crash", "hang", "memory"])
            .compactMap { name in outcomes[name].map { "\($0) \(name)" } }
        say("resmap-fuzz: \(inputsRun) inputs in \(Int(elapsed)) s (\(Int(Double(inputsRun) / elapsed))/s): "
              + shares.joined(separator: ", ") + "; worker memory up to \(peakResident / 1_048_576) MB; \(records.count) failure(s)")
    }

    /// Runs a batch in workers until every input has run; a failed input is confirmed alone and
    /// the inputs after it go to a fresh worker.
    private mutating func runBatch(_ batch: [Input]) -> RunEnd {
        let folder = work + "/batch"
        try? FileManager.default.removeItem(atPath: folder)
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (index, input) in batch.enumerated() {
            _ = FileManager.default.createFile(atPath: "\(folder)/\(index).yaml", contents: Data(input.bytes))
        }
        var first = 0
        while first < batch.count {
            switch runWorker(folder: folder, first: first, count: batch.count, batch: batch) {
            case .finished:
                return .finished
            case .broken(let reason):
                return .broken(reason)
            case .failed(let index, let kind, let detail):
                inputsRun += 1
                outcomes[kind.rawValue, default: 0] += 1
                confirm(batch[index], kind: kind, detail: detail, log: work + "/worker.log")
                first = index + 1
            }
        }
        return .finished
    }

    /// Runs `input` alone in a fresh worker; records it as a failure when it fails again (a crash
    /// is recorded either way: even one that needs the inputs before it is a bug).
    private mutating func confirm(_ input: Input, kind: FailureKind, detail: String, log: String) {
        let firstLog = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        let folder = work + "/alone"
        try? FileManager.default.removeItem(atPath: folder)
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: folder + "/0.yaml", contents: Data(input.bytes))
        let again = runWorker(folder: folder, first: 0, count: 1, batch: [input], recording: false)
        let againLog = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        switch again {
        case .failed(_, let kindAgain, let detailAgain):
            records.add(input, kind: kindAgain, detail: detailAgain, log: againLog, note: nil)
        case .finished, .broken:
            if kind == .crash {
                records.add(input, kind: kind, detail: detail, log: firstLog,
                            note: "it did not crash when run alone: the inputs before it in its batch may matter")
            } else {
                say("resmap-fuzz: input \(input.iteration) (\(input.origin)) \(kind.rawValue): \(detail), "
                      + "but not when run again alone; a busy machine? Not counted.")
            }
        }
    }

    /// One worker over `batch[first..<count]`, watched: the timeout per input, the memory limit.
    private mutating func runWorker(folder: String, first: Int, count: Int, batch: [Input], recording: Bool = true) -> RunEnd {
        let log = work + "/worker.log"
        var child: ChildProcess
        do {
            child = try ChildProcess(executable: executable,
                                     arguments: ["--worker", folder, "--first", "\(first)", "--count", "\(count)"]
                                         + (options.plant.map { ["--plant", $0.rawValue] } ?? []), log: log)
        } catch {
            return .broken("\(error)")
        }
        var current: Int?
        var began = Date()
        var cpuAtBegin = 0.0
        var asleep = 0.0
        var lastTick = Date()
        var ready = false
        let startedAt = Date()
        let limit = options.memoryLimitMB * 1_048_576
        while true {
            for line in child.lines(waiting: 20) {
                let parts = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
                guard let tag = parts.first else { continue }
                let index = parts.count > 1 ? Int(parts[1]) : nil
                switch tag {
                case "R": ready = true
                case "B":
                    current = index
                    began = Date()
                    cpuAtBegin = child.cpuSeconds ?? 0
                    asleep = 0
                case "F":
                    if recording, let index, index < batch.count {
                        records.add(batch[index], kind: .check, detail: parts.count > 2 ? parts[2] : "", log: "", note: nil)
                    }
                case "E":
                    current = nil
                    if recording {
                        inputsRun += 1
                        outcomes[parts.count > 2 ? parts[2] : "?", default: 0] += 1
                    }
                default: break
                }
            }
            if child.closed { break }
            // A hang is judged by the CPU time the input used, and by the time it kept the worker
            // asleep (a deadlock, a blocking read), never by the wall clock: on a machine busy
            // with other work a slow input waits for a CPU, which is neither.
            let now = Date()
            if current != nil, child.isRunnable == false { asleep += now.timeIntervalSince(lastTick) }
            lastTick = now
            if let index = current {
                let cpu = (child.cpuSeconds ?? cpuAtBegin) - cpuAtBegin
                if cpu > options.timeoutSeconds || asleep > options.asleepLimitSeconds {
                    child.kill()
                    _ = child.wait()
                    let detail = cpu > options.timeoutSeconds
                        ? "still running after \(options.timeoutSeconds) s of CPU time"
                        : "asleep for \(Int(asleep)) s without finishing (\(String(format: "%.1f", cpu)) s of CPU time, \(Int(now.timeIntervalSince(began))) s in all)"
                    return .failed(index: index, kind: .hang, detail: detail)
                }
            }
            let resident = child.residentBytes
            if recording, let resident { peakResident = max(peakResident, resident) }
            if let bytes = resident, bytes > limit {
                child.kill()
                _ = child.wait()
                guard let index = current else { return .broken("the worker passed the memory limit between inputs") }
                return .failed(index: index, kind: .memory, detail: "resident memory passed \(options.memoryLimitMB) MB")
            }
            if !ready, Date().timeIntervalSince(startedAt) > 120 {
                child.kill()
                _ = child.wait()
                return .broken("the worker did not start within 120 s")
            }
        }
        let status = child.wait()
        if let index = current {
            return .failed(index: index, kind: .crash, detail: status ?? "stopped in the middle of the input")
        }
        if let status {
            let log = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            return .broken("\(status) outside any input\n\(log.suffix(2_000))")
        }
        return .finished
    }
}
