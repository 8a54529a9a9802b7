import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing an export to a file: atomically (temporary file, fsync, rename, the same writer that
/// saves maps), and never over the map it was made from.
public enum ExportFile {
    /// Writes `text` as UTF-8, atomically: a reader sees the old file or the new one, never half.
    public static func write(_ text: String, to path: String) throws {
        try AtomicFileWriter().write(Data(text.utf8), to: path)
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
