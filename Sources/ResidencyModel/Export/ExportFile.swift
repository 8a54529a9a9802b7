import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing an export to a file: through the writer that saves maps (a regular file is replaced
/// atomically: temporary file, fsync, rename), and never over the map it was made from.
public enum ExportFile {
    /// Writes `text` as UTF-8. `-` is standard output. A regular file is replaced atomically, so a
    /// reader sees the old file or the new one, never half; a FIFO, a device or /dev/stdout is
    /// written straight to. See `AtomicFileWriter`.
    public static func write(_ text: String, to path: String) throws {
        try write(text, to: path, using: AtomicFileWriter())
    }

    static func write(_ text: String, to path: String, using writer: AtomicFileWriter) throws {
        try writer.write(Data(text.utf8), to: path == "-" ? "/dev/stdout" : path)
    }

    /// Writes what `produce` writes into the sink, as it goes (a large export is never one
    /// string), to `path` as `write(_:to:)` does.
    public static func write(to path: String, streaming produce: (TextSink) -> Void) throws {
        try AtomicFileWriter().write(to: path == "-" ? "/dev/stdout" : path, streaming: produce)
    }

    /// Whether two paths name the same file: the same device and inode when both exist (so a
    /// symbolic or hard link to the map counts), else the same path once `.`, `..` and symbolic
    /// links in the directories are resolved.
    public static func isSameFile(_ first: String, _ second: String) -> Bool {
        var a = stat()
        var b = stat()
        if stat(first, &a) == 0, stat(second, &b) == 0 {
            return a.st_dev == b.st_dev && a.st_ino == b.st_ino
        }
        return resolved(first) == resolved(second)
    }

    /// The absolute path with symbolic links resolved as far as the file system allows.
    static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
