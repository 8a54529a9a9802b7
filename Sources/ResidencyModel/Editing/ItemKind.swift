/// Every kind of thing a user can add, edit or remove: the map's lists and the grants and steps
/// inside roles and flows. Each has the fields a form shows and `resmap set` takes.
public enum ItemKind: String, Sendable, Hashable, CaseIterable, Codable {
    case map
    /// One person's approval in the map header.
    case signOff = "signoff"
    /// An open question a team raised about an item, in the map header.
    case gap
    case offering
    case category
    case system
    case copy
    case role
    case grant
    case flow
    case step
    case claim
    case exception

    public var noun: String {
        switch self {
        case .map: return "map header"
        case .signOff: return "sign-off"
        case .gap: return "gap mark"
        case .category: return "data category"
        case .grant: return "access grant"
        case .step: return "flow step"
        default: return rawValue
        }
    }

    /// The section the kind's items live in (grants in roles, steps in flows).
    public var section: MapSection? {
        switch self {
        case .map, .signOff, .gap: return nil
        case .offering: return .offerings
        case .category: return .categories
        case .system: return .systems
        case .copy: return .copies
        case .role, .grant: return .roles
        case .flow, .step: return .flows
        case .claim: return .claims
        case .exception: return .exceptions
        }
    }

    public var fields: [FieldSchema] {
        switch self {
        case .map: return [
            FieldSchema("name", "Name", .text, required: true, question: "What is the map called (the product or company)?"),
            FieldSchema("owner", "Owner", .text, required: true, question: "Who keeps the map up to date?"),
            FieldSchema("last_reviewed", "Last reviewed", .date, question: "When was the map last reviewed (YYYY-MM-DD)?"),
            FieldSchema("review_interval_days", "Review every (days)", .integer(minimum: 1),
                        question: "How often must it be reviewed again, in days?"),
            FieldSchema("sign_off_teams", "Teams that sign off", .text,
                        question: "Which teams must sign off, comma-separated? Empty means engineering, legal, support."),
        ]
        case .signOff: return [
            FieldSchema("by", "By", .text, required: true, question: "Who approved the map?"),
            FieldSchema("team", "Team", .team, question: "For which team: engineering, legal, support, ...?"),
            FieldSchema("on", "On", .date, question: "When (YYYY-MM-DD)?"),
            FieldSchema("fingerprint", "Approved content", .text,
                        question: "The content fingerprint approved; empty when adding means the map as it is now."),
            FieldSchema("revision", "Git revision", .text, question: "The git commit the signed file was in, if any."),
        ]
        case .gap: return [
            FieldSchema("about", "About", .text, required: true,
                        question: "Which item: system:ID, role:ID, grant:ROLE/N, copy:N, step:FLOW/N, claim:ID, or map."),
            FieldSchema("team", "Team", .team, required: true, question: "Which team raises it: engineering, legal, support, ...?"),
            FieldSchema("text", "Question", .longText, required: true, question: "What is missing or unclear?"),
            FieldSchema("by", "By", .text, question: "Who raised it?"),
            FieldSchema("on", "On", .date, question: "When (YYYY-MM-DD)?"),
            FieldSchema("resolved_by", "Resolved by", .text, question: "Who resolved it? Empty while it is open."),
            FieldSchema("resolved_on", "Resolved on", .date, question: "When was it resolved (YYYY-MM-DD)?"),
            FieldSchema("resolution", "Resolution", .longText, question: "What was done about it?"),
        ]
        case .offering: return [
            FieldSchema("id", "Id", .id, required: true, question: "A short id, such as eu."),
            FieldSchema("name", "Name", .text, required: true, question: "What is the residency option called when sold?"),
            FieldSchema("region", "Region", .region, required: true, question: "Which region does it promise (EU, EEA, DE, ...)?"),
            FieldSchema("has_none", "Has none of", .choices(ClaimScope.allCases.filter { $0 != .storage }.map(\.rawValue)),
                        question: "Is there truly no staff access, no processing outside storage, or no copy? Declared here, claims may vouch for it."),
        ]
        case .category: return [
            FieldSchema("id", "Id", .id, required: true, question: "A short id, such as customer-records."),
            FieldSchema("name", "Name", .text, required: true, question: "What is this kind of data called?"),
            FieldSchema("personal", "Personal data", .flag, question: "Is it personal data (yes or no)?"),
        ]
        case .system: return [
            FieldSchema("id", "Id", .id, required: true, question: "A short id, such as db-main."),
            FieldSchema("name", "Name", .text, required: true, question: "What do people call it?"),
            FieldSchema("kind", "Kind", .choice(SystemKind.allCases.map(\.rawValue)), required: true,
                        question: "What kind of place is it?"),
            FieldSchema("vendor", "Vendor", .text, question: "Which vendor or service runs it, if any?"),
            FieldSchema("location", "Location", .location, required: true,
                        question: "Where does it really run? Check live settings, not the diagram."),
            FieldSchema("data", "Data", .references(.categories), question: "Which kinds of data land or sit here?"),
            FieldSchema("retention", "Retention", .retention, question: "How long is data kept (30 days, 13 months, indefinite)?"),
            FieldSchema("offerings", "Offerings", .references(.offerings),
                        question: "Which offerings' stacks is it part of? Empty means shared by all."),
            FieldSchema("status", "Status", .choice(KnowledgeStatus.allCases.map(\.rawValue)), required: true,
                        question: "How sure is the location: confirmed, assumed, planned or unknown?"),
            FieldSchema("evidence.how", "Checked how", .text, question: "How was the location checked?"),
            FieldSchema("evidence.on", "Checked on", .date, question: "When was it checked (YYYY-MM-DD)?"),
            FieldSchema("evidence.by", "Checked by", .text, question: "Who checked it?"),
            FieldSchema("transfer_basis", "Transfer basis", .choice(TransferBasis.allCases.map(\.rawValue)),
                        question: "On what basis does data leave the region here: dpf (Data Privacy Framework), scc, bcr or none?"),
            FieldSchema("infrastructure", "Infrastructure", .text,
                        question: "Which Terraform resources is it (addresses, * for any run of characters), for resmap drift?"),
            FieldSchema("notes", "Notes", .longText, question: "Anything a reviewer should know."),
        ]
        case .copy: return [
            FieldSchema("from", "From", .reference(.systems), required: true, question: "Which system is copied?"),
            FieldSchema("to", "To", .reference(.systems), required: true, question: "Which system does the copy land in?"),
            FieldSchema("kind", "Kind", .choice(CopyKind.allCases.map(\.rawValue)), required: true,
                        question: "What kind of copy: backup, replica, DR, restore test, staging copy, ...?"),
            FieldSchema("schedule", "Schedule", .text, question: "When does it happen (nightly, continuous, ...)?"),
            FieldSchema("retention", "Retention", .retention, question: "How long are copies kept?"),
            FieldSchema("notes", "Notes", .longText, question: "Anything a reviewer should know."),
        ]
        case .role: return [
            FieldSchema("id", "Id", .id, required: true, question: "A short id, such as support-leads."),
            FieldSchema("name", "Name", .text, required: true, question: "What is the group called?"),
            FieldSchema("team", "Team", .team, required: true, question: "Which team: support, engineering, contractor, vendor, ...?"),
            FieldSchema("countries", "Countries", .countries, required: true,
                        question: "Which countries do its people work from?"),
            FieldSchema("headcount", "Headcount", .integer(minimum: 0), question: "How many people?"),
            FieldSchema("notes", "Notes", .longText, question: "Anything a reviewer should know."),
        ]
        case .grant: return [
            FieldSchema("system", "System", .reference(.systems), required: true, question: "Which system can they open?"),
            FieldSchema("can", "Can", .choices(AccessCapability.allCases.map(\.rawValue)), required: true,
                        question: "What can they do: view, export, admin?"),
            FieldSchema("when", "When", .choice(AccessCondition.allCases.map(\.rawValue)), required: true,
                        question: "Standing access, only in an incident, or after approval?"),
            FieldSchema("recorded", "Recorded", .flag, question: "Are sessions recorded or audited (yes or no)?"),
        ]
        case .flow: return [
            FieldSchema("id", "Id", .id, required: true, question: "A short id, such as signup."),
            FieldSchema("name", "Name", .text, required: true, question: "What is the request path called?"),
            FieldSchema("trigger", "Trigger", .text, question: "What starts it (a user submits the signup form)?"),
        ]
        case .step: return [
            FieldSchema("system", "System", .reference(.systems), required: true, question: "Which system does the data reach?"),
            FieldSchema("from", "From", .text,
                        question: "Where does the data come from: an earlier step's number, 0 for the start, or a system id? Empty means the step before."),
            FieldSchema("data", "Data", .references(.categories), question: "Which kinds of data arrive there?"),
            FieldSchema("when", "When", .choice(StepTiming.allCases.map(\.rawValue)), required: true,
                        question: "When does this hop happen?"),
            FieldSchema("notes", "Notes", .longText, question: "Anything a reviewer should know."),
        ]
        case .claim: return [
            FieldSchema("id", "Id", .id, required: true, question: "A short id, such as eu-records."),
            FieldSchema("text", "Text", .text, required: true, question: "The exact words sales uses."),
            FieldSchema("offering", "Offering", .reference(.offerings), required: true, question: "Which offering does it speak for?"),
            FieldSchema("region", "Region", .region, question: "Which region does it promise? Empty means the offering's."),
            FieldSchema("data", "Data", .references(.categories), question: "Which data does it cover? Empty means all personal data."),
            FieldSchema("scope", "Scope", .choices(ClaimScope.allCases.map(\.rawValue)),
                        question: "What does it speak about: storage, processing, access, copies? Empty means all four."),
        ]
        case .exception: return [
            FieldSchema("id", "Id", .id, required: true, question: "A short id, such as snapshot-archive-waiver."),
            FieldSchema("claim", "Claim", .reference(.claims), required: true, question: "Which claim does it make an exception to?"),
            FieldSchema("covers", "Covers", .target, required: true,
                        question: "What it covers: system:ID, role:ID, step:FLOW/N or copy:FROM->TO:KIND."),
            FieldSchema("reason", "Reason", .text, required: true, question: "Why is the deviation accepted?"),
            FieldSchema("approved_by", "Approved by", .text, required: true, question: "Who approved it?"),
            FieldSchema("approved_on", "Approved on", .date, question: "When was it approved (YYYY-MM-DD)?"),
            FieldSchema("expires", "Expires", .date, question: "When does it lapse (YYYY-MM-DD)? Empty means never."),
        ]
        }
    }

    /// The field with a key, if the kind has it.
    public func field(_ key: String) -> FieldSchema? {
        fields.first { $0.key == key }
    }
}
