import Foundation
import Testing
@testable import ResidencyModel

private typealias T = EvaluationTestSupport

/// One focused test per finding: a small map that has the problem, and (where it is easy to get
/// wrong) a near miss that must not raise it.
@Suite("Findings")
struct FindingTests {
    /// A complete, tidy map: every forgotten kind present, reviewed, nothing wrong.
    static var tidySystems: [DataSystem] {
        [
            T.system("db", ["aws:eu-central-1"]),
            T.system("vault", ["aws:eu-west-1"], kind: .backup, data: []),
            T.system("logs", ["aws:eu-central-1"], kind: .logs, data: []),
            T.system("errors", ["DE"], kind: .errorTracking, data: []),
            T.system("desk", ["DE"], kind: .supportDesk, data: []),
            T.system("analytics", ["DE"], kind: .analytics, data: []),
            T.system("email", ["DE"], kind: .email, data: []),
        ]
    }
    static let tidyFlow = Flow(id: "f", name: "Flow", steps: [FlowStep(system: "db", data: ["customer-records"])])
    static let tidyRole = Role(id: "eng", name: "Engineers", team: "engineering", countries: ["DE"],
                               access: [AccessGrant(system: "db", capabilities: [.view])])

    static func tidy(
        systems: [DataSystem] = tidySystems,
        copies: [DataCopy] = [DataCopy(from: "db", to: "vault", kind: .backup, retention: Retention(parsing: "30 days"))],
        roles: [Role] = [tidyRole],
        flows: [Flow] = [tidyFlow],
        exceptions: [ClaimException] = [],
        header: MapHeader = MapHeader(name: "Test", owner: "Dana", lastReviewed: T.today, reviewIntervalDays: 90)
    ) -> ResidencyMap {
        T.map(systems: systems, copies: copies, roles: roles, flows: flows, exceptions: exceptions, header: header)
    }

    static func findings(_ map: ResidencyMap, today: ISODate = T.today) -> [Finding] {
        ResidencyEvaluator(today: today).findings(for: map)
    }

    static func ids(_ map: ResidencyMap, today: ISODate = T.today) -> [String] {
        findings(map, today: today).map(\.id)
    }

    @Test("a tidy map has no findings")
    func tidyMap() {
        #expect(Self.findings(Self.tidy()).isEmpty)
    }

    @Test("location-unknown")
    func locationUnknown() throws {
        let map = Self.tidy(systems: Self.tidySystems + [T.system("laptop", nil, kind: .export, data: [])])
        let finding = try #require(Self.findings(map).first)
        #expect(finding.kind == .locationUnknown)
        #expect(finding.subject == .system("laptop"))
        #expect(finding.severity == .warning)
    }

    @Test("location-assumed for an assumed location and for one with no status")
    func locationAssumed() {
        let map = Self.tidy(systems: Self.tidySystems + [
            T.system("crm", ["DE"], kind: .crm, data: [], status: .assumed),
            T.system("cache", ["DE"], kind: .cache, data: [], status: .unknown),
        ])
        #expect(Self.ids(map) == ["location-assumed", "location-assumed"])
    }

    @Test("location-planned")
    func locationPlanned() {
        let map = Self.tidy(systems: Self.tidySystems + [T.system("dr", ["aws:eu-west-3"], kind: .dr, data: [], status: .planned)])
        #expect(Self.ids(map) == ["location-planned"])
    }

    @Test("personal-data-in-telemetry, from what the system holds or what steps bring")
    func personalDataInTelemetry() throws {
        var systems = Self.tidySystems
        systems[2].data = ["user-ids"]
        // Nothing in the map brings those IDs in, so the map also misses a path.
        #expect(Self.ids(Self.tidy(systems: systems)) == ["personal-data-in-telemetry", "system-unreached"])
        let flow = Flow(id: "f", name: "Flow", steps: [
            FlowStep(system: "db", data: ["customer-records"]),
            FlowStep(system: "analytics", data: ["ip-addresses"]),
        ])
        // The analytics system declares no data, so the step into it is flagged as well.
        let viaStep = Self.findings(Self.tidy(flows: [flow]))
        #expect(viaStep.map(\.id) == ["personal-data-in-telemetry", "step-into-empty-system"])
        #expect(viaStep.first?.subject == .system("analytics"))
        #expect(viaStep.first?.message.contains("IP addresses") == true)
    }

    @Test("request-payloads-in-telemetry is an error")
    func requestPayloads() throws {
        var systems = Self.tidySystems
        systems[3].data = ["request-payloads", "user-ids"]
        let finding = try #require(Self.findings(Self.tidy(systems: systems)).first)
        #expect(finding.kind == .requestPayloadsInTelemetry)
        #expect(finding.severity == .error)
    }

    @Test("production-copied-to-staging, by copy kind or by target kind")
    func productionToStaging() {
        let staging = T.system("staging", ["aws:eu-central-1"], kind: .staging, data: [])
        let byKind = Self.tidy(systems: Self.tidySystems + [T.system("test-db", ["aws:eu-central-1"], data: [])],
                               copies: Self.tidy().copies + [DataCopy(from: "db", to: "test-db", kind: .stagingCopy)])
        #expect(Self.ids(byKind).contains("production-copied-to-staging"))
        let byTarget = Self.tidy(systems: Self.tidySystems + [staging],
                                 copies: Self.tidy().copies + [DataCopy(from: "vault", to: "staging", kind: .restoreTest)])
        #expect(Self.ids(byTarget).contains("production-copied-to-staging"))
    }

    @Test("copy-crosses-jurisdiction for a backup in another jurisdiction, not for one in the same")
    func crossJurisdiction() {
        var systems = Self.tidySystems
        systems[1].location = .places(["aws:us-east-1"])
        #expect(Self.ids(Self.tidy(systems: systems)) == ["copy-crosses-jurisdiction"])
        #expect(Self.ids(Self.tidy()).isEmpty) // Frankfurt to Dublin: both EU
    }

    @Test("copy-outlives-source")
    func copyOutlivesSource() throws {
        let copies = [DataCopy(from: "db", to: "vault", kind: .backup, retention: Retention(parsing: "7 years"))]
        let finding = try #require(Self.findings(Self.tidy(copies: copies)).first)
        #expect(finding.kind == .copyOutlivesSource)
        #expect(finding.message.contains("7 years against 30 days"))
    }

    @Test("external-admin-or-export for a vendor with admin rights; staff with the same rights are not flagged")
    func externalAdmin() {
        let vendor = Role(id: "dba", name: "DBA firm", team: "vendor", countries: ["PL"],
                          access: [AccessGrant(system: "db", capabilities: [.admin], when: .incident, recorded: true)])
        #expect(Self.ids(Self.tidy(roles: [Self.tidyRole, vendor])) == ["external-admin-or-export"])
        var staff = vendor
        staff.team = "engineering"
        #expect(Self.ids(Self.tidy(roles: [Self.tidyRole, staff])).isEmpty)
    }

    @Test("export-without-control unless the export needs approval or is recorded",
          arguments: [(AccessCondition.always, false, true), (.incident, false, true), (.approved, false, false), (.always, true, false)])
    func exportWithoutControl(when: AccessCondition, recorded: Bool, flagged: Bool) {
        let role = Role(id: "sup", name: "Support", team: "support", countries: ["DE"],
                        access: [AccessGrant(system: "db", capabilities: [.view, .export], when: when, recorded: recorded)])
        #expect(Self.ids(Self.tidy(roles: [role])) == (flagged ? ["export-without-control"] : []))
    }

    @Test("retention-missing on a system holding personal data, and on a copy into a store without one")
    func retentionMissing() {
        var systems = Self.tidySystems
        systems[0].retention = nil
        #expect(Self.ids(Self.tidy(systems: systems)) == ["retention-missing"])
        var noCopyRetention = Self.tidySystems
        noCopyRetention[1].retention = nil
        let copies = [DataCopy(from: "db", to: "vault", kind: .backup)]
        let findings = Self.findings(Self.tidy(systems: noCopyRetention, copies: copies))
        #expect(findings.map(\.id) == ["retention-missing"])
        #expect(findings.first?.subject == .copy(from: "db", to: "vault", kind: .backup))
    }

    @Test("system-unreached for personal data no flow or copy brings in")
    func systemUnreached() {
        let map = Self.tidy(systems: Self.tidySystems + [T.system("crm", ["DE"], kind: .crm, data: ["contact-details"])])
        #expect(Self.ids(map) == ["system-unreached"])
    }

    @Test("step-into-empty-system")
    func stepIntoEmptySystem() throws {
        let flow = Flow(id: "f", name: "Flow", steps: [
            FlowStep(system: "db", data: ["customer-records"]),
            FlowStep(system: "email", data: ["contact-details"]),
        ])
        let finding = try #require(Self.findings(Self.tidy(flows: [flow])).first)
        #expect(finding.kind == .stepIntoEmptySystem)
        #expect(finding.subject == .flowStep(flow: "f", step: 2))
        #expect(finding.message.contains("although the step carries contact details"))
    }

    @Test("kind-missing for each kind teams forget", arguments: FindingChecks.forgottenKinds)
    func kindMissing(kind: SystemKind) throws {
        let systems = Self.tidySystems.filter { $0.kind != kind }
        let copies = kind == .backup ? [] : Self.tidy().copies
        let findings = Self.findings(Self.tidy(systems: systems, copies: copies))
        #expect(findings.map(\.id) == ["kind-missing"])
        #expect(findings.first?.subject == .systemKind(kind))
    }

    @Test("a backup copy counts as having backups even without a backup system")
    func backupByCopy() {
        let systems = Self.tidySystems.filter { $0.kind != .backup } + [T.system("replica", ["aws:eu-west-1"], kind: .database, data: [])]
        let copies = [DataCopy(from: "db", to: "replica", kind: .backup, retention: Retention(parsing: "30 days"))]
        #expect(Self.ids(Self.tidy(systems: systems, copies: copies)).isEmpty)
    }

    @Test("access-not-mapped when personal data exists but no roles do")
    func accessNotMapped() {
        #expect(Self.ids(Self.tidy(roles: [])) == ["access-not-mapped"])
    }

    @Test("review-overdue once the interval has passed, not on the due day")
    func reviewOverdue() {
        let header = MapHeader(name: "Test", owner: "Dana", lastReviewed: T.day("2026-08-01"), reviewIntervalDays: 90)
        #expect(Self.ids(Self.tidy(header: header), today: T.day("2026-10-30")).isEmpty)
        let late = Self.findings(Self.tidy(header: header), today: T.day("2026-11-01"))
        #expect(late.map(\.id) == ["review-overdue"])
        #expect(late.first?.message.contains("2 days ago") == true)
    }

    @Test("review-not-scheduled without a last review date or interval")
    func reviewNotScheduled() {
        #expect(Self.ids(Self.tidy(header: MapHeader(name: "Test", owner: "Dana"))) == ["review-not-scheduled"])
    }

    @Test("exception-expired and exception-expiring within 30 days, nothing beyond")
    func exceptions() throws {
        func exception(_ expires: String) -> ClaimException {
            ClaimException(id: "ex-\(expires)", claim: "claim", covers: .system("db"), reason: "", approvedBy: "Legal",
                           expires: T.day(expires))
        }
        let map = Self.tidy(exceptions: [exception("2026-10-31"), exception("2026-12-01"), exception("2026-12-02")])
        let findings = Self.findings(map)
        #expect(findings.map(\.id) == ["exception-expired", "exception-expiring"])
        #expect(findings.map(\.subject) == [.exception("ex-2026-10-31"), .exception("ex-2026-12-01")])
        #expect(findings.first?.severity == .error)
    }

    @Test("findings come most severe first")
    func severityOrder() {
        var systems = Self.tidySystems
        systems[3].data = ["request-payloads"]
        systems.append(T.system("crm", ["DE"], kind: .crm, data: [], status: .assumed))
        systems.append(T.system("laptop", nil, kind: .export, data: []))
        let severities = Self.findings(Self.tidy(systems: systems)).map(\.severity)
        #expect(severities == severities.sorted(by: >))
        #expect(severities.first == .error && severities.last == .info)
    }

    @Test("every finding kind has a title, a reason and a fix, and docs/checks.md explains it")
    func documented() throws {
        let docs = try String(contentsOf: T.packageRoot.appendingPathComponent("docs/checks.md"), encoding: .utf8)
        for kind in FindingKind.allCases {
            #expect(!kind.title.isEmpty && !kind.why.isEmpty && !kind.fix.isEmpty)
            #expect(docs.contains("`\(kind.rawValue)`"), "docs/checks.md does not list \(kind.rawValue)")
        }
    }
}
