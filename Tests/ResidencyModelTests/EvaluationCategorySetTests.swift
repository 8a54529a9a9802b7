import Testing
@testable import ResidencyModel

private typealias T = EvaluationTestSupport

/// Category sets hold up to 64 categories in one word and spill into an array beyond; both must
/// behave the same, and a map with more than 64 categories must evaluate like any other.
@Suite("Evaluation: category sets")
struct EvaluationCategorySetTests {
    @Test("one word: insert, contain, list, combine")
    func small() {
        var set = CategorySet([3, 0, 63])
        #expect(set.positions == [0, 3, 63])
        #expect(set.contains(63) && !set.contains(1) && !set.contains(-1) && !set.contains(64))
        let nothingNew = set.formUnion(CategorySet([3]))
        let five = set.formUnion(CategorySet([5]))
        #expect(!nothingNew && five)
        #expect(set.intersection(CategorySet([5, 7, 63])) == CategorySet([63, 5]))
        #expect(set.intersects(CategorySet([7, 0])) && !set.intersects(CategorySet([7])))
        #expect(CategorySet().isEmpty && CategorySet([1]).intersection(CategorySet([2])).isEmpty)
    }

    @Test("beyond 64 categories")
    func large() {
        var set = CategorySet([130, 2, 64, 63])
        #expect(set.positions == [2, 63, 64, 130])
        #expect(set.contains(130) && set.contains(64) && !set.contains(65) && !set.contains(500))
        #expect(set.intersection(CategorySet([2, 130, 200])).positions == [2, 130])
        #expect(set.intersects(CategorySet([64])) && !set.intersects(CategorySet([65, 3])))
        let one = set.formUnion(CategorySet([1]))
        let again = set.formUnion(CategorySet([130]))
        #expect(one && !again)
        var small = CategorySet([1, 2])
        let grew = small.formUnion(CategorySet([100]))
        #expect(grew && small.positions == [1, 2, 100])
        #expect(!CategorySet([200]).isEmpty)
    }

    @Test("a set that shrinks back under 64 equals one that never grew")
    func oneRepresentation() {
        let shrunk = CategorySet([5, 90]).intersection(CategorySet([5, 7]))
        #expect(shrunk == CategorySet([5]))
        #expect(shrunk.hashValue == CategorySet([5]).hashValue)
        #expect(Set([shrunk, CategorySet([5])]).count == 1)
    }

    @Test("a map with a hundred categories: breaches, counts and answers agree with the lists")
    func hundredCategories() throws {
        var map = MapGenerator(seed: 8).map(systems: 200)
        let categories = (0..<100).map { DataCategory(id: "c\($0)", name: "Category \($0)", personal: $0 % 10 != 9) }
        map.declaredCategories = categories
        for i in map.systems.indices { map.systems[i].data = [i % 3 == 0 ? "c\(i % 100)" : "c\(60 + i % 40)"] }
        for f in map.flows.indices {
            for s in map.flows[f].steps.indices { map.flows[f].steps[s].data = ["c\((f * 7 + s) % 100)", "c70"] }
        }
        map.claims.append(Claim(id: "high", text: "Category 70 stays in the EU", offering: map.offerings[0].id, data: ["c70", "c95"]))
        AnswerOracleTests.expectAgreement(map, "100 categories")
        let result = try #require(T.evaluate(map).result(forClaim: "high"))
        #expect(result.breaches.allSatisfy { Set($0.data).isSubset(of: ["c70", "c95"]) })
        #expect(result.breaches.contains { $0.data.contains("c70") })
    }
}
