/// The one page a reviewer signs (docs/export.md, "The approval note"): the header, the one-minute
/// answer per offering, the claims sales can and cannot use, the exceptions that need sign-off,
/// where data, logs, backups and access go, and what sits outside each promised region. Lists
/// name the worst few items and count the rest ("and 37 more"), so the page stays one page
/// however large the map; every row is in the appendix.
extension ApprovalNoteWriter {
    // MARK: The one-minute answer

    func writeOfferingAnswers() {
        document.heading(2, "The one-minute answer")
        let offerings = offeringsWithClaims
        guard !offerings.isEmpty else {
            document.paragraph("The map lists no offerings and no claims.")
            return
        }
        let byOffering = Dictionary(grouping: evaluation.claims, by: { $0.claim.offering })
        var items: [Markup] = offerings.prefix(limits.offerings).map { offering in
            offeringAnswer(offering, claims: byOffering[offering.id] ?? [])
        }
        if offerings.count > limits.offerings {
            items.append("And \(Self.count(offerings.count - limits.offerings, "more offering", "more offerings")): see the appendix.")
        }
        document.bullets(items)
    }

    /// "**EU residency** (promised region: EU): personal data is kept in Frankfurt, Germany (14
    /// systems) ... Outside the EU: 7 systems hold or receive it, 3 roles open it; 4 not confirmed.
    /// Claims: 1 to use as written, 1 with sign-off, 3 not to use."
    private func offeringAnswer(_ offering: (id: String, name: String, region: RegionSpec?), claims: [ClaimResult]) -> Markup {
        guard let region = offering.region else {
            return "**\(offering.name)**, an offering the map does not have: \(Markup(trusted: claimCounts(claims)))"
        }
        let phrase = regionPhrase(region)
        var answer: Markup = "**\(offering.name)** (promised region: \(regionWords(region))): "
        let held = context.dataHeld(forOffering: offering.id)
        let inside = context.insideFlags(region: region)
        var places: [String: Int] = [:]
        var order: [String] = []
        for (position, system) in map.systems.enumerated()
        where held[position].intersects(context.index.personal) && system.status == .confirmed
            && context.isInside(system: position, flags: inside) {
            let words = context.locationWords(ofSystem: position)
            if places[words] == nil { order.append(words) }
            places[words, default: 0] += 1
        }
        if order.isEmpty {
            answer += "no system is confirmed to keep its personal data inside \(phrase)."
        } else {
            let named = order.sorted { places[$0]! > places[$1]! }.map { "\($0) (\(Self.count(places[$0]!, "system", "systems")))" }
            answer += "personal data is kept in \(limitedList(named, noun: ("place", "places")))."
        }
        let result = context.implied[offering.id]
        var systems = Set<String>(), roles = Set<String>()
        for breach in result?.breaches ?? [] {
            if let access = breach.access { roles.insert(access.role) } else { systems.insert(breach.system) }
        }
        let unconfirmed = Set((result?.uncertainties ?? []).filter { $0.reason != .nothingInScope }.map(unconfirmedName))
        if systems.isEmpty && roles.isEmpty && unconfirmed.isEmpty {
            answer += " Nothing is stored, processed, copied or opened outside \(phrase)."
        } else {
            var parts: [String] = []
            if !systems.isEmpty { parts.append("\(Self.count(systems.count, "system holds", "systems hold")) or receive\(systems.count == 1 ? "s" : "") it") }
            if !roles.isEmpty { parts.append("\(Self.count(roles.count, "role opens", "roles open")) it") }
            if !unconfirmed.isEmpty { parts.append("\(unconfirmed.count) not confirmed inside") }
            answer += " **Outside \(phrase):** \(parts.joined(separator: "; "))."
        }
        return answer + " " + Markup(trusted: claimCounts(claims))
    }

    private func claimCounts(_ claims: [ClaimResult]) -> String {
        guard !claims.isEmpty else { return "No claims are written, so there is nothing sales can say yet." }
        let holds = claims.filter { $0.verdict == .holds }.count
        let signed = claims.filter { $0.verdict == .holdsWithExceptions }.count
        return "Claims: \(holds) to use as written, \(signed) with sign-off, \(claims.count - holds - signed) not to use."
    }

    // MARK: Exceptions that need sign-off

    /// Every exception, the most urgent first: expired, expiring within 30 days, then by expiry.
    func writeSignOffExceptions() {
        document.heading(2, "Exceptions that need sign-off")
        guard !map.exceptions.isEmpty else {
            document.paragraph("None recorded.")
            return
        }
        let claimText = Dictionary(map.claims.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
        let sorted = map.exceptions.enumerated().sorted { lhs, rhs in
            let l = lhs.element.expires.map { today.days(until: $0) } ?? Int.max
            let r = rhs.element.expires.map { today.days(until: $0) } ?? Int.max
            return l == r ? lhs.offset < rhs.offset : l < r
        }.map(\.element)
        var items: [Markup] = sorted.prefix(limits.items).map { exception in
            let claim: Markup = claimText[exception.claim].map { "\"\($0)\"" } ?? "claim \(exception.claim) (not in the map)"
            return "**\(exception.id)** on \(claim): \(coverWords(exception.covers)); \(approvalWords(exception)); "
                + exceptionState(exception) + "."
        }
        if sorted.count > limits.items {
            items.append("And \(sorted.count - limits.items) more: see the exceptions register in the appendix.")
        }
        document.bullets(items)
    }

    // MARK: Where data, logs, backups and access go

    func writeWhereItGoes() {
        document.heading(2, "Where data, logs, backups and access go")
        let personal = context.index.personal
        var stores = PlaceGroups()
        var telemetry = PlaceGroups()
        for (position, system) in map.systems.enumerated() {
            if context.index.held[position].intersects(personal) {
                stores.add(context.locationWithStatus(ofSystem: position), system.name)
            }
            if system.kind.isTelemetry { telemetry.add(context.locationWithStatus(ofSystem: position), system.name) }
        }
        var copies = PlaceGroups()
        for (i, copy) in map.copies.enumerated() {
            let place = context.index.copyTo[i].map { context.locationWithStatus(ofSystem: $0) } ?? "not in the map"
            copies.add(place, "\(copy.kind.cachedLabel) to \(context.systemName(copy.to))")
        }
        var access = PlaceGroups()
        var people = 0
        for role in map.roles where !role.access.isEmpty {
            let from = role.countries.isEmpty ? "countries not written" : context.countryNames(role.countries).joined(separator: ", ")
            access.add(from, role.headcount.map { "\(role.name), \(Self.count($0, "person", "people"))" } ?? role.name)
            people += role.headcount ?? 0
        }
        let n = limits.items
        var items: [Markup] = []
        items.append(stores.isEmpty ? "**Personal data:** no system is mapped as holding it."
            : "**Personal data:** \(Self.count(stores.total, "system", "systems")) in \(stores.counted(groups: n)).")
        items.append(telemetry.isEmpty ? "**Logs, traces, errors, analytics:** none mapped; check that none is missing."
            : "**Logs, traces, errors, analytics:** \(telemetry.named(groups: n, names: 3)).")
        items.append(copies.isEmpty ? "**Backups and other copies:** none mapped; if any exist, they are missing from the map."
            : "**Backups and other copies:** \(copies.named(groups: n, names: 2)).")
        items.append(access.isEmpty ? "**Staff and vendor access:** nobody's access is mapped."
            : "**Staff and vendor access** (\(Self.count(access.total, "role", "roles")), \(people) people), from: \(access.named(groups: n, names: 2)).")
        document.bullets(items)
    }

    // MARK: Outside each promised region

    func writeOutsideSummary() {
        document.heading(2, "What sits outside each promised region")
        guard !map.offerings.isEmpty else {
            document.paragraph("The map lists no offerings, so no region is promised.")
            return
        }
        var items: [Markup] = map.offerings.prefix(limits.offerings).map { offering in
            let phrase = regionPhrase(offering.region)
            let result = context.implied[offering.id]
            var outside: [String] = []
            var seen: Set<String> = []
            for breach in result?.breaches ?? [] {
                let key = breach.access.map { "role:" + $0.role } ?? "system:" + breach.system
                guard seen.insert(key).inserted else { continue }
                if let access = breach.access {
                    let name = context.index.rolePosition[access.role].map { map.roles[$0].name } ?? access.role
                    outside.append("\(name) opens it from \(Wording.list(context.countryNames(access.countries)))")
                } else {
                    let places = Self.uniqueDescriptions(breach.places, catalogue: catalogue)
                    outside.append("\(context.systemName(breach.system)) (\(places.joined(separator: "; ")))")
                }
            }
            var unconfirmed: [String] = []
            var seenUnconfirmed: Set<String> = []
            for uncertainty in result?.uncertainties ?? [] where uncertainty.reason != .nothingInScope {
                let name = unconfirmedName(uncertainty)
                guard seenUnconfirmed.insert(name).inserted else { continue }
                unconfirmed.append("\(name) (\(Self.reasonWords(uncertainty.reason)))")
            }
            var line: Markup = "**\(offering.name)**, outside \(phrase): "
            if outside.isEmpty && unconfirmed.isEmpty {
                return line + "nothing; every system and role is confirmed inside."
            }
            line += outside.isEmpty ? "nothing confirmed outside." : "\(limitedList(outside, noun: ("more", "more")))."
            if !unconfirmed.isEmpty {
                line += " **Not confirmed inside:** \(limitedList(unconfirmed, noun: ("more", "more")))."
            }
            return line
        }
        if map.offerings.count > limits.offerings {
            items.append("And \(Self.count(map.offerings.count - limits.offerings, "more offering", "more offerings")): see the appendix.")
        }
        document.bullets(items)
    }

    func writePageEnd() {
        document.paragraph("Every system, copy, grant, request path, exception and finding is in the appendix (`resmap export --appendix`).")
    }

    // MARK: Appendix

    /// The appendix's heading. After the page in one file, `ApprovalNoteWriter.write` puts a rule
    /// before it (where a printer should start a new page); in a file of its own it opens the file.
    func writeAppendixHeading() {
        document.heading(1, "Appendix: \(map.header.name)")
    }

    // MARK: Helpers

    /// The first `limits.items` of a list and "and N more" ("N more places").
    func limitedList(_ items: [String], noun: (String, String)) -> String {
        let n = limits.items
        guard items.count > n + 1 else { return Wording.list(items, semicolons: items.contains { $0.contains(",") }) }
        let rest = items.count - n
        let tail = noun.0 == "more" ? "\(rest) more" : "\(rest) more \(rest == 1 ? noun.0 : noun.1)"
        let shown = Array(items.prefix(n)) + [tail]
        return Wording.list(shown, semicolons: shown.contains { $0.contains(",") })
    }

    /// The system or role an uncertainty is about, by name.
    private func unconfirmedName(_ uncertainty: Uncertainty) -> String {
        switch uncertainty.subject {
        case .system(let id), .copy(_, let id, _), .access(_, let id):
            if case .access(let role, _) = uncertainty.subject, uncertainty.reason == .roleCountriesUnknown {
                return context.index.rolePosition[role].map { map.roles[$0].name } ?? role
            }
            return context.systemName(id)
        case .flowStep(let flow, let step):
            if let position = flowPosition[flow], step >= 1, step <= map.flows[position].steps.count {
                return context.systemName(map.flows[position].steps[step - 1].system)
            }
            return "step \(step) of \(flow)"
        case .role(let role):
            return context.index.rolePosition[role].map { map.roles[$0].name } ?? role
        default:
            return "the whole offering"
        }
    }

    /// "active, 122 days left", "**expired** 153 days ago", "**expires in 12 days**".
    func exceptionState(_ exception: ClaimException) -> Markup {
        guard let expires = exception.expires else { return "active, no expiry" }
        let left = today.days(until: expires)
        if left < 0 {
            return "**expired** \(Markup(trusted: Self.count(-left, "day", "days"))) ago"
        }
        if left <= 30 {
            return left == 0 ? "**expires today**" : "**expires in \(Markup(trusted: Self.count(left, "day", "days")))**"
        }
        return "active, \(Markup(trusted: Self.count(left, "day", "days"))) left"
    }
}

/// How much the page names. The first tier is tried first; the writer falls back to the next
/// while the page is over `PageBudget`.
struct PageLimits: Sendable {
    /// Items named per list before "and N more".
    var items: Int
    /// Offerings given their own line.
    var offerings: Int

    static let tiers = [
        PageLimits(items: 4, offerings: 3), PageLimits(items: 3, offerings: 3), PageLimits(items: 2, offerings: 2),
        PageLimits(items: 1, offerings: 1),
    ]
}

/// The page's length budget (docs/export.md, "The one-page budget"): the note, rendered by
/// cmark-gfm to plain text wrapped at `columns`, is at most `lines` lines. 10-point type with
/// 12-point leading (what groff's man macros and most print stylesheets use) puts 100 columns in
/// 6.5 inches and about 60 lines on an A4 or Letter page inside ordinary margins.
public enum PageBudget {
    public static let lines = 60
    public static let columns = 100

    /// An estimate of the rendered lines from the Markdown source: each source line wrapped at
    /// `columns` (list items at `columns - 4`, as cmark-gfm indents them), without the emphasis
    /// marks, code ticks and escapes that are not printed. Entities (`&lt;`) count as written,
    /// so the estimate errs long; the tests check the real rendering.
    static func estimatedLines(_ markdown: String) -> Int {
        var total = 0
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            if line.isEmpty { total += 1; continue }
            let isItem = line.hasPrefix("- ")
            total += wrappedLines(isItem ? line.dropFirst(2) : line[...], width: isItem ? columns - 4 : columns)
        }
        return total
    }

    private static func wrappedLines(_ text: Substring, width: Int) -> Int {
        var lines = 1
        var used = 0
        for word in text.split(separator: " ") {
            // Emphasis marks, code ticks and escapes are not printed.
            let length = word.filter { $0 != "*" && $0 != "`" && $0 != "\\" }.count
            if used == 0 {
                used = length
            } else if used + 1 + length <= width {
                used += 1 + length
            } else {
                lines += 1
                used = length
            }
        }
        return lines
    }
}

/// Names grouped by where they are, in first-seen order of places: "Frankfurt, Germany: CDN edge
/// logs, Application logs; United States: Error tracking".
struct PlaceGroups {
    private var order: [String] = []
    private var members: [String: [String]] = [:]
    private(set) var total = 0

    var isEmpty: Bool { order.isEmpty }

    mutating func add(_ place: String, _ name: String) {
        if members[place] == nil { order.append(place) }
        members[place, default: []].append(name)
        total += 1
    }

    /// The places with the most names first (ties in first-seen order).
    private var ranked: [String] {
        order.enumerated().sorted { lhs, rhs in
            let l = members[lhs.element]!.count, r = members[rhs.element]!.count
            return l == r ? lhs.offset < rhs.offset : l > r
        }.map(\.element)
    }

    /// "Frankfurt, Germany (14); Dublin, Ireland (3); and 4 more places (6)".
    func counted(groups: Int) -> String {
        let ranked = self.ranked
        var parts = ranked.prefix(groups).map { "\($0) (\(members[$0]!.count))" }
        if ranked.count > groups {
            let rest = ranked.dropFirst(groups)
            parts.append("\(rest.count) more \(rest.count == 1 ? "place" : "places") (\(rest.map { members[$0]!.count }.reduce(0, +)))")
        }
        return Wording.list(parts, semicolons: true)
    }

    /// "Frankfurt, Germany: A, B and 2 more; United States: C; 3 more places (7)".
    func named(groups: Int, names: Int) -> String {
        let ranked = self.ranked
        var parts = ranked.prefix(groups).map { place -> String in
            let all = members[place]!
            let shown = all.count > names + 1 ? Array(all.prefix(names)) + ["\(all.count - names) more"] : all
            return "\(place): \(Wording.list(shown))"
        }
        if ranked.count > groups {
            let rest = ranked.dropFirst(groups)
            parts.append("\(rest.count) more \(rest.count == 1 ? "place" : "places") (\(rest.map { members[$0]!.count }.reduce(0, +)))")
        }
        return parts.joined(separator: "; ")
    }
}
