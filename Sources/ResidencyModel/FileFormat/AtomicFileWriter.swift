import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way resmap writes a file: maps, exports and starter maps.
///
/// - A regular file (or a path that does not exist yet) is replaced all at once: the bytes go to a
///   temporary file in the same folder, are flushed to disk, and the file takes the target's name
///   by rename, then the folder is flushed. A reader sees the old file or the new one, never half.
///   The replaced file's permissions, owner and group are kept (owner and group where the process
///   may set them). On Linux the temporary file is unnamed (`O_TMPFILE`) while it is written, so a
///   signal or `kill -9` during the write leaves nothing behind; it gets a name only for the moment
///   between link and rename, with SIGHUP, SIGINT, SIGQUIT and SIGTERM held back on this thread.
///   Where the file system has no unnamed files the temporary file is named from the start (and the
///   signals are held back for the whole write). Temporary names are
///   `.<target-name>.resmap-<pid>-<random>.tmp`, and each write first removes the leftovers a dead
///   process (one killed with `kill -9`) left for the same target.
/// - A symbolic link is followed link by link (relative links relative to the link's folder); its
///   final target is written and the link is kept. A dangling link creates its target.
/// - A FIFO, character or block device, `/dev/stdout`, `/dev/stderr`, `/dev/fd/N` and
///   `/proc/self/fd/N` are written straight to (never replaced, no temporary file).
/// - A folder as target, or a missing folder, is an error that names it. Every error says whether
///   the file on disk was changed.
public struct AtomicFileWriter: Sendable {
    /// The moments a replacement can be made to fail, in order, for tests.
    public enum Step: String, Sendable, CaseIterable {
        /// The temporary file exists (unnamed where possible); nothing is written to it yet.
        case created
        /// Every byte is written to the temporary file, not yet flushed.
        case written
        /// The temporary file is flushed, with the old file's permissions and owner; not yet linked.
        case synced
        /// The last moment before the file takes the target's name: the rename for `write`, the
        /// link for `writeNew`. The temporary file has its temporary name here, except in
        /// `writeNew` on Linux, which links the unnamed file straight to the target name.
        case beforeRename
    }

    /// Test hook: called at each step with the temporary file's path if it has a name yet. A throw
    /// fails the write at that step, as a full disk or a crash would. Nil in normal use.
    var injectFailure: (@Sendable (_ step: Step, _ temporaryPath: String?) throws -> Void)?

    /// Whether to try an unnamed temporary file first. Tests turn it off to exercise the named
    /// temporary file that file systems without O_TMPFILE (and macOS) get.
    var unnamedTemporaryFiles = true

    /// `writeNew` found something at the path; nothing was changed.
    public struct AlreadyExists: Error, Sendable, Hashable, CustomStringConvertible {
        public var path: String
        public var description: String { "\(path) already exists; it was not changed" }
    }

    public init() {}

    /// Replaces the file at `path` with `data` (or creates it), as described on the type.
    public func write(_ data: Data, to path: String) throws {
        try write(to: path) { sink in data.withUnsafeBytes { sink.write($0) } }
    }

    /// Replaces the file at `path` (or creates it) as `write(_:to:)` does, with the bytes
    /// `produce` writes into the sink as it goes, so a large export is never held in memory.
    public func write(to path: String, streaming produce: (TextSink) -> Void) throws {
        switch try Self.destination(for: path) {
        case .descriptor(let descriptor):
            try Self.writeStraight(produce, to: descriptor, path: path)
        case .device(let kind, let truncate):
            let flags = O_WRONLY | O_NOCTTY | O_CLOEXEC | (truncate ? O_TRUNC : 0)
            let descriptor = open(path, flags)
            guard descriptor >= 0 else {
                let code = errno
                throw Self.error("cannot write to \(path) (\(kind))", errno: code, outcome: "nothing was written")
            }
            defer { close(descriptor) }
            try Self.writeStraight(produce, to: descriptor, path: path)
        case .file(let target, let existing):
            try replace(produce, at: target, existing: existing, path: path, createOnly: false)
        }
    }

    /// Creates the file at `path` with `data`, never replacing anything: throws `AlreadyExists` if
    /// anything is at `path` (a file, a folder, a symbolic link even when it dangles). The finished,
    /// flushed file is hard-linked to the name, so the check and the creation are one step, and a
    /// failed or interrupted write leaves no file, not an empty or half-written one.
    public func writeNew(_ data: Data, to path: String) throws {
        guard !path.isEmpty else {
            throw MapFileError(path: path, message: "cannot create a file with an empty name")
        }
        var info = stat()
        if lstat(path, &info) == 0 { throw AlreadyExists(path: path) }
        guard errno == ENOENT else {
            let code = errno
            throw Self.error("cannot create \(path)", errno: code, outcome: "no file was created")
        }
        try Self.requireFolder(of: path, path: path, verb: "create")
        try replace({ sink in data.withUnsafeBytes { sink.write($0) } }, at: path, existing: nil, path: path, createOnly: true)
    }

    // MARK: Where the bytes go

    enum Destination {
        /// An open descriptor: `/dev/stdout` and friends.
        case descriptor(Int32)
        /// Not a regular file: written straight through the path as given.
        case device(kind: String, truncate: Bool)
        /// A regular file (existing, with its status) or a name to create, links resolved.
        case file(String, existing: stat?)
    }

    static func destination(for path: String) throws -> Destination {
        guard !path.isEmpty else {
            throw MapFileError(path: path, message: "cannot save a file with an empty name")
        }
        if let descriptor = standardDescriptor(path) { return .descriptor(descriptor) }
        var info = stat()
        if stat(path, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                throw MapFileError(path: path, message: "cannot save \(path): it is a folder, not a file; nothing was changed")
            case S_IFREG:
                let target = try resolvingSymbolicLinks(path)
                var own = stat()
                if lstat(target, &own) == 0, (own.st_mode & S_IFMT) == S_IFREG,
                   own.st_dev == info.st_dev, own.st_ino == info.st_ino {
                    return .file(target, existing: own)
                }
                // A link the kernel follows but readlink cannot (a /proc/<pid>/fd/N magic link).
                return .device(kind: "a file reached through a special link", truncate: true)
            case S_IFIFO:
                return .device(kind: "a FIFO", truncate: false)
            case S_IFCHR:
                return .device(kind: "a character device", truncate: false)
            case S_IFBLK:
                return .device(kind: "a block device", truncate: false)
            default:
                return .device(kind: "not a regular file", truncate: false)
            }
        }
        guard errno == ENOENT else {
            let code = errno
            throw error("cannot save \(path)", errno: code, outcome: "nothing was changed")
        }
        // Nothing there, or a dangling link: create the name at the end of the chain.
        let target = try resolvingSymbolicLinks(path)
        try requireFolder(of: target, path: path, verb: "save")
        return .file(target, existing: nil)
    }

    /// The descriptor a path names when it is one of the standard descriptor paths.
    static func standardDescriptor(_ path: String) -> Int32? {
        var number: Int32?
        switch path {
        case "/dev/stdout": number = STDOUT_FILENO
        case "/dev/stderr": number = STDERR_FILENO
        default:
            for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
                let digits = path.dropFirst(prefix.count)
                if !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) {
                    number = Int32(digits)
                }
            }
        }
        guard let number, fcntl(number, F_GETFD) >= 0 else { return nil }
        return number
    }

    /// Follows a chain of symbolic links to the name that is not a link (which may not exist).
    /// Relative links are relative to the folder of the link that holds them.
    static func resolvingSymbolicLinks(_ path: String) throws -> String {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return current }
            guard let text = readLink(current) else {
                let code = errno
                throw error("cannot save \(path): cannot read the link \(current)", errno: code, outcome: "nothing was changed")
            }
            current = text.hasPrefix("/") ? text : directory(of: current) + "/" + text
        }
        throw error("cannot save \(path)", errno: ELOOP, outcome: "nothing was changed")
    }

    private static func readLink(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func requireFolder(of target: String, path: String, verb: String) throws {
        let folder = directory(of: target)
        var info = stat()
        guard stat(folder, &info) == 0 else {
            let code = errno
            if code == ENOENT {
                throw MapFileError(path: path, message: "cannot \(verb) \(path): the folder \(folder) does not exist; nothing was written")
            }
            throw error("cannot \(verb) \(path): cannot reach the folder \(folder)", errno: code, outcome: "nothing was written")
        }
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
            throw MapFileError(path: path, message: "cannot \(verb) \(path): \(folder) is not a folder; nothing was written")
        }
    }

    // MARK: Replacing and creating regular files

    private func replace(_ produce: (TextSink) -> Void, at target: String, existing: stat?, path: String,
                         createOnly: Bool) throws {
        let verb = createOnly ? "create" : "save"
        let outcome = existing == nil ? "no file was created" : "the file on disk was not changed"
        func failure(_ what: String, _ code: Int32) -> MapFileError {
            Self.error("cannot \(verb) \(path): \(what)", errno: code, outcome: outcome)
        }
        let folder = Self.directory(of: target)
        let name = Self.baseName(of: target)
        TemporaryFile.removeLeftovers(in: folder, for: name)

        let temporary = try TemporaryFile.create(in: folder, for: name, unnamed: unnamedTemporaryFiles, failure: failure)
        defer { temporary.finish() }
        try injectFailure?(.created, temporary.name)
        try Self.writeAll(produce, to: temporary.descriptor) { failure("cannot write the new contents", $0) }
        try injectFailure?(.written, temporary.name)
        if let existing {
            try Self.keepOwnerAndPermissions(of: existing, on: temporary.descriptor, failure: failure)
        }
        guard fsync(temporary.descriptor) == 0 else {
            let code = errno
            throw failure("cannot flush the new contents to disk", code)
        }
        try injectFailure?(.synced, temporary.name)

        if createOnly {
            try temporary.link(as: target, injectFailure: injectFailure, failure: failure)
        } else {
            if temporary.name == nil {
                let code = temporary.giveName(in: folder, for: name)
                guard code == 0 else { throw failure("cannot name the temporary file in \(folder)", code) }
            }
            try injectFailure?(.beforeRename, temporary.name)
            try temporary.rename(to: target, failure: failure)
        }
        try Self.syncDirectory(folder, path: path)
    }

    /// Owner and group first (changing them clears set-user-ID bits), then the permission bits.
    private static func keepOwnerAndPermissions(of existing: stat, on descriptor: Int32,
                                                failure: (String, Int32) -> MapFileError) throws {
        var current = stat()
        if fstat(descriptor, &current) == 0, current.st_uid != existing.st_uid || current.st_gid != existing.st_gid {
            if fchown(descriptor, existing.st_uid, existing.st_gid) != 0, errno == EPERM {
                // Not allowed to give the file away; keeping just the group may still be allowed.
                _ = fchown(descriptor, uid_t.max, existing.st_gid)
            }
        }
        guard fchmod(descriptor, existing.st_mode & 0o7777) == 0 else {
            let code = errno
            throw failure("cannot keep the file's permissions", code)
        }
    }

    // MARK: Writing bytes

    private static func writeStraight(_ produce: (TextSink) -> Void, to descriptor: Int32, path: String) throws {
        try writeAll(produce, to: descriptor) { code in
            error("cannot write to \(path)", errno: code, outcome: "part of the output may have been written")
        }
    }

    private static func writeAll(_ produce: (TextSink) -> Void, to descriptor: Int32, failure: (Int32) -> MapFileError) throws {
        let sink = DescriptorSink(descriptor: descriptor)
        produce(sink)
        sink.flush()
        if let code = sink.failure { throw failure(code) }
    }

    /// Makes the rename or link itself durable. File systems that cannot flush a folder say EINVAL.
    private static func syncDirectory(_ directory: String, path: String) throws {
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        guard fsync(descriptor) != 0 else { return }
        let code = errno
        if code != EINVAL && code != ENOTSUP {
            throw MapFileError(path: path, message: "saved \(path), but could not flush its folder to disk: "
                + String(cString: strerror(code)))
        }
    }

    static func error(_ what: String, errno code: Int32, outcome: String) -> MapFileError {
        MapFileError(path: nil, message: "\(what): \(String(cString: strerror(code))); \(outcome)")
    }

    // MARK: Paths

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let directory = String(path[..<slash])
        return directory.isEmpty ? "/" : directory
    }

    static func baseName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    static func permissions(of path: String) -> mode_t? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & 0o7777
    }
}

// MARK: - The temporary file

/// A temporary file in the target's folder: unnamed while it is written where the system allows,
/// named `.<target-name>.resmap-<pid>-<random>.tmp` otherwise and between link and rename. While it
/// has a name, the signals that ask a program to stop are held back on this thread, so they arrive
/// after the name is gone (renamed or removed), never in between.
private final class TemporaryFile {
    let descriptor: Int32
    /// The temporary name, while the file has one.
    private(set) var name: String?
    private var heldSignals: sigset_t?

    private init(descriptor: Int32, name: String?, heldSignals: sigset_t?) {
        self.descriptor = descriptor
        self.name = name
        self.heldSignals = heldSignals
    }

    static func create(in folder: String, for target: String, unnamed tryUnnamed: Bool,
                       failure: (String, Int32) -> MapFileError) throws -> TemporaryFile {
        #if os(Linux) && (arch(x86_64) || arch(arm64))
        if tryUnnamed {
            let unnamed = open(folder, unnamedFileFlag | O_WRONLY | O_CLOEXEC, mode_t(0o666))
            if unnamed >= 0 {
                // The file gets its name through /proc; without /proc, use a named file instead.
                if access("/proc/self/fd/\(unnamed)", F_OK) == 0 {
                    return TemporaryFile(descriptor: unnamed, name: nil, heldSignals: nil)
                }
                close(unnamed)
            } else if errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL {
                // Refusals that mean "no O_TMPFILE here" fall through to a named file; others are real.
                let code = errno
                throw failure("cannot create a file in \(folder)", code)
            }
        }
        #endif
        let held = holdStopSignals()
        for _ in 0..<100 {
            let candidate = folder + "/" + temporaryName(for: target)
            // 0666 less the umask, as any new file; a replaced file's own mode is set later.
            let descriptor = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(0o666))
            if descriptor >= 0 { return TemporaryFile(descriptor: descriptor, name: candidate, heldSignals: held) }
            guard errno == EEXIST else {
                let code = errno
                releaseSignals(held)
                throw failure("cannot create a file in \(folder)", code)
            }
        }
        releaseSignals(held)
        throw failure("cannot create a file in \(folder)", EEXIST)
    }

    /// Links the unnamed file under a fresh temporary name. Returns 0 or the errno.
    func giveName(in folder: String, for target: String) -> Int32 {
        heldSignals = heldSignals ?? Self.holdStopSignals()
        for _ in 0..<100 {
            let candidate = folder + "/" + Self.temporaryName(for: target)
            if linkUnnamed(to: candidate) == 0 {
                name = candidate
                return 0
            }
            if errno != EEXIST { return errno }
        }
        return EEXIST
    }

    func rename(to target: String, failure: (String, Int32) -> MapFileError) throws {
        guard let name else { throw failure("the temporary file has no name", EINVAL) }
        guard systemRename(name, target) == 0 else {
            let code = errno
            throw failure("cannot replace the file", code)
        }
        self.name = nil
    }

    /// Gives the finished file the target's name without replacing anything there.
    func link(as target: String, injectFailure: (@Sendable (AtomicFileWriter.Step, String?) throws -> Void)?,
              failure: (String, Int32) -> MapFileError) throws {
        try injectFailure?(.beforeRename, name)
        let linked: Int32
        if let name {
            linked = systemLink(name, target)
        } else {
            linked = linkUnnamed(to: target)
        }
        guard linked == 0 else {
            let code = errno
            if code == EEXIST { throw AtomicFileWriter.AlreadyExists(path: target) }
            guard let name, code == EPERM || code == EOPNOTSUPP || code == ENOSYS else {
                throw failure("cannot give the new file its name", code)
            }
            // A file system without hard links (FAT): check, then rename. Only here can a file
            // that appears in between be replaced.
            var info = stat()
            if lstat(target, &info) == 0 { throw AtomicFileWriter.AlreadyExists(path: target) }
            guard systemRename(name, target) == 0 else {
                let code = errno
                throw failure("cannot give the new file its name", code)
            }
            self.name = nil
            return
        }
    }

    /// Removes the temporary name if it is still there, closes the file, lets held signals in.
    func finish() {
        if let name { unlink(name) }
        name = nil
        close(descriptor)
        if let heldSignals { Self.releaseSignals(heldSignals) }
        heldSignals = nil
    }

    private func linkUnnamed(to path: String) -> Int32 {
        #if os(Linux)
        // linkat(fd, "", ..., AT_EMPTY_PATH) would need CAP_DAC_READ_SEARCH; the /proc link does not.
        return linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", AT_FDCWD, path, AT_SYMLINK_FOLLOW)
        #else
        errno = ENOTSUP
        return -1
        #endif
    }

    // MARK: Names and leftovers

    static let marker = ".resmap-"

    /// `.<target-name>.resmap-<pid>-<random>.tmp`, the target's name shortened so the whole name
    /// stays within the 255 bytes a file name may have.
    static func temporaryName(for target: String) -> String {
        let random = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        return namePrefix(for: target) + "\(getpid())-\(random).tmp"
    }

    static func namePrefix(for target: String) -> String {
        var short = Substring(target)
        while short.utf8.count > 200 { short = short.dropLast() }
        return "." + short + marker
    }

    /// Removes temporary files that a process which no longer runs left for this target.
    static func removeLeftovers(in folder: String, for target: String) {
        let prefix = namePrefix(for: target)
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for entry in entries where entry.hasPrefix(prefix) && entry.hasSuffix(".tmp") {
            let middle = entry.dropFirst(prefix.count).dropLast(4)
            guard let dash = middle.firstIndex(of: "-"), let pid = pid_t(middle[..<dash]), pid > 1,
                  kill(pid, 0) != 0, errno == ESRCH else { continue }
            let leftover = folder + "/" + entry
            var info = stat()
            if lstat(leftover, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG {
                unlink(leftover)
            }
        }
    }

    // MARK: Signals

    /// Holds back SIGHUP, SIGINT, SIGQUIT and SIGTERM on this thread; returns the mask to restore.
    static func holdStopSignals() -> sigset_t {
        var stopping = sigset_t()
        sigemptyset(&stopping)
        for signal in [SIGHUP, SIGINT, SIGQUIT, SIGTERM] { sigaddset(&stopping, signal) }
        var previous = sigset_t()
        pthread_sigmask(SIG_BLOCK, &stopping, &previous)
        return previous
    }

    static func releaseSignals(_ previous: sigset_t) {
        var previous = previous
        pthread_sigmask(SIG_SETMASK, &previous, nil)
    }
}

#if os(Linux) && (arch(x86_64) || arch(arm64))
/// Linux's `O_TMPFILE`, which Swift does not import (glibc defines it only under _GNU_SOURCE):
/// `__O_TMPFILE | O_DIRECTORY`, where `__O_TMPFILE` is 0o20000000 on x86_64 and arm64 alike
/// (asm-generic) but O_DIRECTORY is not (0o200000 on x86_64, giving 0x410000; 0o40000 on arm64,
/// giving 0x404000), so it is built from the imported O_DIRECTORY. Other architectures (alpha,
/// sparc, parisc) differ, and use named temporary files.
private let unnamedFileFlag: Int32 = 0o20000000 | O_DIRECTORY
#endif

/// The C `rename` and `link`, out of reach of the methods of the same names.
private func systemRename(_ from: String, _ to: String) -> Int32 {
    rename(from, to)
}

private func systemLink(_ from: String, _ to: String) -> Int32 {
    link(from, to)
}
