/// The note's review line: which required teams signed this content, whose sign-off is stale
/// (with the day it approved other content), who has not signed, and the open gap marks that
/// block a full sign-off. Kept to one short line: the page has a budget.
extension ApprovalNoteWriter {
    func reviewWords(_ review: ReviewState) -> Markup {
        let content = Markup(trusted: MapFingerprint.short(review.fingerprint))
        var words: Markup = review.isComplete ? "fully signed off for content `\(content)`"
            : "**not fully signed off** for content `\(content)`"
        let required = review.teams.filter(\.required)
        func names(_ state: TeamReview.State) -> [Markup] {
            required.filter { $0.state == state }.map { team in
                guard state == .stale, let on = team.signOff?.on else { return "\(team.team)" }
                return "\(team.team) (signed \(on))"
            }
        }
        var groups: [Markup] = []
        let current = names(.current), stale = names(.stale), missing = names(.missing)
        if !current.isEmpty { groups.append("current: " + current.joined(separator: ", ")) }
        if !stale.isEmpty { groups.append("**stale**: " + stale.joined(separator: ", ")) }
        if !missing.isEmpty { groups.append("**not signed**: " + missing.joined(separator: ", ")) }
        if !groups.isEmpty { words += "; " + groups.joined(separator: "; ") }
        let open = review.openGaps
        if !open.isEmpty {
            let shown = open.prefix(limits.items).map { indexed -> Markup in
                "`\(Markup(trusted: indexed.ref.description))` \(indexed.gap.team) on \(indexed.gap.about.description): \(indexed.gap.text)"
            }
            let more: Markup = open.count > shown.count ? "; and \(open.count - shown.count) more" : ""
            words += ". **\(Markup(trusted: Self.count(open.count, "open gap mark blocks", "open gap marks block"))) it:** "
                + shown.joined(separator: "; ") + more
        }
        return words
    }
}
