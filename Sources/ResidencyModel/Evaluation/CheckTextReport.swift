/// The text `resmap check` prints: each claim's verdict with its breaches and uncertainties and
/// its honest answer, then the findings, then a one-line result. Every map string goes through
/// `TerminalText.sanitize`.
public struct CheckTextReport: Sendable {
    public var style: TextStyle
    /// Print each claim's honest answer under its breaches.
    public var includeAnswers: Bool

    public init(style: TextStyle = .plain, includeAnswers: Bool = true) {
        self.style = style
        self.includeAnswers = includeAnswers
    }

    public func render(_ evaluation: Evaluation, map: ResidencyMap, fileName: String) -> String {
        var lines: [String] = []
        lines.append(style.bold(safe(map.header.name)) + " — " + safe(fileName) + ", checked for \(evaluation.today)")
        lines.append("")

        lines.append(style.bold("Claims (\(evaluation.claims.count))"))
        if evaluation.claims.isEmpty { lines.append("  The map makes no claims.") }
        for result in evaluation.claims {
            lines.append("")
            lines.append(contentsOf: claimLines(result))
        }

        lines.append("")
        let counts = Dictionary(grouping: evaluation.findings, by: \.severity).mapValues(\.count)
        let tally = Severity.allCases.reversed().map { Wording.count(counts[$0] ?? 0, $0.rawValue, Self.plural($0)) }
        lines.append(style.bold("Findings (\(Wording.list(tally)))"))
        if evaluation.findings.isEmpty { lines.append("  None.") }
        for finding in evaluation.findings {
            let label = style.severity("\(finding.severity.symbol) \(finding.severity.rawValue.reportPadded(7))", finding.severity)
            lines.append("  \(label) \(finding.id): \(safe(finding.message))")
            lines.append("            " + style.dim("at \(safe(finding.subject.reference)) · fix: \(finding.fix)"))
        }

        lines.append("")
        lines.append(resultLine(evaluation))
        return lines.joined(separator: "\n") + "\n"
    }

    func claimLines(_ result: ClaimResult) -> [String] {
        let claim = result.claim
        var lines: [String] = []
        let verdict = style.verdict("\(result.verdict.symbol) \(result.verdict.label)", result.verdict)
        lines.append("\(verdict)  \(style.bold(safe(claim.id))): \"\(safe(claim.text))\"")
        let scope = ClaimEngine.aspectOrder.filter(claim.effectiveScope.contains).map(\.rawValue).joined(separator: ", ")
        let data = claim.data == nil ? "all personal data" : result.data.map(safe).joined(separator: ", ")
        lines.append("  " + style.dim("offering \(safe(claim.offering)) · region \(safe(result.region.displayName)) · data \(data) · scope \(scope)"))
        for breach in result.breaches {
            let symbol = breach.isCovered ? Verdict.holdsWithExceptions.symbol : Verdict.broken.symbol
            let marked = breach.isCovered ? style.verdict(symbol, .holdsWithExceptions) : style.verdict(symbol, .broken)
            lines.append("  \(marked) \(breach.aspect.rawValue.reportPadded(10)) \(safe(breach.message))")
        }
        for uncertainty in result.uncertainties {
            let aspect = uncertainty.aspect?.rawValue ?? "claim"
            lines.append("  \(style.verdict(Verdict.unknown.symbol, .unknown)) \(aspect.reportPadded(10)) \(safe(uncertainty.message))")
        }
        if includeAnswers {
            lines.append("  Honest answer: \(safe(result.answer.text))")
        }
        return lines
    }

    func resultLine(_ evaluation: Evaluation) -> String {
        var verdicts: [String] = []
        for verdict in Verdict.allCases {
            let n = evaluation.claims.filter { $0.verdict == verdict }.count
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
