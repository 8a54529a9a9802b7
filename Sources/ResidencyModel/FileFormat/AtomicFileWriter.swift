import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file's contents all at once: the bytes go to a new file in the same directory, are
/// flushed to disk, and the new file is renamed over the old one, then the directory is flushed.
/// A reader sees the old file or the new one, never half of either; on any failure before the
/// rename the old file is untouched and the temporary file is removed.
struct AtomicFileWriter {
    /// Called after the temporary file is complete and flushed, just before the rename. Tests use
    /// it to fail at the last moment; it is nil in normal use.
    var beforeRename: (@Sendable (_ temporaryPath: String) throws -> Void)?

    func write(_ data: Data, to path: String) throws {
        let target = Self.resolvingSymbolicLink(path)
        let directory = Self.directory(of: target)
        let existingMode = Self.permissions(of: target)

        let temporary = directory + "/.resmap-" + String(UInt64.random(in: 0...UInt64.max), radix: 36) + ".tmp"
        // 0666 less the umask, as any new file; an existing file's own mode is restored below.
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(0o666))
        guard descriptor >= 0 else {
            throw failure(path, "cannot create a file in \(directory)", errno: errno)
        }
        var renamed = false
        defer { if !renamed { unlink(temporary) } }
        do {
            defer { close(descriptor) }
            try writeAll(data, to: descriptor, path: path)
            if let existingMode, fchmod(descriptor, existingMode) != 0 {
                throw failure(path, "cannot keep the file's permissions", errno: errno)
            }
            guard fsync(descriptor) == 0 else { throw failure(path, "cannot flush the new contents", errno: errno) }
        }
        try beforeRename?(temporary)
        guard rename(temporary, target) == 0 else {
            throw failure(path, "cannot replace the file", errno: errno)
        }
        renamed = true
        try syncDirectory(directory, path: path)
    }

    private func writeAll(_ data: Data, to descriptor: Int32, path: String) throws {
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw failure(path, "cannot write the new contents", errno: errno)
                }
                offset += written
            }
        }
    }

    /// Makes the rename itself durable. File systems that cannot flush a directory say EINVAL.
    private func syncDirectory(_ directory: String, path: String) throws {
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        if fsync(descriptor) != 0 && errno != EINVAL && errno != ENOTSUP {
            throw MapFileError(path: path, message: "saved \(path), but could not flush its directory to disk: "
                + String(cString: strerror(errno)))
        }
    }

    private func failure(_ path: String, _ what: String, errno code: Int32) -> MapFileError {
        MapFileError(path: path, message: "cannot save \(path): \(what): \(String(cString: strerror(code))); "
            + "the file on disk was not changed")
    }

    /// Saving through a symbolic link updates the file it points to and keeps the link.
    static func resolvingSymbolicLink(_ path: String) -> String {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return path }
        return URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let directory = String(path[..<slash])
        return directory.isEmpty ? "/" : directory
    }

    static func permissions(of path: String) -> mode_t? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & 0o7777
    }
}

/// The C `write`, out of reach of the method of the same name.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
