import ArgumentParser
import Foundation
import ResidencyModel

/// `resmap check FILE`: every claim's verdict with where it breaks, then the findings.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check every claim against the map and list the findings.",
        discussion: """
            Prints each claim's verdict (✓ holds, ~ holds with exceptions, ? unknown, ✗ broken), \
            how many breaches and things not confirmed it has, the first 5 of each (--all lists \
            every one), the honest answer, then the findings, most severe first, the first 5 \
            of each kind (--all: every one). --format json lists the same first 5 breaches and \
            uncertainties per claim (--all: every one) with the counts, and every finding. See docs/checks.md for every finding and \
            the JSON schema. Color only on a terminal, never when NO_COLOR is set. \
            Then the review: each team's sign-off (current, stale when the map's content \
            changed since it was signed, or missing) and the open gap marks. \
            Exit codes: 0 every claim holds (with or without exceptions) and no error finding; \
            1 otherwise, or no such claim or offering; 2 the file cannot be read or has problems \
            (listed on standard error); 3 with --require-sign-off, the claims pass but a \
            required team has no current sign-off or an open gap mark blocks (each is listed).
            """
    )

    @OptionGroup var map: MapOptions

    @Option(help: "Check only this claim (by id).")
    var claim: String?

    @Option(help: "Check only this offering's claims (by id).")
    var offering: String?

    @Option(help: "Output format: text or json.")
    var format: ReportFormat = .text

    @Flag(help: "Fail (exit 3) unless every required team signed off on this content and no gap mark is open.")
    var requireSignOff = false

    @Flag(help: "List every breach, everything not confirmed and every finding, not only the first 5 of each.")
    var all = false

    func run() throws {
        let file = self.map.file
        let map = try self.map.load()
        let day = try self.map.day()
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

        // Written as it goes: a large map's report is never one string.
        let sink = DescriptorSink(descriptor: STDOUT_FILENO)
        let limit = all ? nil : CheckTextReport.defaultLimit
        switch format {
        case .text:
            let style = TextStyle.forTerminal(isTerminal: isatty(STDOUT_FILENO) == 1, environment: ProcessInfo.processInfo.environment)
            CheckTextReport(style: style, limit: limit).write(evaluation, map: map, fileName: file, to: sink)
            sink.write("\n" + ReviewTextReport(style: style).render(ReviewState(map: map)))
        case .json:
            CheckJSON.write(evaluation, map: map, fileName: file, limit: limit, to: sink)
        }
        sink.flush()
        if let code = sink.failure {
            MapLoading.standardError("resmap: error: cannot write the report: \(String(cString: strerror(code)))\n")
            throw ExitCode(1)
        }
        if !evaluation.passes { throw ExitCode(1) }
        if requireSignOff {
            let blockers = ReviewState(map: map).blockers
            if !blockers.isEmpty {
                MapLoading.standardError("resmap: the map is not fully signed off:\n"
                    + blockers.map { "  \(TerminalText.sanitize($0))\n" }.joined())
                throw ExitCode(3)
            }
        }
    }
}

enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

