import ArgumentParser
import Foundation
import ResidencyModel

/// `resmap diff OLD NEW`, `resmap diff FILE --since REV`, `resmap diff FILE --since-sign-off TEAM`.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two versions of a map, and which verdicts moved and why.",
        discussion: """
            Compares OLD with NEW; or FILE with its version at git revision REV (--since, read \
            with `git show` from the repository FILE is in); or FILE with what TEAM last signed \
            off (--since-sign-off: the sign-off's git revision, or the signed copy kept in \
            .resmap-signed/ beside the map). Lists the claims whose verdict changed and why, \
            then systems, roles, grants, copies, flows and steps, claims and exceptions added, \
            removed, renamed, moved or changed field by field. Color only on a terminal, never \
            when NO_COLOR is set. Exit codes: 0 no verdict changed; 1 a verdict changed; \
            2 a map cannot be read or has problems, or git cannot give the old version.
            """
    )

    @Argument(help: "The map file (YAML); with a second file, the older version.", completion: .mapFile)
    var file: String

    @Argument(help: "The newer map file, when comparing two files.", completion: .mapFile)
    var newer: String?

    @Option(help: "Compare FILE with its version at this git revision (a commit, tag or branch).")
    var since: String?

    @Option(name: .customLong("since-sign-off"), help: "Compare FILE with what this team last signed off.")
    var sinceSignOff: String?

    @Option(help: "Output format: text, json or markdown.")
    var format: DiffFormat = .text

    @Option(help: "Judge exceptions and reviews as of this day (YYYY-MM-DD) instead of today, for reproducible output.")
    var today: String?

    func validate() throws {
        _ = try MapLoading.day(today)
        let modes = [newer != nil, since != nil, sinceSignOff != nil].filter { $0 }.count
        if modes != 1 {
            throw ValidationError("Give a second file, --since REV or --since-sign-off TEAM (one of them).")
        }
    }

    func run() throws {
        let day = try MapLoading.day(today)
        let old: ResidencyMap
        let new: ResidencyMap
        let oldName: String
        let newName: String
        if let newer {
            old = try MapLoading.load(file)
            new = try MapLoading.load(newer)
            (oldName, newName) = (file, newer)
        } else if let since {
            new = try MapLoading.load(file)
            old = try Self.loadRevision(file, at: since)
            (oldName, newName) = ("\(file) at \(since)", file)
        } else if let team = sinceSignOff {
            new = try MapLoading.load(file)
            (old, oldName) = try Self.loadSigned(file, team: team, map: new)
            newName = file
        } else {
            throw ExitCode(2)
        }
        let diff = MapDiff(old: old, new: new, today: day)
        let report = MapDiffReport(diff: diff, oldName: oldName, newName: newName)
        switch format {
        case .text:
            let style = TextStyle.forTerminal(isTerminal: isatty(STDOUT_FILENO) == 1, environment: ProcessInfo.processInfo.environment)
            print(report.text(style: style), terminator: "")
        case .json:
            print(try report.jsonText(), terminator: "")
        case .markdown:
            print(report.markdown(), terminator: "")
        }
        if !diff.verdicts.isEmpty { throw ExitCode(1) }
    }

    static func loadRevision(_ file: String, at revision: String) throws -> ResidencyMap {
        switch Git.show(file, at: revision) {
        case .success(let text):
            return try decode(text, name: "\(file)@\(revision)")
        case .failure(let error):
            MapLoading.standardError("resmap: error: cannot read \(TerminalText.sanitize(file)) at \(TerminalText.sanitize(revision)) from git: \(TerminalText.sanitize(error.message))\n")
            throw ExitCode(2)
        }
    }

    /// What `team`'s deciding sign-off saw: its git revision, else the signed copy beside the map.
    static func loadSigned(_ file: String, team: String, map: ResidencyMap) throws -> (ResidencyMap, String) {
        let shown = TerminalText.sanitize(team)
        guard let review = ReviewState(map: map).team(team), let signOff = review.signOff else {
            MapLoading.standardError("resmap: error: nobody signed off for \(shown) in \(TerminalText.sanitize(file)).\n")
            throw ExitCode(2)
        }
        let label = "\(file) as signed by \(signOff.by) for \(team)"
        if let revision = signOff.revision {
            return (try loadRevision(file, at: revision), label + " (\(revision.prefix(12)))")
        }
        if let fingerprint = signOff.fingerprint {
            let copy = SignedCopy.path(forMap: file, fingerprint: fingerprint)
            if FileManager.default.fileExists(atPath: copy) {
                return (try MapLoading.load(copy), label)
            }
        }
        MapLoading.standardError("resmap: error: the sign-off for \(shown) records no git revision and no signed copy is kept in \(SignedCopy.folder)/; nothing says what it saw.\n")
        throw ExitCode(2)
    }

    static func decode(_ text: String, name: String) throws -> ResidencyMap {
        switch MapFile.decode(yaml: text, fileName: name) {
        case .success(let map): return map
        case .problems(let diagnostics):
            MapLoading.reportProblems(diagnostics, path: name)
            throw ExitCode(2)
        case .unreadable(let reason):
            MapLoading.standardError("resmap: error: \(TerminalText.sanitize(reason))\n")
            throw ExitCode(2)
        }
    }
}

enum DiffFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
    case markdown
}
