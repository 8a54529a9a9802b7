import Foundation
import ResidencyModel
import ResidencyTUI

/// The maps the Systems, Access and Walk tests draw: the Acme sample as shipped, and a hostile map
/// whose text tries to break the terminal and the layout.
enum MapScreenMaps {
    /// The day the snapshots are judged on (the Acme exception ex-archive-purge has lapsed by then).
    static let today = ISODate(year: 2026, month: 11, day: 30) ?? ISODate(dayNumber: 0)

    static let small = Size(width: 80, height: 24)
    static let large = Size(width: 160, height: 48)

    /// Samples/acme-saas.yaml, read as `resmap` reads it. A map that fails to load is an empty map
    /// named after the failure, so every test that uses it fails and says why.
    static let acme: ResidencyMap = sample("acme-saas.yaml")

    static func sample(_ name: String) -> ResidencyMap {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Samples/\(name)")
        switch MapFile.read(path: url.path) {
        case .success(let map): return map
        case .problems(let problems): return failed("\(name): \(problems.count) problems")
        case .unreadable(let reason): return failed("\(name): \(reason)")
        }
    }

    static func state(_ map: ResidencyMap = acme, size: Size = small) -> AppState {
        AppState(map: map, fileName: "map.yaml", today: today, size: size)
    }

    /// The state after pressing `keys`.
    static func state(_ map: ResidencyMap = acme, size: Size = small, pressing keys: [Key]) -> AppState {
        var state = state(map, size: size)
        for key in keys { state.handle(key) }
        return state
    }

    /// Keys for typing text.
    static func typing(_ text: String) -> [Key] { text.map { .character($0) } }

    private static func failed(_ reason: String) -> ResidencyMap {
        ResidencyMap(header: MapHeader(name: "FAILED TO LOAD \(reason)", owner: ""))
    }

    /// Escape sequences, a bell, bidi overrides, a lone combining mark, wide and accented names,
    /// names too long for any column, a location code nobody knows, countries written wrong, and
    /// references to systems the map does not have.
    static let hostile = ResidencyMap(
        header: MapHeader(name: "Hostile\u{1B}[2J map 東京", owner: "Mallory \u{202E}nimda\u{202C}"),
        offerings: [
            Offering(id: "eu", name: "EU residency", region: RegionSpec("EU")),
            Offering(id: "jp", name: "日本リージョン", region: RegionSpec("JP")),
        ],
        systems: [
            DataSystem(id: "tokyo-db", name: "東京 primary database", kind: .database, vendor: "AWS \u{1B}[31mRDS\u{1B}[0m",
                       location: .places(["aws:ap-northeast-1"]), data: ["customer-records"],
                       retention: Retention(parsing: "30 days"), offerings: ["jp"], status: .confirmed,
                       evidence: Evidence(how: "Console \u{7}screenshot", on: ISODate(year: 2026, month: 9, day: 1), by: "Zoë")),
            DataSystem(id: "zurich-cache", name: "Zürich cache", kind: .cache, location: .places(["aws:eu-central-2"]),
                       data: ["user-ids"], status: .assumed, notes: "Line one\nline two\tand a bell\u{7}"),
            DataSystem(id: "sao-paulo", name: "São Paulo uploads \u{202E}txt.exe\u{202C}", kind: .objectStorage,
                       location: .places(["aws:sa-east-1"]), data: ["uploaded-files"], offerings: ["eu"], status: .planned),
            DataSystem(id: "long", name: String(repeating: "A very long system name that goes on and on ", count: 3),
                       kind: .logs, location: .places(["aws:eu-west-1", "aws:us-east-1", "mars:base-1"]),
                       data: ["ip-addresses", "secret-\u{1B}]0;pwn\u{7}"], status: .confirmed),
            DataSystem(id: "mystery", name: "\u{301}Mystery box", kind: .other, location: .unknown),
        ],
        copies: [
            DataCopy(from: "tokyo-db", to: "zurich-cache", kind: .backup, schedule: "nightly \u{1B}[2J",
                     retention: Retention(parsing: "7 years")),
            DataCopy(from: "tokyo-db", to: "ghost", kind: .replica),
        ],
        roles: [
            Role(id: "r1", name: "サポート 東京 team", team: "vendor", countries: ["JP", "US"], headcount: 3, access: [
                AccessGrant(system: "tokyo-db", capabilities: [.view, .export, .admin]),
                AccessGrant(system: "zurich-cache", capabilities: [.view], when: .incident, recorded: true),
                AccessGrant(system: "ghost-system", capabilities: [.view]),
            ]),
            Role(id: "r2", name: "Evil\u{1B}[31m role", team: "contractor\u{7}", countries: ["XX", "br"],
                 access: [AccessGrant(system: "long", capabilities: [.view])]),
        ],
        flows: [
            Flow(id: "f1", name: "Sign-up \u{202E}reversed\u{202C} 東京", trigger: "User clicks \u{1B}[5m blink", steps: [
                FlowStep(system: "sao-paulo", data: ["uploaded-files"]),
                FlowStep(system: "tokyo-db", data: ["customer-records"], when: .async),
                FlowStep(system: "zurich-cache", data: ["user-ids"], when: .nightly, notes: "Note with \u{1B}[1mbold\u{1B}[0m"),
                FlowStep(system: "ghost-step\u{1B}[31m", when: .onError),
                FlowStep(system: "long", data: ["ip-addresses"], when: .onError),
                FlowStep(system: "mystery", when: .manual),
            ]),
            Flow(id: "f2", name: "Nothing yet"),
        ],
        claims: [
            Claim(id: "c1", text: "Customer data stays in Japan 日本", offering: "jp", region: RegionSpec("JP")),
        ])
}
