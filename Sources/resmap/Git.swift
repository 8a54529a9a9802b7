import Foundation

/// The few git questions resmap asks, by running `git` in the map's folder. No git or no
/// repository is an answer too (nil), never a crash.
enum Git {
    struct Output {
        var status: Int32
        var standardOutput: Data
        var standardError: String
    }

    /// Runs `git ARGS` in `folder`; nil when git cannot be started.
    static func run(_ arguments: [String], in folder: String) -> Output? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        // Read both to the end before waiting, so a large `git show` cannot fill a pipe and stall.
        let errorData = ErrorCollector(err.fileHandleForReading)
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, standardOutput: data,
                      standardError: String(decoding: errorData.finish(), as: UTF8.self))
    }

    /// The file's folder and name, as git is run in the folder.
    static func split(_ path: String) -> (folder: String, name: String) {
        let url = URL(fileURLWithPath: path)
        return (url.deletingLastPathComponent().path, url.lastPathComponent)
    }

    /// The text of `path` at `revision`, from the repository the file is in.
    static func show(_ path: String, at revision: String) -> Result<String, GitError> {
        let (folder, name) = split(path)
        guard let output = run(["show", "\(revision):./\(name)"], in: folder) else {
            return .failure(GitError(message: "cannot run git"))
        }
        guard output.status == 0 else {
            let reason = output.standardError.split(separator: "\n").first.map(String.init) ?? "git show failed"
            return .failure(GitError(message: reason))
        }
        return .success(String(decoding: output.standardOutput, as: UTF8.self))
    }

    /// HEAD's commit when `path` is tracked and has no change against it: the commit that holds
    /// exactly the file as it is now. nil outside a repository or when the file differs.
    static func cleanRevision(of path: String) -> String? {
        let (folder, name) = split(path)
        guard let tracked = run(["ls-files", "--error-unmatch", "--", name], in: folder), tracked.status == 0,
              let diff = run(["diff", "--quiet", "HEAD", "--", name], in: folder), diff.status == 0,
              let head = run(["rev-parse", "HEAD"], in: folder), head.status == 0 else { return nil }
        let commit = String(decoding: head.standardOutput, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return commit.isEmpty ? nil : commit
    }
}

struct GitError: Error {
    var message: String
}

/// Drains a pipe on another thread while the caller reads the other one.
private final class ErrorCollector: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        DispatchQueue.global().async {
            self.data = handle.readDataToEndOfFile()
            self.done.signal()
        }
    }

    func finish() -> Data {
        done.wait()
        return data
    }
}
