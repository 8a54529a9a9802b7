import Testing
@testable import ResidencyModel

private typealias T = EvaluationTestSupport

@Suite("Evaluation: multi-place locations")
struct EvaluationLocationTests {
    @Test("a location spanning several places is inside only if all are; the breach names only those outside")
    func partlyOutside() throws {
        let map = T.map(systems: [T.system("cdn", ["DE", "NL", "US", "aws:ap-northeast-1"], kind: .cdn)])
        let result = try #require(T.result(map))
        #expect(result.verdict == .broken)
        let breach = try #require(result.breaches.first)
        #expect(breach.places.map(\.country) == ["US", "JP"])
        #expect(breach.message.contains("Tokyo, Japan"))
        #expect(!breach.message.contains("Germany"))
    }

    @Test("several places all inside the region hold")
    func allInside() throws {
        let map = T.map(systems: [T.system("search", ["gcp:europe-west3", "gcp:europe-west4"], kind: .searchIndex)])
        #expect(T.result(map)?.verdict == .holds)
    }

    @Test("a place spanning several countries is inside only when every one of them is")
    func spanningPlace() throws {
        let systems = [T.system("cdn", ["cloudflare:eu"], kind: .cdn)]
        #expect(T.result(T.map(systems: systems))?.verdict == .holds)
        #expect(T.result(T.map(systems: systems, claims: [T.claim(region: RegionSpec("DE"))]))?.verdict == .broken)
    }

    @Test("a code the catalogue does not know makes the claim unknown, not holds")
    func unresolvedCode() throws {
        let map = T.map(systems: [T.system("db", ["aws:eu-central-1", "acme:basement"])])
        let result = try #require(T.result(map))
        #expect(result.verdict == .unknown)
        #expect(result.uncertainties.map(\.reason) == [.unresolvedLocation])
    }

    @Test("the EEA+adequacy group admits Switzerland and Japan but not the US")
    func adequacyRegion() throws {
        let region = RegionSpec("EEA+adequacy")
        let inside = T.map(systems: [T.system("db", ["CH", "aws:ap-northeast-1"])], claims: [T.claim(region: region)])
        #expect(T.result(inside)?.verdict == .holds)
        let outside = T.map(systems: [T.system("db", ["US"])], claims: [T.claim(region: region)])
        #expect(T.result(outside)?.verdict == .broken)
    }
}
