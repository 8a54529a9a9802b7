#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FuzzSupport
import ResidencyModel

/// The child side: checks the inputs of one batch folder (`0.yaml`, `1.yaml`, ...) in order,
/// writing `B i` before input i, `F i text` for each rule it broke and `E i outcome` after it to
/// the progress pipe. Whatever kills it between `B i` and `E i` was input i's doing.
enum Worker {
    static func run(folder: String, first: Int, count: Int) {
        // The catalogue and the evaluator's first use cost time once; pay it before the first
        // input's clock starts.
        _ = InputCheck().check(map: MapGenerator(seed: 1).map(systems: 3))
        send("R")
        let check = InputCheck()
        for index in first..<max(first, count) {
            send("B \(index)")
            let result = check.check(fileAt: "\(folder)/\(index).yaml")
            for violation in result.violations {
                send("F \(index) " + violation.replacingOccurrences(of: "\n", with: " "))
            }
            send("E \(index) \(result.outcome.rawValue)")
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
