import ArgumentParser
import Foundation
import ResidencyModel

/// `resmap answer FILE [CLAIM]`: the honest answers, ready to paste.
struct AnswerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "answer",
        abstract: "Print the honest answer for each claim, ready to paste.",
        discussion: """
            For each claim (or the one named), prints its id, verdict and words, then the narrow \
            true answer: where the data is, what leaves the region (approved exceptions marked), \
            and what cannot yet be said. Exit codes: 0 printed; 1 unknown claim; 2 the file \
            cannot be read or has problems.
            """
    )

    @OptionGroup var map: MapOptions

    @Argument(help: "Answer only this claim (by id).")
    var claim: String?

    @Flag(help: "Print only the answer text, one paragraph per claim, without headings.")
    var plain = false

    func run() throws {
        let map = try self.map.load()
        let day = try self.map.day()
        try MapLoading.requireClaim(claim, in: map)
        let results = ResidencyEvaluator(today: day).evaluate(map).claims.filter { claim == nil || $0.claim.id == claim }
        if plain {
            print(results.map { TerminalText.sanitize($0.answer.text) }.joined(separator: "\n\n"))
            return
        }
        let style = TextStyle.forTerminal(isTerminal: isatty(STDOUT_FILENO) == 1, environment: ProcessInfo.processInfo.environment)
        print(AnswerTextReport(style: style).render(results), terminator: "")
    }
}
