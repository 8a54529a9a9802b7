/// Sections 1 to 3, the page a busy reader stops after: who owns the map and which version this
/// is, the one-minute answer for each offering, and which claims sales may use.
extension ApprovalNoteWriter {
    // MARK: 1. Header

    func writeHeader() {
        document.heading(1, "Data residency approval note: \(map.header.name)")
        var lines: [Markup] = ["**Owner:** \(map.header.owner)"]
        lines.append("**Last review:** " + reviewWords())
        lines.append("**Sign-offs:** " + signOffWords())
        let fingerprint = Markup(trusted: MapFingerprint.of(map))
        lines.append("**Version:** fingerprint `\(fingerprint)` (SHA-256 of the map's content), checked as of \(today)")
        lines.append("**Claims:** " + claimTally() + " **Findings:** " + findingTally())
        document.bullets(lines)
    }

    private func reviewWords() -> Markup {
        let header = map.header
        guard let last = header.lastReviewed else {
            return "**never reviewed** (the map records no review date)"
        }
        guard let due = header.reviewDue else {
            return "\(last); no review interval is set, so nothing says when the next is due"
        }
        if header.isReviewOverdue(on: today) {
            let late = due.days(until: today)
            return "\(last); **review overdue**: it was due on \(due), \(Markup(trusted: Self.count(late, "day", "days"))) ago"
        }
        let left = today.days(until: due)
        return "\(last); next review due \(due) (in \(Markup(trusted: Self.count(left, "day", "days"))))"
    }

    private func signOffWords() -> Markup {
        let signOffs = map.header.signOffs
        guard !signOffs.isEmpty else { return "**none recorded** in the map" }
        let last = map.header.lastReviewed
        let parts: [Markup] = signOffs.map { signOff in
            var part: Markup = "\(signOff.by)"
            if let team = signOff.team { part += " (\(team))" }
            if let on = signOff.on {
                part += " on \(on)"
                if let last, on < last { part += ", **before the last review**" }
            } else {
                part += ", date not recorded"
            }
            return part
        }
        return parts.joined(separator: "; ")
    }

    private func claimTally() -> Markup {
        let claims = evaluation.claims
        guard !claims.isEmpty else { return "none written." }
        var counts: [Verdict: Int] = [:]
        for result in claims { counts[result.verdict, default: 0] += 1 }
        let parts = Verdict.allCases.compactMap { verdict -> String? in
            guard let n = counts[verdict] else { return nil }
            return "\(n) \(verdict.label)"
        }
        return Markup(text: "\(claims.count) checked: \(parts.joined(separator: ", ")).")
    }

    private func findingTally() -> Markup {
        var counts: [Severity: Int] = [:]
        for finding in evaluation.findings { counts[finding.severity, default: 0] += 1 }
        let errors = Self.count(counts[.error] ?? 0, "error", "errors")
        let warnings = Self.count(counts[.warning] ?? 0, "warning", "warnings")
        let info = "\(counts[.info] ?? 0) for information"
        return Markup(text: "\(errors), \(warnings), \(info).")
    }

    // MARK: 2. One-minute answers

    func writeOneMinuteAnswers() {
        document.heading(2, "The one-minute answer")
        let byOffering = Dictionary(grouping: evaluation.claims, by: { $0.claim.offering })
        for offering in offeringsWithClaims {
            let results = byOffering[offering.id] ?? []
            if let region = offering.region {
                document.paragraph("**\(offering.name)** (promised region: \(regionWords(region))):")
            } else {
                document.paragraph("**\(offering.name)**, an offering the map does not have:")
            }
            guard !results.isEmpty else {
                document.paragraph("No claims are written for this offering, so there is nothing sales can say yet.")
                continue
            }
            document.bullets(results.map { result in
                "\(Self.verdictWords(result.verdict)): **\"\(result.claim.text)\"** \(result.answer.text)"
            })
        }
        if offeringsWithClaims.isEmpty {
            document.paragraph("The map lists no offerings and no claims.")
        }
    }

    // MARK: 3. Claim lists

    func writeClaimLists() {
        document.heading(2, "What sales can say")
        let claims = evaluation.claims
        let holds = claims.filter { $0.verdict == .holds }
        let withExceptions = claims.filter { $0.verdict == .holdsWithExceptions }
        let notUsable = claims.filter { !$0.verdict.isAcceptable }

        document.paragraph("**Use as written** (the claim holds):")
        document.bullets(holds.map { "\"\($0.claim.text)\" (\(context.offeringName($0.claim.offering)))" })
        if holds.isEmpty { document.paragraph("None.") }

        document.paragraph("**Use only with sign-off** (holds only under approved exceptions):")
        document.bullets(withExceptions.map(exceptionLine))
        if withExceptions.isEmpty { document.paragraph("None.") }

        document.paragraph("**Do not use** (broken, or not known to hold):")
        document.bullets(notUsable.map(reasonLine))
        if notUsable.isEmpty { document.paragraph("None.") }
    }

    private func exceptionLine(_ result: ClaimResult) -> Markup {
        var seen: Set<String> = []
        var parts: [Markup] = []
        for breach in result.coveredBreaches {
            guard let id = breach.coveredBy, seen.insert(id).inserted else { continue }
            if let exception = exceptionsByID[id] {
                parts.append("\(id) for \(coverWords(exception.covers)), \(approvalWords(exception))")
            } else {
                parts.append("\(id)")
            }
        }
        let label = parts.count == 1 ? "Exception" : "Exceptions"
        return "\"\(result.claim.text)\" (\(context.offeringName(result.claim.offering))). \(Markup(trusted: label)): "
            + parts.joined(separator: "; ") + "."
    }

    /// One line of reason: the first open break (or the first thing not confirmed), and how many
    /// more. Counted by the engine without building the claim's full breach list.
    private func reasonLine(_ result: ClaimResult) -> Markup {
        let head: Markup = "\"\(result.claim.text)\" (\(context.offeringName(result.claim.offering))), \(result.verdict.label)"
        if let first = result.firstOpenBreach {
            let more = result.openBreachCount - 1
            let tail: Markup = more > 0 ? " (\(Self.count(more, "more break", "more breaks")))" : ""
            return head + ": \(first.message)" + tail
        }
        if let first = result.firstUncertainty {
            let more = result.uncertaintyCount - 1
            let tail: Markup = more > 0 ? " (\(more) more not confirmed)" : ""
            return head + ": \(first.message)" + tail
        }
        return head + "."
    }
}
