import Testing
@testable import ResidencyModel

private typealias T = EvaluationTestSupport

@Suite("Evaluation: several offerings")
struct EvaluationOfferingTests {
    /// An EU stack, a US stack, and a shared identity provider in the US.
    static let map = T.map(
        offerings: [T.eu, T.us],
        systems: [
            T.system("eu-db", ["aws:eu-central-1"], offerings: ["eu"]),
            T.system("eu-app", ["aws:eu-central-1"], kind: .app, offerings: ["eu"]),
            T.system("us-db", ["aws:us-east-2"], offerings: ["us"]),
            T.system("us-app", ["aws:us-east-2"], kind: .app, offerings: ["us"]),
            T.system("identity", ["aws:us-west-2"], kind: .other, data: ["contact-details"]),
        ],
        flows: [
            Flow(id: "eu-signup", name: "Sign up (EU)", steps: [
                FlowStep(system: "eu-app", data: ["customer-records"]),
                FlowStep(system: "identity", data: ["contact-details"]),
            ]),
            Flow(id: "support", name: "Support", steps: [
                FlowStep(system: "eu-app", data: ["customer-records"]),
                FlowStep(system: "us-app", data: ["customer-records"]),
            ]),
        ],
        claims: [
            Claim(id: "eu-all", text: "EU data stays in the EU", offering: "eu", data: nil),
            Claim(id: "us-all", text: "US data stays in the US", offering: "us", data: nil),
        ]
    )

    @Test("a shared service breaks one offering's claim and not the other's")
    func sharedService() throws {
        let evaluation = T.evaluate(Self.map)
        let eu = try #require(evaluation.result(forClaim: "eu-all"))
        let us = try #require(evaluation.result(forClaim: "us-all"))
        #expect(eu.verdict == .broken)
        #expect(Set(eu.breaches.map(\.system)) == ["identity"])
        #expect(us.verdict == .holds)
    }

    @Test("another offering's dedicated systems never count")
    func dedicatedSystems() throws {
        let evaluation = T.evaluate(Self.map)
        let eu = try #require(evaluation.result(forClaim: "eu-all"))
        #expect(!eu.breaches.contains { $0.system.hasPrefix("us-") })
    }

    @Test("a flow through both stacks counts for each offering only on its own and shared steps")
    func mixedFlow() throws {
        let eu = try #require(T.evaluate(Self.map).result(forClaim: "eu-all"))
        #expect(!eu.breaches.contains { $0.subject == .flowStep(flow: "support", step: 2) })
    }

    @Test("results(forOffering:) lists one offering's claims")
    func resultsForOffering() {
        let evaluation = T.evaluate(Self.map)
        #expect(evaluation.results(forOffering: "us").map(\.claim.id) == ["us-all"])
    }
}
