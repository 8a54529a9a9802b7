/// The page's header and claim lists, and the appendix's claim-by-claim answers: who owns the map
/// and which version this is, which claims sales may use, and every claim's honest answer.
extension ApprovalNoteWriter {
    // MARK: 1. Header

    func writeHeader() {
        document.heading(1, "Data residency approval note: \(map.header.name)")
        var lines: [Markup] = ["**Owner:** \(map.header.owner). **Last review:** " + reviewWords()]
        let review = ReviewState(map: map)
        lines.append("**Sign-offs:** " + signOffWords(current: review.fingerprint))
        lines.append("**Review:** " + reviewWords(review))
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

    private func signOffWords(current: String) -> Markup {
        let all = map.header.signOffs
        guard !all.isEmpty else { return "**none recorded** in the map" }
        let signOffs = all.prefix(limits.items)
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
            if let approved = signOff.fingerprint {
                part += signOff.approves(current) ? ", content `\(Markup(trusted: MapFingerprint.short(approved)))`"
                    : ", **stale** (approved `\(Markup(trusted: MapFingerprint.short(approved)))`)"
            }
            return part
        }
        let more: Markup = all.count > signOffs.count ? "; and \(all.count - signOffs.count) more" : ""
        return parts.joined(separator: "; ") + more
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

    // MARK: Appendix: every claim's answer

    func writeOneMinuteAnswers() {
        document.heading(2, "Every claim and its honest answer")
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

    // MARK: Claim lists

    /// The claims sales can use word for word, with sign-off, and not at all; each list names the
    /// first few (for "do not use", broken before unknown, most breaks first) and counts the rest.
    func writeClaimLists(heading: Markup = "What sales can say") {
        document.heading(2, heading)
        let claims = evaluation.claims
        let holds = claims.filter { $0.verdict == .holds }
        let withExceptions = claims.filter { $0.verdict == .holdsWithExceptions }
        let notUsable = claims.enumerated().filter { !$0.element.verdict.isAcceptable }.sorted { lhs, rhs in
            let l = lhs.element, r = rhs.element
            if (l.verdict == .broken) != (r.verdict == .broken) { return l.verdict == .broken }
            if l.openBreachCount != r.openBreachCount { return l.openBreachCount > r.openBreachCount }
            return lhs.offset < rhs.offset
        }.map(\.element)

        var items: [Markup] = []
        var more = 0
        for (label, results, line) in [
            ("**Use as written:**" as Markup, holds, { (r: ClaimResult) -> Markup in "\"\(r.claim.text)\" (\(self.context.offeringName(r.claim.offering)))." }),
            ("**Only with sign-off:**", withExceptions, exceptionLine),
            ("**Do not use:**", notUsable, reasonLine),
        ] as [(Markup, [ClaimResult], (ClaimResult) -> Markup)] {
            items += results.prefix(limits.items).map { label + " " + line($0) }
            more += max(0, results.count - limits.items)
        }
        if items.isEmpty { items.append("No claims are written, so there is nothing sales can say yet.") }
        if more > 0 { items.append("And \(Self.count(more, "more claim", "more claims")): see the appendix.") }
        document.paragraph("Say a usable claim word for word; sign-off means the exceptions named are approved and current.")
        document.bullets(items)
    }

    private func exceptionLine(_ result: ClaimResult) -> Markup {
        var ids: [String] = []
        for breach in result.coveredBreaches {
            if let id = breach.coveredBy, !ids.contains(id) { ids.append(id) }
        }
        return "\"\(result.claim.text)\" (\(context.offeringName(result.claim.offering))), under \(Wording.list(ids))."
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
