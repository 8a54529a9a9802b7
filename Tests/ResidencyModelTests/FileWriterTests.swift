import Foundation
import Testing
@testable import ResidencyModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one writer behind saving, `export -o` and `init`: atomic replacement, what it writes
/// straight to, links, owners, leftovers, create-only writes, and failures at every step.
@Suite("File format: the file writer")
struct FileWriterTests {
    struct Injected: Error {}

    /// A fresh folder for one test, removed at the end.
    private func withFolder(_ body: (String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("resmap-writer-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try body(folder)
    }

    private func entries(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    private func contents(_ path: String) -> Data? {
        FileManager.default.contents(atPath: path)
    }

    private func status(_ path: String) -> stat? {
        var info = stat()
        return lstat(path, &info) == 0 ? info : nil
    }

    private func writer(unnamed: Bool, failingAt failing: AtomicFileWriter.Step? = nil) -> AtomicFileWriter {
        var writer = AtomicFileWriter()
        writer.unnamedTemporaryFiles = unnamed
        if let failing {
            writer.injectFailure = { step, _ in if step == failing { throw Injected() } }
        }
        return writer
    }

    static let steps = AtomicFileWriter.Step.allCases
    static let original = Data("original contents\n".utf8)
    static let replacement = Data(String(repeating: "new contents ", count: 10_000).utf8)

    // MARK: Failures at each step

    @Test("a failure at any step leaves the original byte for byte and no temporary file",
          arguments: steps, [true, false])
    func failureLeavesOriginal(step: AtomicFileWriter.Step, unnamed: Bool) throws {
        try withFolder { folder in
            let path = folder + "/map.yaml"
            try Self.original.write(to: URL(fileURLWithPath: path))
            chmod(path, 0o640)
            #expect(throws: Injected.self) {
                try writer(unnamed: unnamed, failingAt: step).write(Self.replacement, to: path)
            }
            #expect(contents(path) == Self.original)
            #expect(status(path).map { $0.st_mode & 0o7777 } == 0o640)
            #expect(entries(folder) == ["map.yaml"])
        }
    }

    @Test("a failure at any step of a new file's write leaves no file at all", arguments: steps, [true, false])
    func failureLeavesNothing(step: AtomicFileWriter.Step, unnamed: Bool) throws {
        try withFolder { folder in
            #expect(throws: Injected.self) {
                try writer(unnamed: unnamed, failingAt: step).write(Self.replacement, to: folder + "/new.md")
            }
            #expect(throws: Injected.self) {
                try writer(unnamed: unnamed, failingAt: step).writeNew(Self.replacement, to: folder + "/new.yaml")
            }
            #expect(entries(folder) == [])
        }
    }

    @Test("the temporary file is unnamed until just before the rename, then named after its target")
    func temporaryNames() throws {
        try withFolder { folder in
            let path = folder + "/map.yaml"
            let seen = Recorder()
            var writer = AtomicFileWriter()
            writer.injectFailure = { step, temporary in seen.add(step, temporary) }
            try writer.write(Self.replacement, to: path)
            let names = seen.steps
            #expect(names.map(\.0) == AtomicFileWriter.Step.allCases)
            #if os(Linux)
            #expect(names.prefix(3).allSatisfy { $0.1 == nil })
            #endif
            let last = try #require(names.last?.1)
            let name = AtomicFileWriter.baseName(of: last)
            #expect(name.hasPrefix(".map.yaml.resmap-\(getpid())-") && name.hasSuffix(".tmp"), "\(name)")
            #expect(contents(path) == Self.replacement)
            #expect(entries(folder) == ["map.yaml"])
        }
    }

    @Test("a very long file name still gets a temporary name the file system accepts")
    func longName() throws {
        try withFolder { folder in
            let path = folder + "/" + String(repeating: "é", count: 120) + ".md"   // 244 bytes
            for unnamed in [true, false] {
                try writer(unnamed: unnamed).write(Self.replacement, to: path)
                #expect(contents(path) == Self.replacement)
            }
            #expect(entries(folder).count == 1)
        }
    }

    // MARK: What is kept

    @Test("permissions are kept, set-user-ID bit included, in both kinds of temporary file")
    func permissionsKept() throws {
        try withFolder { folder in
            for (unnamed, mode) in [(true, mode_t(0o640)), (false, mode_t(0o604)), (true, mode_t(0o4750))] {
                let path = folder + "/map.yaml"
                try Self.original.write(to: URL(fileURLWithPath: path))
                chmod(path, mode)
                try writer(unnamed: unnamed).write(Self.replacement, to: path)
                #expect(status(path).map { $0.st_mode & 0o7777 } == mode)
                #expect(contents(path) == Self.replacement)
            }
        }
    }

    @Test("a new file gets 0666 less the umask")
    func newFileMode() throws {
        try withFolder { folder in
            let mask = umask(0o022)
            umask(mask)
            try AtomicFileWriter().write(Self.replacement, to: folder + "/new.md")
            #expect(status(folder + "/new.md").map { $0.st_mode & 0o7777 } == 0o666 & ~mask)
        }
    }

    /// Only root may give a file to someone else.
    @Test("owner and group are kept", .enabled(if: getuid() == 0))
    func ownerKept() throws {
        try withFolder { folder in
            let path = folder + "/map.yaml"
            try Self.original.write(to: URL(fileURLWithPath: path))
            #expect(chown(path, 4321, 4322) == 0)
            chmod(path, 0o2644)
            try AtomicFileWriter().write(Self.replacement, to: path)
            let info = try #require(status(path))
            #expect(info.st_uid == 4321 && info.st_gid == 4322)
            #expect(info.st_mode & 0o7777 == 0o2644, "chown must come before chmod, or it clears set-group-ID")
        }
    }

    @Test("writing through a chain of links writes the last target and keeps the links")
    func symbolicLinkChain() throws {
        try withFolder { folder in
            try FileManager.default.createDirectory(atPath: folder + "/real", withIntermediateDirectories: true)
            try FileManager.default.createDirectory(atPath: folder + "/links", withIntermediateDirectories: true)
            let real = folder + "/real/map.yaml"
            try Self.original.write(to: URL(fileURLWithPath: real))
            chmod(real, 0o600)
            // links/first -> second (relative to links/), links/second -> ../real/map.yaml
            #expect(symlink("second", folder + "/links/first") == 0)
            #expect(symlink("../real/map.yaml", folder + "/links/second") == 0)
            try AtomicFileWriter().write(Self.replacement, to: folder + "/links/first")
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/links/first") == "second")
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/links/second") == "../real/map.yaml")
            #expect(contents(real) == Self.replacement)
            #expect(status(real).map { $0.st_mode & 0o7777 } == 0o600)
            #expect(entries(folder + "/links") == ["first", "second"])
            #expect(entries(folder + "/real") == ["map.yaml"])
        }
    }

    @Test("a dangling link creates its target, relative to the link's folder, and stays a link")
    func danglingLink() throws {
        try withFolder { folder in
            try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: true)
            #expect(symlink("../made.md", folder + "/sub/note.md") == 0)
            try AtomicFileWriter().write(Self.replacement, to: folder + "/sub/note.md")
            #expect(contents(folder + "/made.md") == Self.replacement)
            #expect(status(folder + "/sub/note.md").map { $0.st_mode & S_IFMT } == S_IFLNK)
            #expect(entries(folder) == ["made.md", "sub"])
        }
    }

    // MARK: What is written straight to

    @Test("a FIFO is written straight to, not replaced")
    func fifo() throws {
        try withFolder { folder in
            let path = folder + "/pipe"
            #expect(mkfifo(path, 0o600) == 0)
            // A reader that does not wait for a writer, so the writer's open does not block, and
            // less than a pipe's buffer, so its write does not either.
            let reader = open(path, O_RDONLY | O_NONBLOCK)
            try #require(reader >= 0)
            defer { close(reader) }
            let text = Data("through the pipe\n".utf8)
            try AtomicFileWriter().write(text, to: path)
            var buffer = [UInt8](repeating: 0, count: 256)
            let count = read(reader, &buffer, buffer.count)
            #expect(count == text.count)
            #expect(Data(buffer.prefix(max(count, 0))) == text)
            #expect(status(path).map { $0.st_mode & S_IFMT } == S_IFIFO)
            #expect(entries(folder) == ["pipe"])
        }
    }

    @Test("/dev/fd/N and /proc/self/fd/N write to the open descriptor, as /dev/stdout does")
    func descriptorPaths() throws {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        defer { close(ends[0]); close(ends[1]) }
        var paths = ["/dev/fd/\(ends[1])"]
        #if os(Linux)
        paths.append("/proc/self/fd/\(ends[1])")
        #endif
        for path in paths {
            try AtomicFileWriter().write(Data("\(path)\n".utf8), to: path)
            var buffer = [UInt8](repeating: 0, count: 256)
            let count = read(ends[0], &buffer, buffer.count)
            #expect(String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self) == "\(path)\n")
        }
        #expect(AtomicFileWriter.standardDescriptor("/dev/stdout") == STDOUT_FILENO)
        #expect(AtomicFileWriter.standardDescriptor("/dev/fd/") == nil)
        #expect(AtomicFileWriter.standardDescriptor("/dev/fd/1x") == nil)
    }

    @Test("/dev/null is written to, and stays a character device")
    func devNull() throws {
        let before = try #require(status("/dev/null"))
        try AtomicFileWriter().write(Self.replacement, to: "/dev/null")
        // Only root could have replaced it; for anyone else the write itself is the test.
        if getuid() == 0 {
            let after = try #require(status("/dev/null"))
            #expect(after.st_mode & S_IFMT == S_IFCHR)
            #expect(after.st_ino == before.st_ino && after.st_rdev == before.st_rdev)
        }
    }

    // MARK: Errors

    @Test("a folder as target is refused, saying nothing changed")
    func folderTarget() throws {
        try withFolder { folder in
            let error = #expect(throws: MapFileError.self) { try AtomicFileWriter().write(Self.replacement, to: folder) }
            #expect(error?.message == "cannot save \(folder): it is a folder, not a file; nothing was changed")
        }
    }

    @Test("a missing folder is an error that names it")
    func missingFolder() throws {
        try withFolder { folder in
            let error = #expect(throws: MapFileError.self) {
                try AtomicFileWriter().write(Self.replacement, to: folder + "/no/such/note.md")
            }
            #expect(error?.message == "cannot save \(folder)/no/such/note.md: the folder \(folder)/no/such does not exist; nothing was written")
            let file = folder + "/file"
            try Self.original.write(to: URL(fileURLWithPath: file))
            let notFolder = #expect(throws: MapFileError.self) {
                try AtomicFileWriter().write(Self.replacement, to: file + "/note.md")
            }
            #expect(notFolder?.message.hasSuffix("Not a directory; nothing was changed") == true, "\(String(describing: notFolder))")
            #expect(contents(file) == Self.original)
        }
    }

    /// Root ignores permissions, so this runs only for ordinary users.
    @Test("a folder the writer may not write in: the error says the file was not changed", .enabled(if: getuid() != 0))
    func readOnlyFolder() throws {
        try withFolder { folder in
            let path = folder + "/map.yaml"
            try Self.original.write(to: URL(fileURLWithPath: path))
            chmod(folder, 0o555)
            defer { chmod(folder, 0o755) }
            let error = #expect(throws: MapFileError.self) { try AtomicFileWriter().write(Self.replacement, to: path) }
            #expect(error?.message.hasSuffix("the file on disk was not changed") == true)
            #expect(contents(path) == Self.original)
        }
    }

    // MARK: Leftovers

    @Test("a dead process's leftover for the same target is removed; others' and a live one's are not")
    func leftovers() throws {
        try withFolder { folder in
            let path = folder + "/map.yaml"
            try Self.original.write(to: URL(fileURLWithPath: path))
            // Above any pid_max (at most 2^22), so no process has it.
            let dead = folder + "/.map.yaml.resmap-2000000000-deadbeef.tmp"
            let live = folder + "/.map.yaml.resmap-\(getpid())-inflight.tmp"
            let otherTarget = folder + "/.other.yaml.resmap-2000000000-deadbeef.tmp"
            let oldStyle = folder + "/.resmap-deadbeef.tmp"
            for leftover in [dead, live, otherTarget, oldStyle] {
                try Data(count: 1024).write(to: URL(fileURLWithPath: leftover))
            }
            try AtomicFileWriter().write(Self.replacement, to: path)
            #expect(!FileManager.default.fileExists(atPath: dead))
            #expect(FileManager.default.fileExists(atPath: live))
            #expect(FileManager.default.fileExists(atPath: otherTarget))
            #expect(FileManager.default.fileExists(atPath: oldStyle))
            #expect(contents(path) == Self.replacement)
        }
    }

    // MARK: Create only

    @Test("writeNew refuses anything at the path, a dangling link included, and leaves it intact")
    func writeNewRefuses() throws {
        try withFolder { folder in
            let path = folder + "/map.yaml"
            try Self.original.write(to: URL(fileURLWithPath: path))
            let dangling = folder + "/dangling.yaml"
            #expect(symlink("nowhere.yaml", dangling) == 0)
            for unnamed in [true, false] {
                #expect(throws: AtomicFileWriter.AlreadyExists(path: path)) {
                    try writer(unnamed: unnamed).writeNew(Self.replacement, to: path)
                }
                #expect(throws: AtomicFileWriter.AlreadyExists(path: dangling)) {
                    try writer(unnamed: unnamed).writeNew(Self.replacement, to: dangling)
                }
            }
            #expect(contents(path) == Self.original)
            #expect(entries(folder) == ["dangling.yaml", "map.yaml"])
        }
    }

    @Test("writeNew refuses a file that appears after its check, atomically", arguments: [true, false])
    func writeNewRace(unnamed: Bool) throws {
        try withFolder { folder in
            let path = folder + "/map.yaml"
            var writer = writer(unnamed: unnamed)
            // Someone else creates the file while ours is being written.
            writer.injectFailure = { step, _ in
                if step == .written { try FileWriterTests.original.write(to: URL(fileURLWithPath: path)) }
            }
            #expect(throws: AtomicFileWriter.AlreadyExists(path: path)) {
                try writer.writeNew(Self.replacement, to: path)
            }
            #expect(contents(path) == Self.original)
            #expect(entries(folder) == ["map.yaml"])
        }
    }

    @Test("writeNew creates the file with its contents and no temporary file", arguments: [true, false])
    func writeNewCreates(unnamed: Bool) throws {
        try withFolder { folder in
            try writer(unnamed: unnamed).writeNew(Self.replacement, to: folder + "/map.yaml")
            #expect(contents(folder + "/map.yaml") == Self.replacement)
            #expect(entries(folder) == ["map.yaml"])
        }
    }

    @Test("init interrupted at any step (a full disk) leaves no starter behind, so init can run again",
          arguments: steps)
    func starterInterrupted(step: AtomicFileWriter.Step) throws {
        try withFolder { folder in
            let path = folder + "/map.yaml"
            let today = try #require(ISODate(year: 2026, month: 9, day: 15))
            #expect(throws: Injected.self) {
                try StarterMap.write(to: path, name: "Acme", owner: "Dana", today: today,
                                     using: writer(unnamed: true, failingAt: step))
            }
            #expect(entries(folder) == [])
            try StarterMap.write(to: path, name: "Acme", owner: "Dana", today: today)
            #expect(entries(folder) == ["map.yaml"])
        }
    }
}

/// Collects what the writer's hook saw, from a `@Sendable` closure.
private final class Recorder: @unchecked Sendable {
    private let lock = NSLock()
    private var seen: [(AtomicFileWriter.Step, String?)] = []

    func add(_ step: AtomicFileWriter.Step, _ temporary: String?) {
        lock.lock()
        defer { lock.unlock() }
        seen.append((step, temporary))
    }

    var steps: [(AtomicFileWriter.Step, String?)] {
        lock.lock()
        defer { lock.unlock() }
        return seen
    }
}
