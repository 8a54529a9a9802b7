import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every committed edit, appended and flushed to a file beside the map before the screen shows
/// it, so a closed terminal or a kill -9 loses nothing: opening the map again offers to replay
/// the journal. A clean save or quit removes it. One JSON object a line: a header naming the
/// file's revision the edits start from, then one edit a line. The file is readable by its owner
/// only (edits hold customer-facing facts).
public struct RecoveryJournal: Sendable {
    public let path: String

    public init(forMap mapPath: String) {
        path = mapPath + ".resmap-recovery"
    }

    struct Header: Codable {
        var resmapJournal: Int
        var base: String
    }

    struct Entry: Codable {
        var edit: MapEdit
    }

    /// What a journal left by an earlier session holds.
    public struct Recovery: Sendable {
        /// The digest of the file the edits were made on.
        public var baseDigest: String
        public var edits: [MapEdit]
        /// A last line cut short by the kill, left out.
        public var truncated: Bool
    }

    public var exists: Bool { FileManager.default.fileExists(atPath: path) }

    /// Starts the journal afresh for edits on `revision`, then writes `edits` (those since it).
    public func start(base revision: MapRevision, edits: [MapEdit] = []) throws {
        var text = try line(Header(resmapJournal: 1, base: revision.digest))
        for edit in edits { text += try line(Entry(edit: edit)) }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode_t(0o600))
        guard descriptor >= 0 else { throw failure("cannot create") }
        defer { close(descriptor) }
        _ = fchmod(descriptor, 0o600)
        try write(text, to: descriptor)
    }

    /// Appends one edit and flushes it to disk.
    public func append(_ edit: MapEdit) throws {
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure("cannot open") }
        defer { close(descriptor) }
        try write(try line(Entry(edit: edit)), to: descriptor)
    }

    public func remove() {
        unlink(path)
    }

    /// The journal left behind, if any. A line cut short by a kill is dropped; anything else
    /// unreadable is an error, so nothing is replayed wrongly.
    public func read() throws -> Recovery? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        var lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
        let complete = data.last == UInt8(ascii: "\n")
        guard let first = lines.first else { return nil }
        let decoder = JSONDecoder()
        let header = try decoder.decode(Header.self, from: Data(first))
        lines.removeFirst()
        var edits: [MapEdit] = []
        var truncated = false
        for (index, line) in lines.enumerated() {
            do {
                edits.append(try decoder.decode(Entry.self, from: Data(line)).edit)
            } catch {
                if index == lines.count - 1 && !complete { truncated = true; break }
                throw MapFileError(path: path, message: "the recovery journal \(path) is damaged at line \(index + 2)")
            }
        }
        return Recovery(baseDigest: header.base, edits: edits, truncated: truncated)
    }

    private func line<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    private func write(_ text: String, to descriptor: Int32) throws {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { journalWrite(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw failure("cannot write")
            }
            offset += written
        }
        guard fsync(descriptor) == 0 else { throw failure("cannot flush") }
    }

    private func failure(_ what: String) -> MapFileError {
        MapFileError(path: path, message: "\(what) the recovery journal \(path): \(String(cString: strerror(errno)))")
    }
}

/// The C `write`, out of reach of the method of the same name.
private func journalWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
    guard let bytes else { return 0 }
    return write(descriptor, bytes, count)
}
