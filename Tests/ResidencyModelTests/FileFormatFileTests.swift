import Foundation
import Testing
@testable import ResidencyModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading from and writing to disk: unreadable files, atomic replacement, permissions, failures.
@Suite("File format: files on disk")
struct FileFormatFileTests {
    /// A fresh directory for one test, removed at the end.
    private func withDirectory(_ body: (String) throws -> Void) throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("resmap-fileformat-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer {
            chmod(directory, 0o755)
            try? FileManager.default.removeItem(atPath: directory)
        }
        try body(directory)
    }

    private func entries(_ directory: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
    }

    private func mode(_ path: String) -> mode_t? {
        AtomicFileWriter.permissions(of: path)
    }

    @Test func writeThenReadGivesTheSameMap() throws {
        try withDirectory { directory in
            let path = directory + "/map.yaml"
            let map = FileFormatTestSupport.sampleMap()
            try MapFile.write(map, to: path)
            guard case .success(let loaded) = MapFile.read(path: path) else {
                Issue.record("written map does not load")
                return
            }
            #expect(loaded == map)
            #expect(try String(contentsOfFile: path, encoding: .utf8) == MapFile.encode(map))
            #expect(entries(directory) == ["map.yaml"])
        }
    }

    @Test func replacingKeepsThePermissions() throws {
        try withDirectory { directory in
            let path = directory + "/map.yaml"
            try "old".write(toFile: path, atomically: false, encoding: .utf8)
            chmod(path, 0o640)
            try MapFile.write(FileFormatTestSupport.sampleMap(), to: path)
            #expect(mode(path) == 0o640)
            #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("resmap: 1\n"))
        }
    }

    @Test func writingThroughASymbolicLinkKeepsTheLink() throws {
        try withDirectory { directory in
            let real = directory + "/real.yaml"
            let link = directory + "/link.yaml"
            try "old".write(toFile: real, atomically: false, encoding: .utf8)
            try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
            try MapFile.write(FileFormatTestSupport.sampleMap(), to: link)
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == real)
            #expect(try String(contentsOfFile: real, encoding: .utf8).hasPrefix("resmap: 1\n"))
        }
    }

    @Test func failureJustBeforeTheRenameLeavesTheOriginalAndNoTemporaryFile() throws {
        struct Interrupted: Error {}
        try withDirectory { directory in
            let path = directory + "/map.yaml"
            try "original contents".write(toFile: path, atomically: false, encoding: .utf8)
            var writer = AtomicFileWriter()
            writer.injectFailure = { step, temporary in
                guard step == .beforeRename else { return }
                // The new contents are complete on disk, under the temporary name, at this point.
                #expect(temporary.map { FileManager.default.fileExists(atPath: $0) } == true)
                throw Interrupted()
            }
            #expect(throws: Interrupted.self) {
                try MapFile.write(FileFormatTestSupport.sampleMap(), to: path, using: writer)
            }
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "original contents")
            #expect(entries(directory) == ["map.yaml"])
        }
    }

    @Test func aFolderAsTargetIsAClearError() throws {
        try withDirectory { directory in
            // The target is a non-empty folder: refused before any temporary file is made.
            let target = directory + "/map.yaml"
            try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
            try "keep".write(toFile: target + "/inside.txt", atomically: false, encoding: .utf8)
            let error = #expect(throws: MapFileError.self) {
                try MapFile.write(FileFormatTestSupport.sampleMap(), to: target)
            }
            #expect(error?.message.contains("cannot save \(target)") == true)
            #expect(error?.message.contains("it is a folder") == true)
            #expect(error?.message.contains("nothing was changed") == true)
            #expect(entries(directory) == ["map.yaml"])
            #expect(try String(contentsOfFile: target + "/inside.txt", encoding: .utf8) == "keep")
        }
    }

    @Test func missingDirectoryIsAClearError() throws {
        try withDirectory { directory in
            let error = #expect(throws: MapFileError.self) {
                try MapFile.write(FileFormatTestSupport.sampleMap(), to: directory + "/no/such/map.yaml")
            }
            #expect(error?.message.contains("the folder \(directory)/no/such does not exist") == true)
            #expect(error?.message.contains("nothing was written") == true)
        }
    }

    /// Root ignores directory permissions, so this runs only for ordinary users.
    @Test(.enabled(if: getuid() != 0)) func readOnlyDirectoryFailsCleanly() throws {
        try withDirectory { directory in
            let path = directory + "/map.yaml"
            try "original".write(toFile: path, atomically: false, encoding: .utf8)
            chmod(directory, 0o555)
            #expect(throws: MapFileError.self) {
                try MapFile.write(FileFormatTestSupport.sampleMap(), to: path)
            }
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "original")
            #expect(entries(directory) == ["map.yaml"])
        }
    }

    @Test func unreadableFiles() throws {
        try withDirectory { directory in
            guard case .unreadable(let missing) = MapFile.read(path: directory + "/missing.yaml") else {
                Issue.record("missing file should be unreadable")
                return
            }
            #expect(missing.contains("no such file"))

            guard case .unreadable(let folder) = MapFile.read(path: directory) else {
                Issue.record("a directory should be unreadable")
                return
            }
            #expect(folder.contains("it is a folder, not a map file"))

            // A pipe or a device is named for what it is, and never read (it could block or never end).
            for (path, what) in [("/dev/null", "it is a device, not a regular file"), ("/dev/zero", "it is a device, not a regular file")] {
                guard case .unreadable(let reason) = MapFile.read(path: path) else {
                    Issue.record("\(path) should be unreadable")
                    continue
                }
                #expect(reason.contains(what), "\(reason)")
            }
            let fifo = directory + "/pipe.yaml"
            if mkfifo(fifo, 0o600) == 0, case .unreadable(let reason) = MapFile.read(path: fifo) {
                #expect(reason.contains("it is a pipe (FIFO), not a regular file"))
            }
            // A path with an escape sequence is printed safely.
            if case .unreadable(let reason) = MapFile.read(path: directory + "/\u{1B}]0;owned\u{07}.yaml") {
                #expect(!reason.contains("\u{1B}"))
            }

            let latin1 = directory + "/latin1.yaml"
            try Data([0x6E, 0x61, 0x6D, 0x65, 0x3A, 0x20, 0x5A, 0xFC, 0x72, 0x69, 0x63, 0x68]).write(to: URL(fileURLWithPath: latin1))
            guard case .unreadable(let encoding) = MapFile.read(path: latin1) else {
                Issue.record("Latin-1 bytes should be unreadable")
                return
            }
            #expect(encoding.contains("not UTF-8"))
        }
    }
}
