import Foundation
@testable import ResidencyModel

/// Small maps built in code for the engine, answer and finding tests.
enum EvaluationTestSupport {
    /// The day every engine test judges exceptions and reviews by.
    static let today = ISODate(year: 2026, month: 11, day: 1)!

    // These small fixtures map only what each test is about, and declare the rest empty, so an
    // aspect a test leaves out is "none", not "not mapped" (EvaluationMappedTests covers that).
    static let eu = Offering(id: "eu", name: "EU residency", region: RegionSpec("EU"), hasNone: [.processing, .copies, .access])
    static let us = Offering(id: "us", name: "US residency", region: RegionSpec("US"), hasNone: [.processing, .copies, .access])

    static func system(
        _ id: String,
        _ codes: [String]?,
        kind: SystemKind = .database,
        data: [String] = ["customer-records"],
        status: KnowledgeStatus = .confirmed,
        offerings: [String] = [],
        retention: String? = "30 days",
        name: String? = nil
    ) -> DataSystem {
        DataSystem(
            id: id, name: name ?? id.capitalized, kind: kind,
            location: codes.map { .places($0) } ?? .unknown,
            data: data, retention: retention.flatMap { Retention(parsing: $0) },
            offerings: offerings, status: status
        )
    }

    static func claim(
        _ id: String = "claim",
        offering: String = "eu",
        region: RegionSpec? = nil,
        data: [String]? = ["customer-records"],
        scope: [ClaimScope]? = nil
    ) -> Claim {
        Claim(id: id, text: "Customer records stay in the EU", offering: offering, region: region, data: data, scope: scope)
    }

    /// A reviewed map with the given parts; one EU offering unless told otherwise.
    static func map(
        offerings: [Offering] = [eu],
        categories: [DataCategory]? = nil,
        systems: [DataSystem],
        copies: [DataCopy] = [],
        roles: [Role] = [],
        flows: [Flow] = [],
        claims: [Claim] = [claim()],
        exceptions: [ClaimException] = [],
        header: MapHeader = MapHeader(name: "Test", owner: "Dana", lastReviewed: today, reviewIntervalDays: 90)
    ) -> ResidencyMap {
        ResidencyMap(header: header, offerings: offerings, declaredCategories: categories, systems: systems,
                     copies: copies, roles: roles, flows: flows, claims: claims, exceptions: exceptions)
    }

    static func evaluate(_ map: ResidencyMap, today: ISODate = today) -> Evaluation {
        ResidencyEvaluator(today: today).evaluate(map)
    }

    /// The one claim's result of a map with one claim.
    static func result(_ map: ResidencyMap, today: ISODate = today) -> ClaimResult? {
        evaluate(map, today: today).claims.first
    }

    static func day(_ text: String) -> ISODate {
        ISODate(text) ?? today
    }

    /// The package root, found from this file (the test target declares no resources).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
}
