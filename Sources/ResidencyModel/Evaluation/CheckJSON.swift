import Foundation

/// The JSON `resmap check --format json` prints: a stable, documented schema (docs/checks.md)
/// for CI pipelines and other tools. Keys are snake_case and sorted; optional keys are left out
/// when they have no value; arrays keep map order. `schema_version` changes only when a key is
/// renamed or removed (adding keys does not change it).
public enum CheckJSON {
    public static let schemaVersion = 1

    /// The report as pretty-printed JSON text with sorted keys, ending in a newline: the text
    /// `JSONEncoder` makes of `Report` with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`,
    /// written directly (`JSONText`) claim by claim, so a large map's report never holds every
    /// breach in memory at once.
    public static func encode(_ evaluation: Evaluation, map: ResidencyMap, fileName: String,
                              catalogue: RegionCatalogue = .standard) throws -> String {
        var places: [String: PlaceJSON] = [:]
        func place(_ place: Place) -> PlaceJSON {
            if let known = places[place.code], known.country == place.country, known.jurisdiction == place.jurisdiction,
               known.city == place.city {
                return known
            }
            let json = PlaceJSON(place, catalogue: catalogue)
            places[place.code] = json
            return json
        }
        let items = evaluation.claims.reduce(0) { $0 + $1.openBreachCount + $1.coveredBreachCount + $1.uncertaintyCount }
        var json = JSONText(capacity: (1 << 16) + items * 1_000 + evaluation.findings.count * 500)
        json.object { o in
            o.field("claims")
            o.array(evaluation.claims) { json, result in
                ClaimJSON(result, lists: result.listsReadOnce, place: place).write(to: &json)
            }
            o.field("file", fileName)
            o.field("findings")
            o.array(evaluation.findings) { FindingJSON($1).write(to: &$0) }
            o.field("map", map.header.name)
            o.field("passed", evaluation.passes)
            o.field("review")
            ReviewJSON(ReviewState(map: map)).write(to: &o)
            o.field("schema_version", schemaVersion)
            o.field("summary")
            Summary(evaluation).write(to: &o)
            o.field("today", evaluation.today.description)
        }
        return json.finish(appending: "\n")
    }

    struct Report: Encodable {
        let schemaVersion = CheckJSON.schemaVersion
        let file: String
        let map: String
        let today: String
        let passed: Bool
        let summary: Summary
        let claims: [ClaimJSON]
        let findings: [FindingJSON]
        let review: ReviewJSON

        enum CodingKeys: String, CodingKey {
            case schemaVersion = "schema_version", file, map, today, passed, summary, claims, findings, review
        }

        init(_ evaluation: Evaluation, map: ResidencyMap, fileName: String, catalogue: RegionCatalogue) {
            file = fileName
            self.map = map.header.name
            today = evaluation.today.description
            passed = evaluation.passes
            summary = Summary(evaluation)
            claims = evaluation.claims.map { result in
                ClaimJSON(result, lists: (result.breaches, result.uncertainties)) { PlaceJSON($0, catalogue: catalogue) }
            }
            findings = evaluation.findings.map(FindingJSON.init)
            review = ReviewJSON(ReviewState(map: map))
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
        let breaches: [BreachJSON]
        let uncertainties: [UncertaintyJSON]

        enum CodingKeys: String, CodingKey {
            case id, text, offering, region, data, scope, verdict, answer, answerSummary = "answer_summary", breaches, uncertainties
        }

        init(_ result: ClaimResult, lists: (breaches: [Breach], uncertainties: [Uncertainty]), place: (Place) -> PlaceJSON) {
            id = result.claim.id
            text = result.claim.text
            offering = result.claim.offering
            region = result.region.terms
            data = result.data
            scope = ClaimEngine.aspectOrder.filter(result.claim.effectiveScope.contains).map(\.rawValue)
            verdict = result.verdict.rawValue
            answer = result.answer.text
            answerSummary = result.answer.summary
            breaches = lists.breaches.map { BreachJSON($0, place: place) }
            uncertainties = lists.uncertainties.map { UncertaintyJSON($0, place: place) }
        }
    }

    struct BreachJSON: Encodable {
        let aspect: String
        let subject: SubjectJSON
        let system: String
        let places: [PlaceJSON]
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

        init(_ breach: Breach, place: (Place) -> PlaceJSON) {
            aspect = breach.aspect.rawValue
            subject = SubjectJSON(breach.subject)
            system = breach.system
            places = breach.places.map(place)
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
        let subject: SubjectJSON
        let reason: String
        let data: [String]
        let places: [PlaceJSON]
        let message: String

        init(_ uncertainty: Uncertainty, place: (Place) -> PlaceJSON) {
            aspect = uncertainty.aspect?.rawValue
            subject = SubjectJSON(uncertainty.subject)
            reason = uncertainty.reason.rawValue
            data = uncertainty.data
            places = uncertainty.places.map(place)
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
        let code: String
        let description: String
        let country: String?
        let jurisdiction: String
        /// Not in the report; tells apart hand-made places that share a code (for the cache in `encode`).
        let city: String?

        enum CodingKeys: String, CodingKey {
            case code, description, country, jurisdiction
        }

        init(_ place: Place, catalogue: RegionCatalogue) {
            code = place.code
            description = catalogue.describe(place)
            country = place.country
            jurisdiction = place.jurisdiction
            city = place.city
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
