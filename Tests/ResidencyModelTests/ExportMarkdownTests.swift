import Foundation
import Testing
@testable import ResidencyModel

/// The approval note's content, section by section, on small maps where every fact is known.
@Suite("Export: the Markdown approval note")
struct ExportMarkdownTests {
    static let day = ExportTestSupport.day

    /// A small map: EU offering, a Frankfurt database backed up to the US, a US error tracker,
    /// Canadian support, one flow, three claims and two exceptions.
    static let yaml = """
        resmap: 1
        map:
          name: Small Co
          owner: Ana (Platform)
          last_reviewed: 2026-10-01
          review_interval_days: 90
          sign_offs:
            - by: Lee
              team: legal
              on: 2026-09-01
            - by: Kim
              on: 2026-10-02
        offerings:
          - id: eu
            name: EU residency
            region: EU
        systems:
          - id: db
            name: Main database
            kind: database
            vendor: AWS RDS
            location: aws:eu-central-1
            data: [customer-records, contact-details]
            retention: 30 days
            status: confirmed
          - id: vault
            name: Backup vault
            kind: backup
            location: aws:us-east-1
            data: [customer-records, contact-details]
            retention: 35 days
            status: confirmed
          - id: errors
            name: Error tracker
            kind: error-tracking
            vendor: Sentry
            location: US
            data: [user-ids]
            retention: 90 days
            status: assumed
          - id: files
            name: File store
            kind: object-storage
            location: aws:eu-central-1
            data: [uploaded-files]
            retention: 30 days
            status: confirmed
          - id: metrics
            name: Metrics
            kind: warehouse
            location: DE
            data: []
            status: confirmed
        copies:
          - from: db
            to: vault
            kind: backup
            schedule: nightly
        roles:
          - id: support-ca
            name: Support (Canada)
            team: support
            countries: [CA]
            headcount: 2
            access:
              - system: db
                can: [view, export]
                when: always
                recorded: false
        flows:
          - id: signup
            name: Sign up
            trigger: User signs up
            steps:
              - system: db
                data: [customer-records]
              - system: errors
                data: [user-ids]
                when: on-error
              - system: files
                data: [uploaded-files]
        claims:
          - id: files-eu
            text: Files stay in the EU
            offering: eu
            data: [uploaded-files]
            scope: [storage]
          - id: records-eu
            text: Records stay in the EU
            offering: eu
            data: [customer-records]
            scope: [storage, copies]
          - id: access-eu
            text: Only EU staff open records
            offering: eu
            data: [customer-records]
            scope: [access]
        exceptions:
          - id: ex-vault
            claim: records-eu
            system: vault
            reason: Moving the vault to Frankfurt
            approved_by: Lee (Legal)
            approved_on: 2026-09-01
            expires: 2027-02-28
          - id: ex-old
            claim: access-eu
            role: support-ca
            reason: Old approval
            approved_by: Lee (Legal)
            expires: 2026-11-01
        """

    static func map() throws -> ResidencyMap {
        switch MapFile.decode(yaml: yaml, fileName: "small.yaml") {
        case .success(let map): return map
        case .problems(let problems): throw ExportTestError(problems.map(\.description).joined(separator: "\n"))
        case .unreadable(let reason): throw ExportTestError(reason)
        }
    }

    static func note(_ map: ResidencyMap, today: ISODate = day) -> String {
        MarkdownExporter(today: today).render(map, appendix: .inline)
    }

    /// The text from a `## heading` up to the next `## ` heading.
    static func section(_ note: String, _ heading: String) -> String {
        guard let start = note.range(of: "\n## \(heading)\n") else { return "" }
        let rest = note[start.upperBound...]
        let end = rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }

    @Test("The page's sections, then a rule, then the appendix's")
    func sectionOrder() throws {
        let note = Self.note(try Self.map())
        let headings = note.components(separatedBy: "\n").filter { $0.hasPrefix("# ") || $0.hasPrefix("## ") }
        #expect(headings == [
            "# Data residency approval note: Small Co",
            "## The one-minute answer",
            "## What sales can say",
            "## Exceptions that need sign-off",
            "## Where data, logs, backups and access go",
            "## What sits outside each promised region",
            "# Appendix: Small Co",
            "## Every claim and its honest answer",
            "## Every claim by use",
            "## Where customer data lives",
            "## Logs, backups and access",
            "## Outside the promised region",
            "## Request paths",
            "## Exceptions and open findings",
        ])
        let rule = try #require(note.range(of: "\n---\n"))
        let details = try #require(note.range(of: "# Appendix"))
        #expect(rule.lowerBound < details.lowerBound)
        #expect(note.hasSuffix("\n") && !note.hasSuffix("\n\n"))
        let page = MarkdownExporter(today: Self.day).render(try Self.map())
        #expect(note.hasPrefix(page + "\n---\n\n# Appendix"))
        let parts = MarkdownExporter(today: Self.day).renderParts(try Self.map())
        #expect(parts.page == page)
        #expect(note == parts.page + "\n---\n\n" + parts.appendix)
    }

    @Test("Header: owner, review due, sign-offs, fingerprint, tallies")
    func header() throws {
        let map = try Self.map()
        let note = Self.note(map)
        #expect(note.contains("- **Owner:** Ana (Platform). **Last review:** 2026-10-01; next review due 2026-12-30 (in 30 days)\n"))
        #expect(note.contains("- **Sign-offs:** Lee (legal) on 2026-09-01, **before the last review**; Kim on 2026-10-02\n"))
        #expect(note.contains("fingerprint `\(MapFingerprint.of(map))`"))
        #expect(note.contains("checked as of 2026-11-30"))
        #expect(note.contains("**Claims:** 3 checked: 1 holds, 1 holds with exceptions, 1 broken."))
    }

    @Test("Header: an overdue review is said plainly, with how late it is")
    func overdue() throws {
        let note = Self.note(try Self.map(), today: try #require(ISODate("2027-01-09")))
        #expect(note.contains("**Last review:** 2026-10-01; **review overdue**: it was due on 2026-12-30, 10 days ago\n"))
    }

    @Test("Header: no review date, no interval, no sign-offs")
    func missingReview() throws {
        var map = try Self.map()
        map.header.lastReviewed = nil
        map.header.signOffs = []
        let note = Self.note(map)
        #expect(note.contains("**Last review:** **never reviewed** (the map records no review date)\n"))
        #expect(note.contains("- **Sign-offs:** **none recorded** in the map\n"))
        map.header.lastReviewed = ISODate("2026-10-01")
        map.header.reviewIntervalDays = nil
        #expect(Self.note(map).contains("2026-10-01; no review interval is set"))
    }

    @Test("One-minute answers: every claim of the offering with its verdict and the engine's answer")
    func answers() throws {
        let map = try Self.map()
        let evaluation = ResidencyEvaluator(today: Self.day).evaluate(map)
        let section = Self.section(Self.note(map), "Every claim and its honest answer")
        #expect(section.contains("**EU residency** (promised region: EU):"))
        for result in evaluation.claims {
            let line = "- \(result.verdict.symbol) \(result.verdict.label): **\"\(result.claim.text)\"** \(MarkdownEscaping.inline(result.answer.text))"
            #expect(section.contains(line), "\(line)")
        }
    }

    @Test("Claim lists: use as written, use with sign-off (the exceptions named), do not use (reason)")
    func claimLists() throws {
        let note = Self.note(try Self.map())
        for heading in ["What sales can say", "Every claim by use"] {
            let section = Self.section(note, heading)
            #expect(section.contains("- **Use as written:** \"Files stay in the EU\" (EU residency).\n"))
            #expect(section.contains("- **Only with sign-off:** \"Records stay in the EU\" (EU residency), under ex-vault.\n"))
            #expect(section.contains("- **Do not use:** \"Only EU staff open records\" (EU residency), broken: Support (Canada)"))
        }
        let exceptions = Self.section(note, "Exceptions that need sign-off")
        #expect(exceptions.contains("- **ex-old** on \"Only EU staff open records\": role Support (Canada); approved by Lee (Legal), expires 2026-11-01; **expired** 29 days ago.\n"))
        #expect(exceptions.contains("- **ex-vault** on \"Records stay in the EU\": system Backup vault; approved by Lee (Legal) on 2026-09-01, expires 2027-02-28; active, 90 days left.\n"))
    }

    @Test("The page names where data, logs, backups and access go, and what sits outside, in a few lines")
    func pageSummary() throws {
        let page = MarkdownExporter(today: Self.day).render(try Self.map())
        let goes = Self.section(page, "Where data, logs, backups and access go")
        #expect(goes.contains("- **Backups and other copies:** N. Virginia, United States: backup to Backup vault.\n"))
        #expect(goes.contains("- **Logs, traces, errors, analytics:** "))
        let outside = Self.section(page, "What sits outside each promised region")
        #expect(outside.contains("- **EU residency**, outside the EU: "))
        #expect(outside.contains("Backup vault (N. Virginia, United States)"))
        #expect(outside.contains("Support (Canada) opens it from Canada"))
        #expect(!page.contains("| --- |"))
    }

    @Test("Where data lives: a row per system holding personal data, with access and copies")
    func inventory() throws {
        let section = Self.section(Self.note(try Self.map()), "Where customer data lives")
        #expect(section.contains("### EU residency (promised region: EU)"))
        #expect(section.contains("| Main database (AWS RDS) | database | Customer records, Contact details | Frankfurt, Germany | 30 days | Support (Canada): CA | Support (Canada): CA | Backup vault (backup): N. Virginia, United States |"))
        #expect(section.contains("| Backup vault | backup | Customer records, Contact details | N. Virginia, United States **outside the EU** | 35 days | none mapped | none mapped | none |"))
        #expect(section.contains("| Error tracker (Sentry) | error tracking | User IDs | United States (assumed, not verified) **outside the EU** |"))
        #expect(section.contains("Also in this stack, holding no personal data: Metrics."))
    }

    @Test("Logs, copies and access tables")
    func operations() throws {
        let section = Self.section(Self.note(try Self.map()), "Logs, backups and access")
        #expect(section.contains("| Error tracker (Sentry) | error tracking | all offerings | User IDs | United States (assumed, not verified) | 90 days |"))
        #expect(section.contains("| Backup | Main database | Frankfurt, Germany | Backup vault | N. Virginia, United States | nightly | 35 days (the target's) |"))
        #expect(section.contains("| Support (Canada) | support | Canada | 2 | Main database | view, export | always | **no** |"))
    }

    @Test("Outside the region: one row per system or role, with the approved exception beside what it covers")
    func outside() throws {
        let section = Self.section(Self.note(try Self.map()), "Outside the promised region")
        #expect(section.contains("**3 systems and roles hold, receive or open this offering's personal data outside the EU:**"))
        #expect(section.contains("| Backup vault | N. Virginia, United States | Customer records, Contact details | stored; backup of Main database | ex-vault (claim records-eu, until 2027-02-28) for stored, backup of Main database |"))
        #expect(section.contains("| Error tracker | United States (assumed, not verified) | User IDs | stored; step 2 of Sign up |"))
        #expect(section.contains("| Support (Canada), 2 people | Canada | Customer records, Contact details | view, export on Main database |"))
    }

    @Test("Request paths: numbered hops, border crossings, a Mermaid diagram per flow")
    func requestPaths() throws {
        let section = Self.section(Self.note(try Self.map()), "Request paths")
        // The names come out without needless escapes.
        #expect(section.contains("Starts when: User signs up."))
        #expect(section.contains("1. **Main database**, Frankfurt, Germany: customer records (while the user waits).\n"))
        #expect(section.contains("2. **Error tracker**, United States (assumed, not verified): user IDs (on errors). **Crosses from EU to US.**\n"))
        #expect(section.contains("3. **File store**, Frankfurt, Germany: uploaded files (while the user waits). **Crosses from US to EU.**\n"))
        let diagrams = ExportTestSupport.mermaidBlocks(section)
        #expect(diagrams == [[
            "flowchart LR",
            "  n0([\"Start: User signs up\"])",
            "  subgraph j1[\"EU\"]",
            "    n1[\"Main database\"]",
            "    n3[\"File store\"]",
            "  end",
            "  subgraph j2[\"US\"]",
            "    n2[\"Error tracker\"]",
            "  end",
            "  n0 -->|\"1\"| n1",
            "  n1 -.->|\"2 on-error\"| n2",
            "  n2 -->|\"3\"| n3",
        ]])
    }

    @Test("Exceptions register: state as of the day; findings grouped by severity")
    func register() throws {
        let section = Self.section(Self.note(try Self.map()), "Exceptions and open findings")
        #expect(section.contains("| ex-vault | records-eu | system Backup vault | Moving the vault to Frankfurt | Lee (Legal) | 2026-09-01 | 2027-02-28 | active, 90 days left |"))
        #expect(section.contains("| ex-old | access-eu | role Support (Canada) | Old approval | Lee (Legal) | not written | 2026-11-01 | **expired** 29 days ago |"))
        #expect(section.contains("**Errors ("))
        #expect(section.contains("- **Exception expired:** "))
    }

    @Test("An exception expiring within 30 days is flagged")
    func expiring() throws {
        var map = try Self.map()
        map.exceptions[0].expires = ISODate("2026-12-10")
        #expect(Self.note(map).contains("| **expires in 10 days** |"))
    }

    @Test("A map with no offerings, claims, copies, roles or flows still gives every section")
    func emptyMap() {
        let map = ResidencyMap(header: MapHeader(name: "Empty", owner: "Nobody"))
        let note = Self.note(map)
        #expect(note.contains("The map lists no offerings and no claims."))
        #expect(note.contains("The map lists no offerings, so no region is promised."))
        #expect(note.contains("The map traces no request paths."))
        #expect(note.contains("No exceptions are recorded."))
        #expect(note.contains("The map records nobody's access."))
    }

    @Test("The same map and day always give the same note; the evaluation given is used as is")
    func deterministic() throws {
        let map = try Self.map()
        let first = Self.note(map)
        #expect(Self.note(map) == first)
        let evaluation = ResidencyEvaluator(today: Self.day).evaluate(map)
        #expect(MarkdownExporter(today: Self.day).render(map, evaluation: evaluation, appendix: .inline) == first)
    }
}
