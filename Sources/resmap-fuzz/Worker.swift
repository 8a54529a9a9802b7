#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import Foundation
import FuzzSupport
import ResidencyModel

/// The child side: checks the inputs of one batch folder (`0.yaml`, `1.yaml`, ...) in order,
/// writing `B i` before input i, `F i text` for each rule it broke and `E i outcome` after it to
/// the progress pipe. Whatever kills it between `B i` and `E i` was input i's doing.
enum Worker {
    /// A bug planted on purpose (`--plant`), to show the runner catches each kind of failure.
    enum Plant: String, CaseIterable, ExpressibleByArgument {
        case crash, hang, stall, memory
    }

    /// The line `--plant` adds to one input; only inputs holding it trip the planted bug.
    static let plantMarker = Array("\n# resmap-fuzz: planted\n".utf8)

    static func run(folder: String, first: Int, count: Int, plant: Plant?) {
        // The catalogue and the evaluator's first use cost time once; pay it before the first
        // input's clock starts.
        _ = InputCheck().check(map: MapGenerator(seed: 1).map(systems: 3))
        send("R")
        let check = InputCheck()
        for index in first..<max(first, count) {
            send("B \(index)")
            let path = "\(folder)/\(index).yaml"
            if let plant { trip(plant, path: path) }
            let result = check.check(fileAt: path)
            for violation in result.violations {
                send("F \(index) " + violation.replacingOccurrences(of: "\n", with: " "))
            }
            send("E \(index) \(result.outcome.rawValue)")
        }
    }

    static func trip(_ plant: Plant, path: String) {
        guard let bytes = FileManager.default.contents(atPath: path),
              bytes.range(of: Data(plantMarker)) != nil else { return }
        switch plant {
        case .crash:
            let none: [Int] = []
            _ = none[bytes.count]  // index out of range: a Swift runtime trap
        case .hang:
            var spins = 0
            while spins >= 0 { spins &+= 1 }
        case .stall:
            while true { sleep(60) }  // asleep, using no CPU: a deadlock's shape
        case .memory:
            var held: [[UInt8]] = []
            while held.count < 1_000 { held.append([UInt8](repeating: 1, count: 16 * 1_048_576)) }
        }
    }

    private static func send(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(ChildProcess.progressDescriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                exit(3)  // the parent is gone
            }
            written += count
        }
    }
}
