#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import Foundation
import FuzzSupport
import ResidencyModel

/// resmap-fuzz: a seeded mutation fuzzer for the loader, the evaluator and the exporters.
/// docs/fuzzing.md says what it checks and how to turn what it finds into a regression test.
@main
struct FuzzCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resmap-fuzz",
        abstract: "Fuzz the map loader, the evaluator and the exporters with mutated map files.",
        discussion: """
            Starts from the samples, the test fixtures, the regression inputs and generated maps, \
            and checks each mutant in a worker process: a crash, an input running past --timeout, \
            a worker past --memory-mb or a broken rule (docs/fuzzing.md) is saved to --crashes with \
            a report and the command that reproduces it, and the exit status is 1. The same --seed \
            makes the same inputs. Exit 0: no failure; 2: the fuzzer itself could not run.
            """
    )

    @Option(help: "How long to fuzz, in seconds.")
    var seconds: Double = 60

    @Option(help: "The seed: the same seed makes the same inputs in the same order.")
    var seed: UInt64 = 1

    @Option(name: .customLong("corpus"), help: "A folder of seed map files (.yaml, .yml); repeat for more. Default: the package's samples, fixtures and regression inputs.")
    var corpus: [String] = []

    @Option(help: "Where failing inputs and their reports are written.")
    var crashes = "fuzz-crashes"

    @Option(help: "Seconds of CPU time one input may use before it counts as a hang (and six times as long, at least 30 s, of wall-clock time).")
    var timeout: Double = 10

    @Option(name: .customLong("memory-mb"), help: "Resident memory (MB) a worker may reach before the input counts as a blow-up.")
    var memoryMB = 1_024

    @Option(help: "Inputs per worker process.")
    var batch = 50

    @Option(help: "Stop after this many inputs (with --seconds, whichever comes first).")
    var inputs: Int?

    @Option(parsing: .upToNextOption, help: "Check these files here, in this process (a crash or hang shows as itself), and print what happened.")
    var reproduce: [String] = []

    @Option(help: "Plant a bug (crash, hang, stall or memory) in one early input, to see the fuzzer catch it.")
    var plant: Worker.Plant?

    @Option(help: .hidden) var worker: String?
    @Option(help: .hidden) var first = 0
    @Option(help: .hidden) var count = 0

    func run() throws {
        if let worker {
            Worker.run(folder: worker, first: first, count: count, plant: plant)
            return
        }
        if !reproduce.isEmpty {
            throw ExitCode(Self.reproduce(reproduce, plant: plant))
        }
        guard seconds > 0, timeout > 0, memoryMB > 0, batch > 0 else {
            throw ValidationError("--seconds, --timeout, --memory-mb and --batch must be positive")
        }
        var campaign = try Campaign(options: Campaign.Options(
            seconds: seconds, seed: seed, corpusDirectories: corpus.isEmpty ? SeedCorpus.defaultDirectories : corpus,
            crashFolder: crashes, timeoutSeconds: timeout, memoryLimitMB: memoryMB, batchSize: batch, maximumInputs: inputs, plant: plant))
        let status = campaign.run()
        if status != 0 { throw ExitCode(status) }
    }

    /// Checks each file in this process and prints the outcome, the first diagnostics and every
    /// broken rule; 1 when a rule broke.
    static func reproduce(_ paths: [String], plant: Worker.Plant?) -> Int32 {
        var status: Int32 = 0
        for path in paths {
            let started = Date()
            if let plant { Worker.trip(plant, path: path) }
            let result = InputCheck().check(fileAt: path)
            var usage = rusage()
            #if canImport(Glibc)
            getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
            #else
            getrusage(RUSAGE_SELF, &usage)
            #endif
            say("\(TerminalText.sanitize(path)): \(result.outcome.rawValue) in \(String(format: "%.2f", Date().timeIntervalSince(started))) s, "
                  + "peak memory \(usage.ru_maxrss / 1024) MB")
            say("  " + result.stages.map { "\($0.name) \(String(format: "%.2f", $0.seconds)) s" }.joined(separator: ", "))
            if let reason = result.reason { say("  \(reason)") }
            for diagnostic in result.diagnostics.prefix(5) {
                say("  " + diagnostic.description.replacingOccurrences(of: "\n", with: "\n  "))
            }
            if result.diagnostics.count > 5 { say("  ... and \(result.diagnostics.count - 5) more") }
            for violation in result.violations {
                say("  BROKEN: \(violation)")
                status = 1
            }
        }
        return status
    }
}

/// One line to standard output, written at once: progress must show as it happens when the
/// output is a pipe (CI's tee), where print would hold it in a buffer.
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
