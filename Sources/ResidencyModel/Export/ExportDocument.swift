/// The JSON export's schema (docs/export.md): the whole map plus its evaluation, for tools and
/// for people who want everything in one file. Keys are snake_case, written sorted; optional
/// keys are left out when they have no value; arrays keep map order. `schema_version` changes
/// only when a key is renamed or removed or its meaning changes; adding keys does not change it.
///
/// The types are `Codable`, so a Swift tool can read an export back with `JSONDecoder`.
public struct ExportDocument: Codable, Sendable, Hashable {
    /// 2: places are described once, in `places`, and named by id everywhere else (locations,
    /// breaches, uncertainties); claim results carry their counts.
    public static let currentSchemaVersion = 2

    public var schemaVersion: Int
    /// The day exceptions and reviews were judged against (YYYY-MM-DD).
    public var today: String
    /// `MapFingerprint` of the map: the first 12 hex digits of the SHA-256 of its canonical YAML.
    public var fingerprint: String
    public var map: MapJSON
    public var evaluation: EvaluationJSON
    /// Each team's sign-off state (stale ones marked) and the gap marks (`ReviewState`).
    public var review: ReviewJSON
    /// Every place the document names, once, in the order first named (the evaluation's first).
    public var places: [PlaceJSON]

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version", today, fingerprint, map, evaluation, places, review
    }

    // MARK: The map

    public struct MapJSON: Codable, Sendable, Hashable {
        public var formatVersion: Int
        public var header: HeaderJSON
        public var offerings: [OfferingJSON]
        /// The categories in force (the declared ones, or the default set).
        public var dataCategories: [CategoryJSON]
        /// Whether the map declares its categories (false: the default set applies).
        public var dataCategoriesDeclared: Bool
        public var systems: [SystemJSON]
        public var copies: [CopyJSON]
        public var roles: [RoleJSON]
        public var flows: [FlowJSON]
        public var claims: [ClaimJSON]
        public var exceptions: [ExceptionJSON]

        enum CodingKeys: String, CodingKey {
            case formatVersion = "format_version", header, offerings, dataCategories = "data_categories"
            case dataCategoriesDeclared = "data_categories_declared", systems, copies, roles, flows, claims, exceptions
        }
    }

    public struct HeaderJSON: Codable, Sendable, Hashable {
        public var name: String
        public var owner: String
        public var lastReviewed: String?
        public var reviewIntervalDays: Int?
        /// The day the next review is due, when both the last review and the interval are known.
        public var reviewDue: String?
        /// Whether `today` is past `review_due`.
        public var reviewOverdue: Bool
        public var signOffs: [SignOffJSON]

        enum CodingKeys: String, CodingKey {
            case name, owner, lastReviewed = "last_reviewed", reviewIntervalDays = "review_interval_days"
            case reviewDue = "review_due", reviewOverdue = "review_overdue", signOffs = "sign_offs"
        }
    }

    public struct SignOffJSON: Codable, Sendable, Hashable {
        public var by: String
        public var team: String?
        public var on: String?
        /// The content fingerprint the sign-off approved.
        public var fingerprint: String?
        /// The git commit the signed file was in.
        public var revision: String?
    }

    public struct OfferingJSON: Codable, Sendable, Hashable {
        public var id: String
        public var name: String
        /// The region's terms as written (`["EU"]`, `["DE", "AT"]`).
        public var region: [String]
        /// Aspects the offering declares it has none of (`has_none`); absent when none is declared.
        public var hasNone: [String]?

        enum CodingKeys: String, CodingKey {
            case id, name, region, hasNone = "has_none"
        }
    }

    public struct CategoryJSON: Codable, Sendable, Hashable {
        public var id: String
        public var name: String
        public var personal: Bool
    }

    public struct SystemJSON: Codable, Sendable, Hashable {
        public var id: String
        public var name: String
        public var kind: String
        public var vendor: String?
        public var location: LocationJSON
        public var data: [String]
        public var retention: RetentionJSON?
        /// Offering ids; empty means shared by every offering.
        public var offerings: [String]
        public var status: String
        public var evidence: EvidenceJSON?
        public var notes: String?
        /// The basis data leaves the region on (`dpf`, `scc`, `bcr`, `none`); absent when not written.
        public var transferBasis: String?

        enum CodingKeys: String, CodingKey {
            case id, name, kind, vendor, location, data, retention, offerings, status, evidence, notes
            case transferBasis = "transfer_basis"
        }
    }

    public struct LocationJSON: Codable, Sendable, Hashable {
        /// The codes as written; empty when the location is unknown.
        public var codes: [String]
        public var unknown: Bool
        /// The codes the catalogue resolves, in order, as ids into the document's `places`.
        public var places: [String]
        /// Codes the catalogue does not know.
        public var unresolved: [String]
        /// "Frankfurt, Germany", "unknown location".
        public var description: String
    }

    public struct PlaceJSON: Codable, Sendable, Hashable {
        /// What locations, breaches and uncertainties name it by: its code (a different place
        /// under a code already taken, only ever hand-built, gets `#2`, `#3`, ... appended).
        public var id: String
        public var code: String
        public var description: String
        public var city: String?
        public var country: String?
        public var jurisdiction: String
    }

    public struct RetentionJSON: Codable, Sendable, Hashable {
        /// As written ("30 days").
        public var text: String
        /// Days kept; absent means kept indefinitely.
        public var days: Int?
    }

    public struct EvidenceJSON: Codable, Sendable, Hashable {
        public var how: String
        public var on: String?
        public var by: String?
    }

    public struct CopyJSON: Codable, Sendable, Hashable {
        public var from: String
        public var to: String
        public var kind: String
        public var schedule: String?
        public var retention: RetentionJSON?
        public var notes: String?
    }

    public struct RoleJSON: Codable, Sendable, Hashable {
        public var id: String
        public var name: String
        public var team: String
        public var countries: [String]
        public var headcount: Int?
        public var access: [GrantJSON]
        public var notes: String?
    }

    public struct GrantJSON: Codable, Sendable, Hashable {
        public var system: String
        public var can: [String]
        public var when: String
        public var recorded: Bool
    }

    public struct FlowJSON: Codable, Sendable, Hashable {
        public var id: String
        public var name: String
        public var trigger: String?
        public var steps: [StepJSON]
    }

    public struct StepJSON: Codable, Sendable, Hashable {
        /// The step's number, from 1 (as exceptions count them).
        public var step: Int
        public var system: String
        public var data: [String]
        public var when: String
        public var notes: String?
        /// Where its data comes from, as written (`3`, `0` for the start, or a system id); absent
        /// means the step before.
        public var from: String?
    }

    public struct ClaimJSON: Codable, Sendable, Hashable {
        public var id: String
        public var text: String
        public var offering: String
        /// The claim's own region terms; absent means the offering's region.
        public var region: [String]?
        /// Category ids; absent means all personal data.
        public var data: [String]?
        /// Aspects; absent means all four.
        public var scope: [String]?
    }

    public struct ExceptionJSON: Codable, Sendable, Hashable {
        public var id: String
        public var claim: String
        public var covers: TargetJSON
        public var reason: String
        public var approvedBy: String
        public var approvedOn: String?
        public var expires: String?
        /// Whether it is in force on `today` (no expiry, or not yet expired).
        public var active: Bool

        enum CodingKeys: String, CodingKey {
            case id, claim, covers, reason, approvedBy = "approved_by", approvedOn = "approved_on", expires, active
        }
    }

    /// What an exception covers: `type` is `system`, `role`, `flow_step` or `copy`.
    public struct TargetJSON: Codable, Sendable, Hashable {
        public var type: String
        public var system: String?
        public var role: String?
        public var flow: String?
        public var step: Int?
        /// A copy target's ends and kind.
        public var from: String? = nil
        public var to: String? = nil
        public var kind: String? = nil
    }

    // MARK: The evaluation

    public struct EvaluationJSON: Codable, Sendable, Hashable {
        /// Whether `resmap check` passes: every claim holds (with or without exceptions) and no error finding.
        public var passed: Bool
        public var summary: SummaryJSON
        public var claims: [ClaimResultJSON]
        public var findings: [FindingJSON]
    }

    public struct SummaryJSON: Codable, Sendable, Hashable {
        public var claims: Int
        public var holds: Int
        public var holdsWithExceptions: Int
        public var unknown: Int
        public var broken: Int
        public var errors: Int
        public var warnings: Int
        public var info: Int

        enum CodingKeys: String, CodingKey {
            case claims, holds, holdsWithExceptions = "holds_with_exceptions", unknown, broken, errors, warnings, info
        }
    }

    public struct ClaimResultJSON: Codable, Sendable, Hashable {
        public var claim: String
        /// The region checked against (the claim's own or its offering's).
        public var region: [String]
        /// The category ids checked.
        public var data: [String]
        /// `holds`, `holds-with-exceptions`, `unknown` or `broken`.
        public var verdict: String
        public var answer: String
        public var answerSummary: String
        public var openBreachCount: Int
        public var coveredBreachCount: Int
        public var uncertaintyCount: Int
        public var breaches: [BreachJSON]
        public var uncertainties: [UncertaintyJSON]

        enum CodingKeys: String, CodingKey {
            case claim, region, data, verdict, answer, answerSummary = "answer_summary"
            case openBreachCount = "open_breach_count", coveredBreachCount = "covered_breach_count"
            case uncertaintyCount = "uncertainty_count", breaches, uncertainties
        }
    }

    public struct BreachJSON: Codable, Sendable, Hashable {
        public var aspect: String
        /// `MapElement.reference`: `system:db-main`, `copy:db-main->vault:backup`, `step:signup#3`, `access:role@system`.
        public var subject: String
        public var system: String
        /// Ids into the document's `places`: the places outside the region.
        public var places: [String]
        public var status: String
        public var data: [String]
        public var access: AccessJSON?
        public var coveredBy: String?
        public var lapsedException: String?
        public var message: String

        enum CodingKeys: String, CodingKey {
            case aspect, subject, system, places, status, data, access
            case coveredBy = "covered_by", lapsedException = "lapsed_exception", message
        }
    }

    public struct AccessJSON: Codable, Sendable, Hashable {
        public var role: String
        public var capabilities: [String]
        public var condition: String
        public var recorded: Bool
        public var headcount: Int?
        public var countries: [String]
    }

    public struct UncertaintyJSON: Codable, Sendable, Hashable {
        public var aspect: String?
        public var subject: String
        public var reason: String
        public var data: [String]
        /// Ids into the document's `places`.
        public var places: [String]
        public var message: String
    }

    public struct FindingJSON: Codable, Sendable, Hashable {
        /// The stable finding id (docs/checks.md).
        public var id: String
        public var severity: String
        public var title: String
        public var subject: String
        public var message: String
        public var fix: String
    }
}
