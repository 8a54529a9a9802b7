import Foundation

/// The JSON `resmap check --format json` prints: a stable, documented schema (docs/checks.md)
/// for CI pipelines and other tools. Keys are snake_case and sorted; optional keys are left out
/// when they have no value; arrays keep map order. `schema_version` changes only when a key is
/// renamed or removed (adding keys does not change it).
public enum CheckJSON {
    /// 2: breaches and uncertainties name their subject by reference and their places by id
    /// into the top-level `places`; claims carry their counts; `limit` says when lists are cut.
    public static let schemaVersion = 2

    /// The report as text (small maps, tests): what `write` writes, collected.
    public static func encode(_ evaluation: Evaluation, map: ResidencyMap, fileName: String,
                              limit: Int? = nil, catalogue: RegionCatalogue = .standard) throws -> String {
        StringSink.collect { write(evaluation, map: map, fileName: fileName, limit: limit, catalogue: catalogue, to: $0) }
    }

    /// Writes the report into `sink` claim by claim, pretty-printed with sorted keys, each breach
    /// and uncertainty on one line, ending in a newline. With a `limit`, each claim lists its first
    /// `limit` breaches and first `limit` uncertainties (its counts say how many there are).
    public static func write(_ evaluation: Evaluation, map: ResidencyMap, fileName: String, limit: Int? = nil,
                             catalogue: RegionCatalogue = .standard, to sink: TextSink) {
        let places = JSONPlaceTable()
        var json = JSONText(into: sink)
        json.object { o in
            o.field("claims")
            o.array(evaluation.claims) { json, result in
                let lists = limit.map { result.details(upTo: $0) } ?? result.listsReadOnce
                ClaimJSON(result, lists: lists, places: places).write(to: &json)
            }
            o.field("file", fileName)
            o.field("findings")
            o.array(evaluation.findings) { FindingJSON($1).write(to: &$0) }
            o.field("limit", limit)
            o.field("map", map.header.name)
            o.field("passed", evaluation.passes)
            o.field("places")
            o.array(places.entries) { PlaceJSON(id: $1.id, $1.place, catalogue: catalogue).write(to: &$0) }
            o.field("review")
            ReviewJSON(ReviewState(map: map)).write(to: &o)
            o.field("schema_version", schemaVersion)
            o.field("summary")
            Summary(evaluation).write(to: &o)
            o.field("today", evaluation.today.description)
        }
        json.finish(appending: "\n")
    }

    /// The report as values, for tests to compare with what `JSONEncoder` makes of them.
    struct Report: Encodable {
        let schemaVersion = CheckJSON.schemaVersion
        let file: String
        let map: String
        let today: String
        let passed: Bool
        let limit: Int?
        let summary: Summary
        let claims: [ClaimJSON]
        let findings: [FindingJSON]
        let review: ReviewJSON
        let places: [PlaceJSON]

        enum CodingKeys: String, CodingKey {
            case schemaVersion = "schema_version", file, map, today, passed, limit, summary, claims, findings, places, review
        }

        init(_ evaluation: Evaluation, map: ResidencyMap, fileName: String, limit: Int? = nil, catalogue: RegionCatalogue) {
            file = fileName
            self.map = map.header.name
            today = evaluation.today.description
            passed = evaluation.passes
            self.limit = limit
            summary = Summary(evaluation)
            let table = JSONPlaceTable()
            claims = evaluation.claims.map { result in
                let lists = limit.map { result.details(upTo: $0) } ?? (result.breaches, result.uncertainties)
                return ClaimJSON(result, lists: lists, places: table)
            }
            findings = evaluation.findings.map(FindingJSON.init)
            review = ReviewJSON(ReviewState(map: map))
            places = table.entries.map { PlaceJSON(id: $0.id, $0.place, catalogue: catalogue) }
        }
    }

    struct Summary: Encodable {
        let claims: Int
        let holds: Int
        let holdsWithExceptions: Int
        let unknown: Int
        let broken: Int
        let errors: Int
        let warnings: Int
        let info: Int

        enum CodingKeys: String, CodingKey {
            case claims, holds, holdsWithExceptions = "holds_with_exceptions", unknown, broken, errors, warnings, info
        }

        init(_ evaluation: Evaluation) {
            func verdicts(_ verdict: Verdict) -> Int { evaluation.claims.filter { $0.verdict == verdict }.count }
            func severity(_ severity: Severity) -> Int { evaluation.findings.filter { $0.severity == severity }.count }
            claims = evaluation.claims.count
            holds = verdicts(.holds)
            holdsWithExceptions = verdicts(.holdsWithExceptions)
            unknown = verdicts(.unknown)
            broken = verdicts(.broken)
            errors = severity(.error)
            warnings = severity(.warning)
            info = severity(.info)
        }
    }

    struct ClaimJSON: Encodable {
        let id: String
        let text: String
        let offering: String
        let region: [String]
        let data: [String]
        let scope: [String]
        let verdict: String
        let answer: String
        let answerSummary: String
        let openBreachCount: Int
        let coveredBreachCount: Int
        let uncertaintyCount: Int
        let breaches: [BreachJSON]
        let uncertainties: [UncertaintyJSON]

        enum CodingKeys: String, CodingKey {
            case id, text, offering, region, data, scope, verdict, answer, answerSummary = "answer_summary"
            case openBreachCount = "open_breach_count", coveredBreachCount = "covered_breach_count"
            case uncertaintyCount = "uncertainty_count", breaches, uncertainties
        }

        init(_ result: ClaimResult, lists: (breaches: [Breach], uncertainties: [Uncertainty]), places: JSONPlaceTable) {
            id = result.claim.id
            text = result.claim.text
            offering = result.claim.offering
            region = result.region.terms
            data = result.data
            scope = ClaimEngine.aspectOrder.filter(result.claim.effectiveScope.contains).map(\.rawValue)
            verdict = result.verdict.rawValue
            answer = result.answer.text
            answerSummary = result.answer.summary
            openBreachCount = result.openBreachCount
            coveredBreachCount = result.coveredBreachCount
            uncertaintyCount = result.uncertaintyCount
            breaches = lists.breaches.map { BreachJSON($0, places: places) }
            uncertainties = lists.uncertainties.map { UncertaintyJSON($0, places: places) }
        }
    }

    struct BreachJSON: Encodable {
        let aspect: String
        /// `MapElement.reference`.
        let subject: String
        let system: String
        /// Ids into the report's `places`.
        let places: [String]
        let status: String
        let data: [String]
        let access: AccessJSON?
        let coveredBy: String?
        let lapsedException: String?
        let message: String

        enum CodingKeys: String, CodingKey {
            case aspect, subject, system, places, status, data, access
            case coveredBy = "covered_by", lapsedException = "lapsed_exception", message
        }

        init(_ breach: Breach, places table: JSONPlaceTable) {
            aspect = breach.aspect.rawValue
            subject = breach.subject.reference
            system = breach.system
            places = table.ids(for: breach.places)
            status = breach.status.rawValue
            data = breach.data
            access = breach.access.map(AccessJSON.init)
            coveredBy = breach.coveredBy
            lapsedException = breach.lapsedException
            message = breach.message
        }
    }

    struct UncertaintyJSON: Encodable {
        let aspect: String?
        let subject: String
        let reason: String
        let data: [String]
        let places: [String]
        let message: String

        init(_ uncertainty: Uncertainty, places table: JSONPlaceTable) {
            aspect = uncertainty.aspect?.rawValue
            subject = uncertainty.subject.reference
            reason = uncertainty.reason.rawValue
            data = uncertainty.data
            places = table.ids(for: uncertainty.places)
            message = uncertainty.message
        }
    }

    struct AccessJSON: Encodable {
        let role: String
        let capabilities: [String]
        let condition: String
        let recorded: Bool
        let headcount: Int?
        let countries: [String]

        init(_ detail: AccessDetail) {
            role = detail.role
            capabilities = detail.capabilities.map(\.rawValue)
            condition = detail.condition.rawValue
            recorded = detail.recorded
            headcount = detail.headcount
            countries = detail.countries
        }
    }

    struct PlaceJSON: Encodable {
        let id: String
        let code: String
        let description: String
        let country: String?
        let jurisdiction: String

        init(id: String, _ place: Place, catalogue: RegionCatalogue) {
            self.id = id
            code = place.code
            description = catalogue.describe(place)
            country = place.country
            jurisdiction = place.jurisdiction
        }
    }

    struct FindingJSON: Encodable {
        let id: String
        let severity: String
        let title: String
        let subject: SubjectJSON
        let message: String
        let fix: String

        init(_ finding: Finding) {
            id = finding.id
            severity = finding.severity.rawValue
            title = finding.kind.title
            subject = SubjectJSON(finding.subject)
            message = finding.message
            fix = finding.fix
        }
    }

    /// A `MapElement`: `type` plus the ids that name it; `ref` is `MapElement.reference`.
    struct SubjectJSON: Encodable {
        var type: String
        var ref: String
        var id: String?
        var from: String?
        var to: String?
        var kind: String?
        var role: String?
        var system: String?
        var flow: String?
        var step: Int?

        init(_ element: MapElement) {
            ref = element.reference
            switch element {
            case .map: type = "map"
            case .offering(let id): type = "offering"; self.id = id
            case .claim(let id): type = "claim"; self.id = id
            case .system(let id): type = "system"; self.id = id
            case .copy(let from, let to, let kind):
                type = "copy"; self.from = from; self.to = to; self.kind = kind.rawValue
            case .role(let id): type = "role"; self.id = id
            case .access(let role, let system): type = "access"; self.role = role; self.system = system
            case .flow(let id): type = "flow"; self.id = id
            case .flowStep(let flow, let step): type = "flow_step"; self.flow = flow; self.step = step
            case .exception(let id): type = "exception"; self.id = id
            case .systemKind(let kind): type = "system_kind"; self.kind = kind.rawValue
            }
        }
    }
}
