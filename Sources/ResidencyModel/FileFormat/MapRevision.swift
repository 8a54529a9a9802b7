import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which version of a file a document was read from: its content digest, size and modification
/// time. A save compares the file on disk with it, so nothing a colleague or `git pull` wrote
/// meanwhile is overwritten silently.
public struct MapRevision: Sendable, Hashable, Codable {
    /// SHA-256 of the bytes, in hex.
    public var digest: String
    public var size: Int
    /// Modification time in nanoseconds since 1970 (0 when unknown).
    public var modified: Int64
    /// The file's inode: a file replaced by rename (most editors, rsync, resmap) gets a new one.
    public var inode: UInt64

    public init(digest: String, size: Int, modified: Int64, inode: UInt64 = 0) {
        self.digest = digest
        self.size = size
        self.modified = modified
        self.inode = inode
    }

    /// The revision of bytes just read or written at `path`.
    public static func of(_ data: Data, at path: String?) -> MapRevision {
        let stamp = path.flatMap(FileStamp.read)
        return MapRevision(digest: ContentDigest.hex(of: data), size: data.count, modified: stamp?.modified ?? 0,
                           inode: stamp?.inode ?? 0)
    }
}

/// What `stat` says of a file: enough to notice a change without reading it.
public struct FileStamp: Sendable, Hashable {
    public var size: Int
    public var modified: Int64
    public var inode: UInt64

    public static func read(_ path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let nanos = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
        #else
        let nanos = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        #endif
        return FileStamp(size: Int(info.st_size), modified: nanos, inode: UInt64(info.st_ino))
    }
}

/// The one content digest resmap uses for files (revisions, journals).
public enum ContentDigest {
    public static func hex(of data: Data) -> String {
        MapFingerprint.sha256Hex(data)
    }
}
