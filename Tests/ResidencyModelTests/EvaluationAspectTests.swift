import Testing
@testable import ResidencyModel

private typealias T = EvaluationTestSupport

@Suite("Evaluation: copies, processing, access and scope")
struct EvaluationAspectTests {
    static let db = T.system("db", ["aws:eu-central-1"], name: "Primary database")

    // MARK: Copies

    @Test("a backup outside the region breaks the copies aspect, naming the copy")
    func backupOutside() throws {
        let vault = T.system("vault", ["aws:us-east-1"], kind: .backup, data: [])
        let map = T.map(systems: [Self.db, vault], copies: [DataCopy(from: "db", to: "vault", kind: .backup, schedule: "nightly")])
        let result = try #require(T.result(map))
        #expect(result.verdict == .broken)
        // The backup is storage where it lands, and a copy: both aspects name it.
        #expect(result.breaches.map(\.aspect) == [.storage, .copies])
        let breach = try #require(result.breaches.first { $0.aspect == .copies })
        #expect(breach.aspect == .copies)
        #expect(breach.subject == .copy(from: "db", to: "vault", kind: .backup))
        #expect(breach.system == "vault")
        #expect(breach.data == ["customer-records"])
    }

    @Test("scope limits which aspects count: a storage-only claim counts a backup as storage, not as a copy")
    func scopeLimits() throws {
        let vault = T.system("vault", ["aws:us-east-1"], kind: .backup, data: [])
        let copies = [DataCopy(from: "db", to: "vault", kind: .backup)]
        let storage = T.map(systems: [Self.db, vault], copies: copies, claims: [T.claim(scope: [.storage])])
        #expect(T.result(storage)?.verdict == .broken)
        #expect(T.result(storage)?.breaches.map(\.aspect) == [.storage])
        let export = T.map(systems: [Self.db, vault], copies: [DataCopy(from: "db", to: "vault", kind: .export)],
                           claims: [T.claim(scope: [.storage])])
        #expect(T.result(export)?.verdict == .holds)
        let copiesOnly = T.map(systems: [Self.db, vault], copies: copies, claims: [T.claim(scope: [.copies])])
        #expect(T.result(copiesOnly)?.verdict == .broken)
    }

    @Test("a DR failover outside the region says the data stays only until something breaks")
    func drFailover() throws {
        let dr = T.system("dr", ["aws:ca-central-1"], kind: .dr, data: [])
        let map = T.map(systems: [Self.db, dr], copies: [DataCopy(from: "db", to: "dr", kind: .drFailover)])
        let breach = try #require(T.result(map)?.breaches.first { $0.aspect == .copies })
        #expect(breach.message.contains("only until something breaks"))
        #expect(breach.message.contains("Montréal, Canada"))
    }

    @Test("copies of copies are followed: the backup's offsite sync carries the database's data")
    func transitiveCopies() throws {
        let vault = T.system("vault", ["aws:eu-west-1"], kind: .backup, data: [])
        let offsite = T.system("offsite", ["aws:us-west-2"], kind: .backup, data: [])
        let map = T.map(systems: [Self.db, vault, offsite], copies: [
            DataCopy(from: "db", to: "vault", kind: .backup),
            DataCopy(from: "vault", to: "offsite", kind: .sync),
        ])
        let result = try #require(T.result(map))
        #expect(result.breaches.map(\.subject) == [.copy(from: "vault", to: "offsite", kind: .sync)])
    }

    @Test("a copy into a system that lists its data carries only that data")
    func copyCarriesDeclaredData() throws {
        let crm = T.system("crm", ["US"], kind: .crm, data: ["contact-details"])
        let db = T.system("db", ["aws:eu-central-1"], data: ["customer-records", "contact-details"])
        let map = T.map(offerings: [Offering(id: "eu", name: "EU residency", region: RegionSpec("EU"))],
                        systems: [db, crm], copies: [DataCopy(from: "db", to: "crm", kind: .sync)],
                        claims: [T.claim(scope: [.copies])])
        let result = try #require(T.result(map))
        #expect(result.verdict == .unknown) // nothing of the claim's data is copied: copies are not mapped
        #expect(result.uncertainties.map(\.reason) == [.aspectNotMapped])
        let contacts = T.map(systems: [db, crm], copies: map.copies,
                             claims: [T.claim(data: ["contact-details"], scope: [.copies])])
        #expect(T.result(contacts)?.breaches.first?.data == ["contact-details"])
    }

    // MARK: Processing

    static let errors = T.system("errors", ["US"], kind: .errorTracking, data: ["request-payloads"], name: "Error tracking")
    static let signup = Flow(id: "signup", name: "Sign up", steps: [
        FlowStep(system: "db", data: ["customer-records"]),
        FlowStep(system: "errors", data: ["customer-records", "request-payloads"], when: .onError),
    ])

    @Test("a flow step carrying the data to a system outside the region breaks processing")
    func processing() throws {
        let map = T.map(systems: [Self.db, Self.errors], flows: [Self.signup], claims: [T.claim(scope: [.processing])])
        let result = try #require(T.result(map))
        #expect(result.verdict == .broken)
        let breach = try #require(result.breaches.first)
        #expect(breach.subject == .flowStep(flow: "signup", step: 2))
        #expect(breach.system == "errors")
        #expect(breach.data == ["customer-records"])
        #expect(breach.message.hasPrefix("Step 2 of Sign up sends customer records to Error tracking"))
    }

    @Test("an exception on the flow step, or on the system, covers the step",
          arguments: [ExceptionTarget.flowStep(flow: "signup", step: 2), .system("errors")])
    func stepException(target: ExceptionTarget) throws {
        let exception = ClaimException(id: "ex", claim: "claim", covers: target, reason: "", approvedBy: "Legal")
        let map = T.map(systems: [Self.db, Self.errors], flows: [Self.signup], claims: [T.claim(scope: [.processing])],
                        exceptions: [exception])
        #expect(T.result(map)?.verdict == .holdsWithExceptions)
    }

    @Test("an exception on another step covers nothing")
    func otherStepException() throws {
        let exception = ClaimException(id: "ex", claim: "claim", covers: .flowStep(flow: "signup", step: 1), reason: "", approvedBy: "Legal")
        let map = T.map(systems: [Self.db, Self.errors], flows: [Self.signup], claims: [T.claim(scope: [.processing])],
                        exceptions: [exception])
        #expect(T.result(map)?.verdict == .broken)
    }

    // MARK: Access

    static func role(_ id: String, _ countries: [String], on system: String = "db", can: [AccessCapability] = [.view],
                     when: AccessCondition = .always, recorded: Bool = false, team: String = "support") -> Role {
        Role(id: id, name: id.capitalized, team: team, countries: countries, headcount: 2,
             access: [AccessGrant(system: system, capabilities: can, when: when, recorded: recorded)])
    }

    @Test("a role working outside the region breaks access even when storage stays inside")
    func crossBorderAccess() throws {
        let map = T.map(systems: [Self.db], roles: [Self.role("leads", ["CA"], when: .incident, recorded: true)])
        let result = try #require(T.result(map))
        #expect(result.verdict == .broken)
        let breach = try #require(result.breaches.first)
        #expect(breach.aspect == .access)
        #expect(breach.subject == .access(role: "leads", system: "db"))
        let detail = try #require(breach.access)
        #expect(detail.countries == ["CA"])
        #expect(detail.condition == .incident)
        #expect(detail.recorded)
        #expect(breach.message.contains("only during incidents"))
        #expect(breach.message.contains("sessions recorded"))
    }

    @Test("a role inside the region holds; one with no countries is unknown")
    func accessInsideAndUnknown() throws {
        #expect(T.result(T.map(systems: [Self.db], roles: [Self.role("eu", ["DE", "PT"])]))?.verdict == .holds)
        let nowhere = try #require(T.result(T.map(systems: [Self.db], roles: [Self.role("ghost", [])])))
        #expect(nowhere.verdict == .unknown)
        #expect(nowhere.uncertainties.map(\.reason) == [.roleCountriesUnknown])
    }

    @Test("access to a backup counts: the backup holds what was copied into it")
    func accessToCopy() throws {
        let vault = T.system("vault", ["aws:eu-west-1"], kind: .backup, data: [])
        let map = T.map(systems: [Self.db, vault], copies: [DataCopy(from: "db", to: "vault", kind: .backup)],
                        roles: [Self.role("dba", ["US"], on: "vault", can: [.admin], team: "vendor")],
                        claims: [T.claim(scope: [.access])])
        #expect(T.result(map)?.breaches.map(\.subject) == [.access(role: "dba", system: "vault")])
    }

    @Test("a role exception covers that role's access")
    func roleException() throws {
        let exception = ClaimException(id: "ex", claim: "claim", covers: .role("leads"), reason: "", approvedBy: "Legal")
        let map = T.map(systems: [Self.db], roles: [Self.role("leads", ["CA"])], exceptions: [exception])
        #expect(T.result(map)?.verdict == .holdsWithExceptions)
    }
}
