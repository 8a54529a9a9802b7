import ResidencyModel
import ResidencyTUI

/// Small maps built in code, so the TUI tests do not depend on the file format.
enum TestMaps {
    static let today = ISODate(year: 2026, month: 11, day: 20) ?? ISODate(dayNumber: 0)

    /// A tidy map with places written in several scripts.
    static let acme = ResidencyMap(
        header: MapHeader(
            name: "Acme Workflow", owner: "Dana Ortiz (Platform)",
            lastReviewed: ISODate(year: 2026, month: 10, day: 1), reviewIntervalDays: 90),
        offerings: [Offering(id: "eu", name: "EU residency", region: RegionSpec("EU"))],
        systems: [
            DataSystem(id: "db-main", name: "Primary database (Zürich)", kind: .database,
                       location: .places(["aws:eu-central-2"]), data: ["customer-records"], status: .confirmed),
            DataSystem(id: "files", name: "Uploads São Paulo", kind: .objectStorage,
                       location: .places(["aws:sa-east-1"]), data: ["uploaded-files"], status: .assumed),
            DataSystem(id: "tokyo", name: "東京 replica", kind: .replica,
                       location: .places(["aws:ap-northeast-1"]), data: ["customer-records"]),
        ],
        claims: [
            Claim(id: "eu-records", text: "Customer records stay in the EU", offering: "eu"),
            Claim(id: "eu-files", text: "Uploaded files are stored in Frankfurt", offering: "eu"),
            Claim(id: "eu-access", text: "Only EU staff can open customer data", offering: "eu"),
        ])

    /// A map whose text tries to attack the terminal: escape sequences, a bell, a bidi override,
    /// a lone combining mark, wide characters and emoji.
    static let hostile = ResidencyMap(
        header: MapHeader(name: "Evil\u{1B}[2J\u{1B}[31m map\u{7}", owner: "Mallory \u{202E}nimda\u{202C} 東京 👍"),
        offerings: [Offering(id: "eu", name: "EU", region: RegionSpec("EU"))],
        claims: [
            Claim(id: "c1", text: "\u{301}starts with a mark, then café and Zürich", offering: "eu"),
            Claim(id: "c2", text: "Line one\nline two\ttabbed\u{1B}]0;title\u{7}", offering: "eu"),
            Claim(id: "c3", text: "東京の顧客データは日本国内に保存されますが、とても長い説明が続きます", offering: "eu"),
        ])

    /// A map with many claims, to scroll.
    static func withClaims(_ count: Int) -> ResidencyMap {
        ResidencyMap(
            header: MapHeader(name: "Many claims", owner: "Test"),
            offerings: [Offering(id: "eu", name: "EU", region: RegionSpec("EU"))],
            claims: (1...max(1, count)).map { Claim(id: "c\($0)", text: "Claim number \($0)", offering: "eu") })
    }

    static func state(_ map: ResidencyMap = acme, size: Size = Size(width: 80, height: 24), theme: Theme = .color) -> AppState {
        AppState(map: map, fileName: "acme.yaml", today: today, size: size, theme: theme)
    }
}
