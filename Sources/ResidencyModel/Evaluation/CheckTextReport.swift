/// The text `resmap check` prints: each claim's verdict, its counts, its first breaches and
/// uncertainties (every one with `limit` nil) and its honest answer, then the findings, then a
/// one-line result. Written line by line into a sink, so a large map's report is never one
/// string. Every map string goes through `TerminalText.sanitize`.
public struct CheckTextReport: Sendable {
    public var style: TextStyle
    /// Print each claim's honest answer under its breaches.
    public var includeAnswers: Bool
    /// How many breaches, and how many things not confirmed, to print per claim (the rest are
    /// counted); nil prints every one (`resmap check --all`).
    public var limit: Int?

    /// What `resmap check` prints per claim without `--all`.
    public static let defaultLimit = 5

    public init(style: TextStyle = .plain, includeAnswers: Bool = true, limit: Int? = CheckTextReport.defaultLimit) {
        self.style = style
        self.includeAnswers = includeAnswers
        self.limit = limit
    }

    /// The whole report as one string (small maps, tests).
    public func render(_ evaluation: Evaluation, map: ResidencyMap, fileName: String) -> String {
        StringSink.collect { write(evaluation, map: map, fileName: fileName, to: $0) }
    }

    /// Writes the report into `sink` line by line, one claim's details in memory at a time.
    public func write(_ evaluation: Evaluation, map: ResidencyMap, fileName: String, to sink: TextSink) {
        func line(_ text: String = "") { sink.write(text + "\n") }
        line(style.bold(safe(map.header.name)) + " — " + safe(fileName) + ", checked for \(evaluation.today)")
        line()

        line(style.bold("Claims (\(evaluation.claims.count))"))
        if evaluation.claims.isEmpty { line("  The map makes no claims.") }
        for result in evaluation.claims {
            line()
            writeClaim(result, line: line)
        }

        line()
        var counts: [Severity: Int] = [:]
        for finding in evaluation.findings { counts[finding.severity, default: 0] += 1 }
        let tally = Severity.allCases.reversed().map { Wording.count(counts[$0] ?? 0, $0.rawValue, Self.plural($0)) }
        line(style.bold("Findings (\(Wording.list(tally)))"))
        if evaluation.findings.isEmpty { line("  None.") }
        for group in Self.findingGroups(evaluation.findings) {
            let shown = limit.map { group.prefix($0) } ?? group[...]
            for finding in shown {
                let label = style.severity("\(finding.severity.symbol) \(finding.severity.rawValue.reportPadded(7))", finding.severity)
                line("  \(label) \(finding.id): \(safe(finding.message))")
                line("            " + style.dim("at \(safe(finding.subject.reference)) · fix: \(finding.fix)"))
            }
            if let first = group.first, group.count > shown.count {
                let more = Wording.count(group.count - shown.count, "more \(first.id) finding", "more \(first.id) findings")
                line("  " + style.dim("… and \(more) (--all to list every one)"))
            }
        }

        line()
        line(resultLine(evaluation))
    }

    func writeClaim(_ result: ClaimResult, line: (String) -> Void) {
        let claim = result.claim
        let verdict = style.verdict("\(result.verdict.symbol) \(result.verdict.label)", result.verdict)
        line("\(verdict)  \(style.bold(safe(claim.id))): \"\(safe(claim.text))\"")
        let scope = ClaimEngine.aspectOrder.filter(claim.effectiveScope.contains).map(\.rawValue).joined(separator: ", ")
        let data = claim.data == nil ? "all personal data" : result.data.map(safe).joined(separator: ", ")
        line("  " + style.dim("offering \(safe(claim.offering)) · region \(safe(result.region.displayName)) · data \(data) · scope \(scope)"))
        let breachCount = result.openBreachCount + result.coveredBreachCount
        let uncertaintyCount = result.uncertaintyCount
        line("  " + Self.counts(open: result.openBreachCount, covered: result.coveredBreachCount, uncertain: uncertaintyCount))
        let lists = limit.map { result.details(upTo: $0) } ?? result.listsReadOnce
        for breach in lists.breaches {
            let symbol = breach.isCovered ? Verdict.holdsWithExceptions.symbol : Verdict.broken.symbol
            let marked = breach.isCovered ? style.verdict(symbol, .holdsWithExceptions) : style.verdict(symbol, .broken)
            line("  \(marked) \(breach.aspect.rawValue.reportPadded(10)) \(safe(breach.message))")
        }
        if breachCount > lists.breaches.count {
            line("  " + style.dim("… and \(Wording.count(breachCount - lists.breaches.count, "more breach", "more breaches")) (--all to list every one)"))
        }
        for uncertainty in lists.uncertainties {
            let aspect = uncertainty.aspect?.rawValue ?? "claim"
            line("  \(style.verdict(Verdict.unknown.symbol, .unknown)) \(aspect.reportPadded(10)) \(safe(uncertainty.message))")
        }
        if uncertaintyCount > lists.uncertainties.count {
            let more = uncertaintyCount - lists.uncertainties.count
            line("  " + style.dim("… and \(Wording.count(more, "more thing", "more things")) not confirmed (--all to list every one)"))
        }
        if includeAnswers {
            line("  Honest answer: \(safe(result.answer.text))")
        }
    }

    /// The findings by severity, then by id in the order each id first appears: a bounded report
    /// shows the first few of each kind, and a map of 10,000 systems has thousands of some kinds.
    static func findingGroups(_ findings: [Finding]) -> [[Finding]] {
        var groups: [[Finding]] = []
        var position: [String: Int] = [:]
        for finding in findings {
            let key = finding.severity.rawValue + " " + finding.id
            if let at = position[key] {
                groups[at].append(finding)
            } else {
                position[key] = groups.count
                groups.append([finding])
            }
        }
        return groups
    }

    /// "3 open breaches, 1 covered by an exception, 2 things not confirmed".
    static func counts(open: Int, covered: Int, uncertain: Int) -> String {
        let coveredPhrase = covered == 1 ? "1 covered by an exception" : "\(covered) covered by exceptions"
        return "\(Wording.count(open, "open breach", "open breaches")), \(coveredPhrase), "
            + "\(Wording.count(uncertain, "thing", "things")) not confirmed"
    }

    func resultLine(_ evaluation: Evaluation) -> String {
        var verdicts: [String] = []
        var tally: [Verdict: Int] = [:]
        for result in evaluation.claims { tally[result.verdict, default: 0] += 1 }
        for verdict in Verdict.allCases {
            let n = tally[verdict] ?? 0
            if n > 0 { verdicts.append("\(n) \(verdict.label)") }
        }
        let errors = evaluation.errors.count
        let claims = Wording.count(evaluation.claims.count, "claim", "claims")
        let detail = verdicts.isEmpty ? claims : "\(claims) (\(verdicts.joined(separator: ", ")))"
        let outcome = evaluation.passes ? style.verdict("passed", .holds) : style.verdict("failed", .broken)
        return "Result: \(outcome): \(detail), \(Wording.count(errors, "error finding", "error findings"))."
    }

    private func safe(_ text: String) -> String { TerminalText.sanitize(text) }

    private static func plural(_ severity: Severity) -> String {
        severity == .info ? "info" : severity.rawValue + "s"
    }
}

/// The text `resmap answer` prints: each claim's honest answer, ready to paste.
public struct AnswerTextReport: Sendable {
    public var style: TextStyle

    public init(style: TextStyle = .plain) {
        self.style = style
    }

    public func render(_ results: [ClaimResult]) -> String {
        var blocks: [String] = []
        for result in results {
            let verdict = style.verdict("\(result.verdict.symbol) \(result.verdict.label)", result.verdict)
            let header = "\(style.bold(TerminalText.sanitize(result.claim.id))) (\(verdict)): \"\(TerminalText.sanitize(result.claim.text))\""
            blocks.append(header + "\n" + TerminalText.sanitize(result.answer.text))
        }
        return blocks.joined(separator: "\n\n") + (blocks.isEmpty ? "" : "\n")
    }
}

private extension String {
    /// Pads with spaces to `width` characters (never cuts).
    func reportPadded(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
