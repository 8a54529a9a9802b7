import Foundation
import ResidencyModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What every measurement gets: one generated map, its canonical YAML text, and the file it was
/// written to. Built once per size, outside any timing.
struct BenchmarkInput: Sendable {
    let systems: Int
    let map: ResidencyMap
    let yaml: String
    let path: String
    /// `map` as read back from `path`.
    let loadedMap: ResidencyMap
}

/// One row of the benchmark: a name and the work to time. To add a row (export, render, ...),
/// append a `Measurement` to `Measurements.all` in its own file; the table picks it up.
struct Measurement: Sendable {
    /// Column heading, short: "load", "evaluate".
    let name: String
    /// Optional: the name of another measurement this one is compared with, printed as a ratio
    /// ("load ÷ yams").
    var comparedWith: String? = nil
    /// Skip maps larger than this (shown as "-"), for rows too slow to repeat on big maps.
    var maxSystems: Int? = nil
    /// The work. Return something derived from the result so the optimizer cannot drop it.
    let run: @Sendable (BenchmarkInput) throws -> Int
}

/// Timing and memory helpers.
enum Benchmark {
    /// Runs `body` `repeats` times and returns every duration in milliseconds, and the last
    /// result's checksum.
    static func time(repeats: Int, _ body: () throws -> Int) rethrows -> (milliseconds: [Double], checksum: Int) {
        let clock = ContinuousClock()
        var times: [Double] = []
        var checksum = 0
        for _ in 0..<max(1, repeats) {
            var value = 0
            let duration = try clock.measure { value = try body() }
            checksum &+= value
            times.append(milliseconds(duration))
        }
        return (times, checksum)
    }

    static func milliseconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) * 1_000 + Double(parts.attoseconds) / 1e15
    }

    /// The process's peak resident memory so far, in megabytes (getrusage `ru_maxrss`, which
    /// Linux reports in kilobytes and macOS in bytes).
    static func peakMemoryMegabytes() -> Double {
        var usage = rusage()
        #if os(Linux)
        let who = Int32(RUSAGE_SELF.rawValue)
        #else
        let who = RUSAGE_SELF
        #endif
        guard getrusage(who, &usage) == 0 else { return 0 }
        #if os(macOS)
        return Double(usage.ru_maxrss) / 1_048_576
        #else
        return Double(usage.ru_maxrss) / 1_024
        #endif
    }

    /// Resets the process's peak resident memory (Linux: "5" to /proc/self/clear_refs), so
    /// `peakSinceReset` measures one row. False where that is not possible.
    static func resetPeakMemory() -> Bool {
        #if os(Linux)
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        return (try? handle.write(contentsOf: Data("5".utf8))) != nil
        #else
        return false
        #endif
    }

    /// The peak resident memory since `resetPeakMemory`, in megabytes (VmHWM in /proc/self/status).
    static func peakSinceReset() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = line.split(separator: " ").compactMap({ Double($0) }).first else { return peakMemoryMegabytes() }
        return kilobytes / 1_024
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }
}

/// A plain text table, right-aligned numbers.
struct BenchmarkTable {
    var headings: [String]
    var rows: [[String]] = []

    init(headings: [String]) {
        self.headings = headings
    }

    mutating func add(_ row: [String]) { rows.append(row) }

    func render() -> String {
        let widths = headings.indices.map { column in
            ([headings[column]] + rows.map { column < $0.count ? $0[column] : "" }).map(\.count).max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: max(0, widths[column] - cell.count))
                return column == 0 ? cell + pad : pad + cell
            }.joined(separator: "  ")
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(headings), rule] + rows.map(line)).joined(separator: "\n")
    }
}

extension Double {
    /// "12.3" with one decimal, or "0.04" below one.
    var formatted: String {
        self < 1 ? String(format: "%.2f", self) : String(format: "%.1f", self)
    }
}
