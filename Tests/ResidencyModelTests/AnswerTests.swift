import Testing
@testable import ResidencyModel

private typealias T = EvaluationTestSupport

@Suite("Honest answers")
struct AnswerTests {
    static let db = T.system("db", ["aws:eu-central-1"], name: "Primary database")

    @Test("a claim that holds says where the data is, by city and country")
    func holds() throws {
        let answer = try #require(T.result(T.map(systems: [Self.db]))?.answer)
        #expect(answer.text == "Customer records are stored in Frankfurt, Germany. Everything this claim covers (storage, processing, copies and access) stays in the EU.")
        #expect(answer.summary == "Holds: everything in scope stays in the EU.")
    }

    @Test("the field guide's example: error reports, nightly backups and support access in one sentence")
    func fieldGuideExample() throws {
        let map = T.map(
            systems: [
                Self.db,
                T.system("sentry", ["US"], kind: .errorTracking, data: ["request-payloads"], name: "Sentry"),
                T.system("vault", ["aws:eu-west-1"], kind: .backup, data: [], name: "Backups"),
            ],
            copies: [DataCopy(from: "db", to: "vault", kind: .backup, schedule: "nightly")],
            roles: [Role(id: "leads", name: "Support leads", team: "support", countries: ["CA"], headcount: 2,
                         access: [AccessGrant(system: "db", capabilities: [.view])])],
            flows: [Flow(id: "signup", name: "Sign up", steps: [
                FlowStep(system: "db", data: ["customer-records"]),
                FlowStep(system: "sentry", data: ["customer-records", "request-payloads"], when: .onError),
            ])],
            claims: [T.claim(region: RegionSpec("DE"))]
        )
        let answer = try #require(T.result(map)?.answer)
        #expect(answer.sentences == [
            "Customer records are stored in Frankfurt, Germany.",
            "Customer records go to Sentry (error tracking) in the United States; nightly backups are kept in Dublin, Ireland; "
                + "and Support leads (two people in Canada) can open customer records.",
        ])
        // The backup in Dublin is storage where it lands and a copy: two breaches, told once.
        #expect(answer.summary == "Broken: 4 breaches outside Germany.")
    }

    @Test("steps into the same system are told once, with their data together")
    func groupsSteps() throws {
        let map = T.map(
            systems: [Self.db, T.system("analytics", ["US"], kind: .analytics, data: [], name: "Product analytics")],
            flows: [
                Flow(id: "a", name: "A", steps: [FlowStep(system: "analytics", data: ["customer-records"])]),
                Flow(id: "b", name: "B", steps: [FlowStep(system: "analytics", data: ["contact-details"])]),
            ],
            claims: [T.claim(data: ["customer-records", "contact-details"], scope: [.processing])]
        )
        let answer = try #require(T.result(map)?.answer)
        #expect(answer.text == "Customer records and contact details go to Product analytics in the United States.")
    }

    @Test("approved exceptions are marked with their expiry; lapsed ones say so")
    func marksExceptions() throws {
        let exception = ClaimException(id: "ex", claim: "claim", covers: .role("leads"), reason: "", approvedBy: "Legal",
                                       expires: T.day("2027-03-31"))
        let leads = Role(id: "leads", name: "Support leads", team: "support", countries: ["CA"], headcount: 1,
                         access: [AccessGrant(system: "db", capabilities: [.view, .export], when: .approved, recorded: true)])
        let map = T.map(systems: [Self.db], roles: [leads], claims: [T.claim(scope: [.access])], exceptions: [exception])
        let active = try #require(T.result(map)?.answer)
        #expect(active.sentences.first == "Support leads (one person in Canada) can open and export customer records only after approval with sessions recorded (an approved exception until 2027-03-31).")
        #expect(active.sentences.last == "Everything else this claim covers (access) stays in the EU.")
        let lapsed = try #require(T.result(map, today: T.day("2027-04-01"))?.answer)
        #expect(lapsed.text.contains("(its approval expired on 2027-03-31)"))
    }

    @Test("what cannot be stated is said plainly")
    func unknowns() throws {
        let map = T.map(systems: [
            Self.db,
            T.system("laptop", nil, kind: .export, name: "Contractor laptop"),
            T.system("crm", ["DE"], kind: .crm, status: .assumed, name: "CRM"),
            T.system("dr", ["aws:eu-west-3"], kind: .dr, status: .planned, name: "DR standby"),
        ])
        let answer = try #require(T.result(map)?.answer)
        #expect(answer.sentences == [
            "Customer records are stored in Frankfurt, Germany.",
            "We have not confirmed where Contractor laptop runs.",
            "We believe CRM runs in Germany, but have not checked.",
            "We plan to run DR standby in Paris, France, but that is not done yet.",
        ])
        #expect(answer.summary == "Unknown: 3 things in scope not confirmed.")
    }

    @Test("the same map gives the same answer, word for word")
    func deterministic() {
        let map = MapGenerator(seed: 7).map(systems: 300)
        let first = T.evaluate(map).claims.map(\.answer)
        let second = T.evaluate(map).claims.map(\.answer)
        #expect(first == second)
        #expect(!first.isEmpty)
    }

    @Test("long lists of breaches are cut with a pointer to the full list")
    func longAnswer() throws {
        let places = ["aws:us-east-1", "aws:us-east-2", "aws:us-west-1", "aws:us-west-2", "aws:ap-northeast-1",
                      "aws:ap-northeast-2", "aws:ap-southeast-1", "aws:ap-southeast-2", "aws:sa-east-1",
                      "aws:ca-central-1", "aws:ap-south-1", "aws:af-south-1"]
        let systems = [Self.db] + places.enumerated().map { T.system("s\($0.offset)", [$0.element], name: "System \($0.offset)") }
        let answer = try #require(T.result(T.map(systems: systems, claims: [T.claim(scope: [.storage])]))?.answer)
        #expect(answer.text.contains("and 4 more outside the EU (run resmap check for the full list)"))
    }

    @Test("headcounts read as words up to twelve")
    func numbers() {
        #expect(Wording.number(2) == "two")
        #expect(Wording.number(12) == "twelve")
        #expect(Wording.number(40) == "40")
    }

    @Test("lists of names that hold 'and' stay readable")
    func lists() {
        #expect(Wording.list(["a", "b", "c"]) == "a, b and c")
        #expect(Wording.list(["contact details", "free text and tickets"]) == "contact details as well as free text and tickets")
        #expect(Wording.list(["a", "b and c", "d"]) == "a, b and c, and d")
    }
}
