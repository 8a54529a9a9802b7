/// The review section `resmap check` prints after the claims and findings: each team's sign-off
/// state and the open gap marks that block a full sign-off. Every map string is sanitized.
public struct ReviewTextReport: Sendable {
    public var style: TextStyle

    public init(style: TextStyle = .plain) {
        self.style = style
    }

    public func render(_ review: ReviewState) -> String {
        var lines: [String] = []
        let verdict = review.isComplete ? style.verdict("✓ fully signed off", .holds)
            : style.verdict("✗ not fully signed off", .broken)
        lines.append(style.bold("Review") + " (content \(MapFingerprint.short(review.fingerprint))): " + verdict)
        for team in review.teams {
            let mark: String
            switch team.state {
            case .current: mark = style.verdict("✓ current", .holds)
            case .stale: mark = style.verdict("✗ stale  ", .broken)
            case .missing: mark = style.verdict(team.required ? "✗ missing" : "? missing", team.required ? .broken : .unknown)
            }
            let optional = team.required ? "" : style.dim(" (not required)")
            lines.append("  \(mark) \(safe(team.team)): \(safe(team.summary))\(optional)")
        }
        if !review.openGaps.isEmpty {
            lines.append("  Open gap marks (\(review.openGaps.count)) block a full sign-off:")
            for open in review.openGaps {
                var by = safe(open.gap.team)
                if let who = open.gap.by { by += ", \(safe(who))" }
                if let on = open.gap.on { by += ", \(on)" }
                lines.append("    \(style.verdict("?", .unknown)) \(open.ref) about \(safe(open.gap.about.description)) (\(by)): \(safe(open.gap.text))")
            }
        }
        if !review.resolvedGaps.isEmpty {
            lines.append("  " + style.dim("\(Wording.count(review.resolvedGaps.count, "gap mark", "gap marks")) resolved"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func safe(_ text: String) -> String { TerminalText.sanitize(text) }
}
