import Foundation
import ResidencyModel
import ResidencyTUI
import Testing

/// Maps for the verdict screens (Overview, Claims, Findings): the Acme sample read from
/// Samples/, judged on a fixed day, and a hostile map whose every name tries to break the
/// terminal or the layout and whose claims still break, hold with exceptions and stay unknown.
enum VerdictFixtures {
    /// The day the samples are judged on: Acme's archive exception has lapsed, its review is not due.
    static let today = ISODate(year: 2026, month: 11, day: 30) ?? ISODate(dayNumber: 0)

    static let acmePath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()   // ResidencyTUITests
        .deletingLastPathComponent()   // Tests
        .deletingLastPathComponent()
        .appendingPathComponent("Samples/acme-saas.yaml").path

    /// The Acme sample; an empty map (and a recorded issue) if it cannot be read.
    static let acme: ResidencyMap = {
        switch MapFile.read(path: acmePath) {
        case .success(let map):
            return map
        case .problems(let diagnostics):
            Issue.record("Samples/acme-saas.yaml has problems: \(diagnostics.map(\.description))")
        case .unreadable(let reason):
            Issue.record("cannot read Samples/acme-saas.yaml: \(reason)")
        }
        return ResidencyMap(header: MapHeader(name: "unreadable", owner: ""))
    }()

    /// A map whose text attacks the terminal (escape sequences, a bell, bidi overrides), needs
    /// wide-character handling ("東京", "Zürich") and runs far past any column; its review is
    /// overdue. Its claims: broken (Zürich is not in the EU), holds with an exception (a role in
    /// Japan, approved), and one that holds outright.
    static let hostile = ResidencyMap(
        header: MapHeader(
            name: "Evil\u{1B}[2J\u{1B}[31m map \u{202E}drow\u{202C} 東京",
            owner: "Zoë Müller \u{1B}]0;pwned\u{7} (東京 office)",
            lastReviewed: ISODate(year: 2025, month: 1, day: 15), reviewIntervalDays: 90),
        offerings: [Offering(id: "eu", name: "EU \u{1B}[5mresidency", region: RegionSpec("EU"))],
        systems: [
            DataSystem(id: "zurich-db", name: "Zürich primary \u{1B}[31mDB\u{1B}[0m", kind: .database,
                       location: .places(["aws:eu-central-2"]), data: ["customer-records"],
                       retention: Retention(text: "30 days", days: 30), status: .confirmed),
            DataSystem(id: "frankfurt-db", name: "Frankfurt database", kind: .database,
                       location: .places(["aws:eu-central-1"]), data: ["customer-records", "uploaded-files"],
                       retention: Retention(text: "30 days", days: 30), status: .confirmed),
            DataSystem(id: "tokyo", name: "東京 replica 東京東京東京 with a very long name that runs on past every column there is",
                       kind: .replica, location: .places(["aws:ap-northeast-1"]), data: ["customer-records"],
                       status: .assumed),
            DataSystem(id: "sink", name: "Logs \u{202E}exe.gol\u{202C} sink\u{7}", kind: .logs,
                       location: .unknown, data: ["ip-addresses"], status: .unknown),
        ],
        copies: [DataCopy(from: "zurich-db", to: "tokyo", kind: .backup)],
        roles: [
            Role(id: "support-jp", name: "サポート (Tokyo)\u{7}", team: "support", countries: ["JP"], headcount: 2,
                 access: [AccessGrant(system: "frankfurt-db", capabilities: [.view], recorded: true)]),
        ],
        flows: [
            Flow(id: "signup", name: "Sign\u{1B}[1m up", steps: [
                FlowStep(system: "frankfurt-db", data: ["customer-records"]),
                FlowStep(system: "sink", data: ["ip-addresses"]),
            ]),
        ],
        claims: [
            Claim(id: "records-eu", text: "Customer records stay in the EU\u{1B}[2J (Zürich, 東京)", offering: "eu",
                  data: ["customer-records"], scope: [.storage, .copies]),
            Claim(id: "staff-eu", text: "Only EU staff \u{202E}nepo\u{202C} customer records", offering: "eu",
                  data: ["customer-records"], scope: [.access]),
            Claim(id: "files-de", text: String(repeating: "Hochgeladene Dateien bleiben in Frankfurt, 東京 nie. ", count: 3),
                  offering: "eu", region: RegionSpec("DE"), data: ["uploaded-files"], scope: [.storage]),
        ],
        exceptions: [
            ClaimException(id: "ex-jp\u{1B}[7m", claim: "staff-eu", covers: .role("support-jp"),
                           reason: "Two leads in 東京 \u{202E}esolc\u{202C} tickets; sessions recorded",
                           approvedBy: "Mallory \u{1B}[5mLegal", approvedOn: ISODate(year: 2026, month: 6, day: 1),
                           expires: ISODate(year: 2027, month: 3, day: 31)),
        ])

    static func state(
        _ map: ResidencyMap = acme, size: Size = Size(width: 80, height: 24), theme: Theme = .color
    ) -> AppState {
        AppState(map: map, fileName: map == acme ? "acme-saas.yaml" : "hostile.yaml", today: today, size: size, theme: theme)
    }

    static func press(_ keys: [Key], on state: inout AppState) {
        for key in keys { state.handle(key) }
    }

    /// The rendered screen as one string.
    static func screenText(_ state: AppState) -> String {
        AppView.render(state).lines.joined(separator: "\n")
    }
}
