import ResidencyModel
import ResidencyTUI
import Testing

/// A system that lists no data of its own but receives a copy shows what it holds by copy, in
/// the Systems list and its details, instead of "nothing".
@Suite("Systems: data held by copy")
struct HeldByCopyTests {
    static let yaml = """
        resmap: 1
        map:
          name: Tiny
          owner: Dana
        offerings:
          - id: eu
            name: EU residency
            region: EU
        systems:
          - id: db
            name: Database
            kind: database
            location: aws:eu-central-1
            data: [customer-records]
            status: confirmed
          - id: dr
            name: DR copy
            kind: dr
            location: aws:us-east-1
            status: confirmed
        copies:
          - from: db
            to: dr
            kind: dr-failover
        """

    @Test("The DR target's details and row say it holds customer records by DR failover from Database")
    func heldByCopy() throws {
        guard case .success(let map) = MapFile.decode(yaml: Self.yaml, fileName: "tiny.yaml") else {
            throw HeldByCopyFailure()
        }
        var state = AppState(map: map, fileName: "tiny.yaml", today: ISODate(year: 2026, month: 12, day: 1)!,
                             size: Size(width: 120, height: 30))
        state.handle(.character("2"))
        state.handle(.down)
        #expect(SystemsScreen().selectedItem(in: state) == .system("dr"))
        let screen = AppView.render(state).lines.joined(separator: "\n")
        #expect(screen.contains("Customer records, by DR failover from Database"), "\(screen)")
    }
}

struct HeldByCopyFailure: Error {}
