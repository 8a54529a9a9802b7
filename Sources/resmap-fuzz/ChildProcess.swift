#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A worker started from this same binary, telling its parent on a pipe (its fd 3) which input
/// it begins and ends, so the parent knows exactly which input was running when it died, hung
/// or grew too large. Its stdout and stderr go to a log file for the report.
struct ChildProcess {
    /// The worker's descriptor for progress lines.
    static let progressDescriptor: Int32 = 3

    let pid: pid_t
    private let progress: Int32
    private var buffer: [UInt8] = []
    private(set) var closed = false

    struct SpawnFailure: Error, CustomStringConvertible {
        var description: String
    }

    init(executable: String, arguments: [String], log: String) throws {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw SpawnFailure(description: "cannot make a pipe: \(String(cString: strerror(errno)))") }
        _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
        #if canImport(Glibc)
        var actions = posix_spawn_file_actions_t()
        #else
        var actions: posix_spawn_file_actions_t?
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        posix_spawn_file_actions_adddup2(&actions, fds[1], Self.progressDescriptor)  // dup2 clears close-on-exec

        // A crashing worker dies at once: Swift's backtracer would keep it alive for seconds
        // (and look like a hang); `--reproduce` shows the backtrace instead.
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        let argv = ([executable] + arguments).map { strdup($0) }
        let envp = environment.map { strdup("\($0.key)=\($0.value)") }
        defer { (argv + envp).forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv + [nil], envp + [nil])
        close(fds[1])
        guard spawned == 0 else {
            close(fds[0])
            throw SpawnFailure(description: "cannot start \(executable): \(String(cString: strerror(spawned)))")
        }
        self.pid = pid
        self.progress = fds[0]
    }

    /// The complete lines that arrived within `milliseconds`; sets `closed` when the worker's end
    /// of the pipe is gone (it exited or died).
    mutating func lines(waiting milliseconds: Int32) -> [String] {
        guard !closed else { return [] }
        var poller = pollfd(fd: progress, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, milliseconds) > 0 else { return [] }
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let count = read(progress, &chunk, chunk.count)
        if count <= 0 {
            if count == 0 || errno != EINTR { closed = true }
            return []
        }
        buffer += chunk.prefix(count)
        var lines: [String] = []
        while let end = buffer.firstIndex(of: 0x0A) {
            lines.append(String(decoding: buffer[..<end], as: UTF8.self))
            buffer.removeSubrange(...end)
        }
        return lines
    }

    /// Resident memory now, in bytes (Linux: /proc/PID/statm); nil where it cannot be read.
    var residentBytes: Int? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/statm", encoding: .utf8) else { return nil }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    /// CPU time used so far, user and system, in seconds (Linux: /proc/PID/stat); nil where it
    /// cannot be read.
    var cpuSeconds: Double? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let end = text.lastIndex(of: ")") else { return nil }
        // After the command name in parentheses: state is field 3, utime 14 and stime 15.
        let fields = text[text.index(after: end)...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// Whether the worker is running or waiting for a CPU (state R), as opposed to asleep
    /// (waiting on a lock, a read, a timer); nil where it cannot be read.
    var isRunnable: Bool? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let end = text.lastIndex(of: ")") else { return nil }
        return text[text.index(after: end)...].split(separator: " ").first == "R"
    }

    func kill() {
        #if canImport(Glibc)
        _ = Glibc.kill(pid, SIGKILL)
        #else
        _ = Darwin.kill(pid, SIGKILL)
        #endif
    }

    /// Waits for the worker to end and says how: nil for a clean exit 0, else a description.
    mutating func wait() -> String? {
        close(progress)
        closed = true
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return "lost the worker (waitpid: \(String(cString: strerror(errno))))" }
        }
        let signal = status & 0x7F
        if signal != 0 { return "killed by signal \(signal) (\(Self.signalName(signal)))" }
        let code = (status >> 8) & 0xFF
        return code == 0 ? nil : "exited with status \(code)"
    }

    static func signalName(_ number: Int32) -> String {
        switch number {
        case SIGILL: return "SIGILL: a Swift runtime trap, such as a failed precondition or an index out of range"
        case SIGTRAP: return "SIGTRAP: a Swift runtime trap"
        case SIGABRT: return "SIGABRT"
        case SIGSEGV: return "SIGSEGV"
        case SIGBUS: return "SIGBUS"
        case SIGFPE: return "SIGFPE"
        case SIGKILL: return "SIGKILL"
        default: return "signal \(number)"
        }
    }
}
