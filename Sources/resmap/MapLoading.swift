import ArgumentParser
import Foundation
import ResidencyModel

/// The map file and the day to judge it by: the arguments `check`, `answer` and `export` share.
struct MapOptions: ParsableArguments {
    @Argument(help: "The map file (YAML).", completion: .mapFile)
    var file: String

    @Option(help: "Judge exceptions and reviews as of this day (YYYY-MM-DD) instead of today, for reproducible output.")
    var today: String?

    func validate() throws {
        _ = try MapLoading.day(today)
    }

    /// The map, or exit 2 with the loader's diagnostics on standard error.
    func load() throws -> ResidencyMap {
        try MapLoading.load(file)
    }

    func day() throws -> ISODate {
        try MapLoading.day(today)
    }
}

/// Loading a map for the commands that read one, with the exit codes they all promise.
enum MapLoading {
    /// The map, or exit 2 with the loader's diagnostics on standard error.
    static func load(_ path: String) throws -> ResidencyMap {
        switch MapFile.read(path: path) {
        case .success(let map):
            return map
        case .problems(let diagnostics):
            reportProblems(diagnostics, path: path)
            throw ExitCode(2)
        case .unreadable(let reason):
            standardError("resmap: error: \(TerminalText.sanitize(reason))\n")
            throw ExitCode(2)
        }
    }

    /// The map with its file snapshot (for editing), or exit 2 with the loader's diagnostics.
    static func loadSnapshot(_ path: String) throws -> MapSnapshot {
        switch MapSnapshot.read(path: path) {
        case .success(let snapshot):
            return snapshot
        case .failure(let failure):
            try fail(failure, path: path)
        }
    }

    /// Prints why a map did not load, as every command does, and exits 2.
    static func fail(_ failure: MapLoadFailure, path: String) throws -> Never {
        switch failure {
        case .problems(let diagnostics):
            reportProblems(diagnostics, path: path)
        case .unreadable(let reason):
            standardError("resmap: error: \(TerminalText.sanitize(reason))\n")
        }
        throw ExitCode(2)
    }

    static func reportProblems(_ diagnostics: [Diagnostic], path: String) {
        let text = diagnostics.map { TerminalText.sanitize($0.description, keepingNewlines: true) }.joined(separator: "\n")
        standardError(text + "\n\(TerminalText.sanitize(path)): \(diagnostics.count) problem\(diagnostics.count == 1 ? "" : "s"); fix them first (`resmap validate` lists them the same way).\n")
    }

    /// The day to judge by: `--today` when given, else today in UTC.
    static func day(_ text: String?) throws -> ISODate {
        guard let text else { return ISODate.today() }
        guard let day = ISODate(text) else {
            throw ValidationError("--today takes a date written YYYY-MM-DD, not \(quote(text)).")
        }
        return day
    }

    /// Exit 1 with a message naming the claims there are, when `id` is not one of them.
    static func requireClaim(_ id: String?, in map: ResidencyMap) throws {
        guard let id, !map.claims.contains(where: { $0.id == id }) else { return }
        let known = map.claims.map(\.id).map { TerminalText.sanitize($0) }.joined(separator: ", ")
        standardError("resmap: error: the map has no claim \(quote(id)). Claims: \(known.isEmpty ? "none" : known).\n")
        throw ExitCode(1)
    }

    static func standardError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}

/// A map or user string quoted and made safe for the terminal.
func quote(_ text: String) -> String {
    "'" + TerminalText.sanitize(text) + "'"
}

extension CompletionKind {
    /// A map file argument: shells offer YAML files (and folders to descend into).
    static var mapFile: CompletionKind { .file(extensions: ["yaml", "yml"]) }
}
