import ArgumentParser
import Foundation
import ResidencyModel

/// `resmap check FILE`: every claim's verdict with where it breaks, then the findings.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check every claim against the map and list the findings.",
        discussion: """
            Prints each claim's verdict (✓ holds, ~ holds with exceptions, ? unknown, ✗ broken) \
            with every breach and everything that cannot be confirmed, the honest answer, then \
            the findings, most severe first. See docs/checks.md for every finding and the JSON \
            schema. Color only on a terminal, never when NO_COLOR is set. \
            Exit codes: 0 every claim holds (with or without exceptions) and no error finding; \
            1 otherwise, or no such claim or offering; 2 the file cannot be read or has problems \
            (listed on standard error).
            """
    )

    @Argument(help: "The map file to check.")
    var file: String

    @Option(help: "Check only this claim (by id).")
    var claim: String?

    @Option(help: "Check only this offering's claims (by id).")
    var offering: String?

    @Option(help: "Output format: text or json.")
    var format: ReportFormat = .text

    @Option(help: "Judge exceptions and reviews as of this day (YYYY-MM-DD) instead of today, for reproducible reports.")
    var today: String?

    func validate() throws {
        _ = try MapLoading.day(today)
    }

    func run() throws {
        let map = try MapLoading.load(file)
        let day = try MapLoading.day(today)
        try MapLoading.requireClaim(claim, in: map)
        if let offering, !map.offerings.contains(where: { $0.id == offering }) {
            let known = map.offerings.map(\.id).map { TerminalText.sanitize($0) }.joined(separator: ", ")
            MapLoading.standardError("resmap: error: the map has no offering \(quote(offering)). Offerings: \(known.isEmpty ? "none" : known).\n")
            throw ExitCode(1)
        }

        let full = ResidencyEvaluator(today: day).evaluate(map)
        let claims = full.claims.filter { result in
            (claim.map { result.claim.id == $0 } ?? true) && (offering.map { result.claim.offering == $0 } ?? true)
        }
        let evaluation = claims.count == full.claims.count
            ? full
            : Evaluation(today: day, claims: claims, findings: full.findings)

        switch format {
        case .text:
            let style = TextStyle.forTerminal(isTerminal: isatty(STDOUT_FILENO) == 1, environment: ProcessInfo.processInfo.environment)
            print(CheckTextReport(style: style).render(evaluation, map: map, fileName: file), terminator: "")
        case .json:
            print(try CheckJSON.encode(evaluation, map: map, fileName: file), terminator: "")
        }
        if !evaluation.passes { throw ExitCode(1) }
    }
}

enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

/// Loading a map for `check` and `answer`, with the exit codes both promise.
enum MapLoading {
    /// The map, or exit 2 with the loader's diagnostics on standard error.
    static func load(_ path: String) throws -> ResidencyMap {
        switch MapFile.read(path: path) {
        case .success(let map):
            return map
        case .problems(let diagnostics):
            let text = diagnostics.map(\.description).joined(separator: "\n")
            standardError(text + "\n\(path): \(diagnostics.count) problem\(diagnostics.count == 1 ? "" : "s"); fix them (see `resmap validate`) before checking claims.\n")
            throw ExitCode(2)
        case .unreadable(let reason):
            standardError("resmap: error: \(reason)\n")
            throw ExitCode(2)
        }
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
private func quote(_ text: String) -> String {
    "'" + TerminalText.sanitize(text) + "'"
}
