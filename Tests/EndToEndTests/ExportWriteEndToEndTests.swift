#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import ResidencyModel
import Testing

/// `resmap export -o`: where the output goes, and that a SIGTERM during the write leaves no
/// temporary file behind.
@Suite("resmap export -o: writing the output")
struct ExportWriteEndToEndTests {
    private func withFolder(_ body: (String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("resmap-export-e2e-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try body(folder)
    }

    @Test("-o - and -o /dev/stdout write to standard output, as no -o does, and create no file")
    func standardOutput() throws {
        let sample = ResmapBinary.acmeSample.path
        let binary = try ResmapBinary.url()
        let plain = try Subprocess.run(binary, ["export", sample, "--today", "2026-01-15"])
        #expect(plain.status == 0)
        #expect(!plain.output.isEmpty)
        for output in ["-", "/dev/stdout"] {
            let result = try Subprocess.run(binary, ["export", sample, "--today", "2026-01-15", "-o", output])
            #expect(result.status == 0, "\(output): \(result.errors)")
            #expect(result.output == plain.output, "\(output)")
        }
        #expect(!FileManager.default.fileExists(atPath: FileManager.default.currentDirectoryPath + "/-"))
    }

    /// A first run exports to completion and is timed. Each later run is stopped with SIGTERM:
    /// three as soon as the output's temporary file is open (seen in /proc/PID/fd), two after
    /// delays near the end of a whole run. Whenever the signal lands, the folder holds the map and
    /// the output, whole (the old one or the new one), and no temporary file.
    @Test("SIGTERM during export -o leaves no temporary file and a whole output",
          .enabled(if: FileManager.default.fileExists(atPath: "/proc/self/fd")))
    func sigtermLeavesNoTemporaryFile() throws {
        let binary = try ResmapBinary.url()
        try withFolder { folder in
            let map = folder + "/map.yaml"
            try MapFile.write(MapGenerator(seed: 7).map(systems: 400), to: map)
            let output = folder + "/export.json"
            let arguments = ["export", map, "--format", "json", "--today", "2026-01-15", "-o", output]

            let started = Date()
            let first = try Self.spawn(binary, arguments)
            #expect(Self.wait(first) == 0)
            let whole = Date().timeIntervalSince(started)
            let expected = try #require(FileManager.default.contents(atPath: output))

            var caughtWriting = 0
            for delay in [nil, nil, nil, whole * 0.97, whole] as [Double?] {
                let pid = try Self.spawn(binary, arguments)
                let deadline = Date().addingTimeInterval(delay ?? max(30, whole * 10))
                var status: Int32?
                while Date() < deadline {
                    if delay == nil, Self.isWriting(pid, into: folder) {
                        caughtWriting += 1
                        break
                    }
                    var raw: Int32 = 0
                    if waitpid(pid, &raw, WNOHANG) == pid {
                        status = raw
                        break
                    }
                    usleep(100)
                }
                if status == nil {
                    kill(pid, SIGTERM)
                    _ = Self.wait(pid)
                }
                let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
                #expect(names == ["export.json", "map.yaml"], "after \(delay.map { "\($0) s" } ?? "the output opened"): \(names)")
                #expect(FileManager.default.contents(atPath: output) == expected)
            }
            // Timing, so not an assertion; the runs that wait for the open output normally see it.
            if caughtWriting == 0 { print("note: no SIGTERM landed while the output was open") }
        }
    }

    private static func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { return -1 }
        }
        return status
    }

    /// Whether the process has a file open in `folder` (the unnamed output shows as "folder/#N (deleted)").
    private static func isWriting(_ pid: pid_t, into folder: String) -> Bool {
        let fds = "/proc/\(pid)/fd"
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: fds) else { return false }
        for entry in entries {
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: fds + "/" + entry) else { continue }
            if target.hasPrefix(folder + "/"), !target.hasSuffix("/map.yaml") { return true }
        }
        return false
    }

    /// Starts the binary with output to /dev/null and every signal at its default action.
    private static func spawn(_ executable: URL, _ arguments: [String]) throws -> pid_t {
        try Subprocess.spawn(executable, arguments)
    }
}
