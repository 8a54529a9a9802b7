import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading a map file's bytes, for every command and the editor: only a regular file of a
/// sensible size is read, and a failure says what the path is and what the system said, with
/// the path made safe to print.
enum MapFileBytes {
    /// Map files are text a person keeps; a 50,000-system map is about 20 MB.
    static let maximumSize = 128 * 1024 * 1024

    static func read(_ path: String) -> Result<Data, MapFileError> {
        let shown = TerminalText.sanitize(path)
        var info = stat()
        guard stat(path, &info) == 0 else {
            let reason = errno == ENOENT ? "no such file" : errno == EACCES ? "permission denied" : String(cString: strerror(errno))
            return .failure(MapFileError(path: path, message: "cannot read \(shown): \(reason)"))
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure(MapFileError(path: path, message: "cannot read \(shown): it is a folder, not a map file"))
        case S_IFIFO: return .failure(MapFileError(path: path, message: "cannot read \(shown): it is a pipe (FIFO), not a regular file"))
        case S_IFCHR, S_IFBLK: return .failure(MapFileError(path: path, message: "cannot read \(shown): it is a device, not a regular file"))
        case S_IFSOCK: return .failure(MapFileError(path: path, message: "cannot read \(shown): it is a socket, not a regular file"))
        default: return .failure(MapFileError(path: path, message: "cannot read \(shown): not a regular file"))
        }
        guard Int(info.st_size) <= maximumSize else {
            return .failure(MapFileError(path: path, message: "cannot read \(shown): it is \(Int(info.st_size) / 1_048_576) MB; map files over \(maximumSize / 1_048_576) MB are refused"))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            let reason = errno == EACCES ? "permission denied" : String(cString: strerror(errno))
            return .failure(MapFileError(path: path, message: "cannot read \(shown): \(reason)"))
        }
        defer { try? handle.close() }
        do {
            return .success(try handle.readToEnd() ?? Data())
        } catch {
            return .failure(MapFileError(path: path, message: "cannot read \(shown): \(error.localizedDescription)"))
        }
    }
}
