/// Every check resmap runs. Raw values are stable ids: scripts, docs/checks.md and the JSON
/// output use them, so never rename one.
public enum FindingKind: String, Sendable, Hashable, CaseIterable {
    case locationUnknown = "location-unknown"
    case locationAssumed = "location-assumed"
    case locationPlanned = "location-planned"
    case personalDataInTelemetry = "personal-data-in-telemetry"
    case requestPayloadsInTelemetry = "request-payloads-in-telemetry"
    case productionCopiedToStaging = "production-copied-to-staging"
    case copyCrossesJurisdiction = "copy-crosses-jurisdiction"
    case copyOutlivesSource = "copy-outlives-source"
    case externalAdminOrExport = "external-admin-or-export"
    case exportWithoutControl = "export-without-control"
    case retentionMissing = "retention-missing"
    case systemUnreached = "system-unreached"
    case stepIntoEmptySystem = "step-into-empty-system"
    case kindMissing = "kind-missing"
    case accessNotMapped = "access-not-mapped"
    case reviewOverdue = "review-overdue"
    case reviewNotScheduled = "review-not-scheduled"
    case exceptionExpired = "exception-expired"
    case exceptionExpiring = "exception-expiring"

    public var severity: Severity {
        switch self {
        case .requestPayloadsInTelemetry, .productionCopiedToStaging, .exceptionExpired:
            return .error
        case .locationUnknown, .locationPlanned, .personalDataInTelemetry, .copyCrossesJurisdiction,
             .copyOutlivesSource, .externalAdminOrExport, .exportWithoutControl, .retentionMissing,
             .systemUnreached, .stepIntoEmptySystem, .reviewOverdue, .exceptionExpiring:
            return .warning
        case .locationAssumed, .kindMissing, .accessNotMapped, .reviewNotScheduled:
            return .info
        }
    }

    /// A short title for lists and headings.
    public var title: String {
        switch self {
        case .locationUnknown: return "Location unknown"
        case .locationAssumed: return "Location not verified"
        case .locationPlanned: return "Location only planned"
        case .personalDataInTelemetry: return "Personal data in telemetry"
        case .requestPayloadsInTelemetry: return "Request payloads in telemetry"
        case .productionCopiedToStaging: return "Production data copied to staging or test"
        case .copyCrossesJurisdiction: return "Copy in another jurisdiction than its source"
        case .copyOutlivesSource: return "Copy kept longer than its source"
        case .externalAdminOrExport: return "Vendor or contractor with admin or export rights"
        case .exportWithoutControl: return "Export without approval or recording"
        case .retentionMissing: return "No retention on personal data"
        case .systemUnreached: return "Personal data nothing reaches"
        case .stepIntoEmptySystem: return "Flow step into a system that holds nothing"
        case .kindMissing: return "Commonly forgotten kind missing"
        case .accessNotMapped: return "Nobody's access is mapped"
        case .reviewOverdue: return "Review overdue"
        case .reviewNotScheduled: return "No review date or interval"
        case .exceptionExpired: return "Exception expired"
        case .exceptionExpiring: return "Exception expiring soon"
        }
    }

    /// Why it matters, in one line.
    public var why: String {
        switch self {
        case .locationUnknown:
            return "A system nobody can place makes every claim it touches unknown."
        case .locationAssumed:
            return "A believed location is often a default region nobody changed; proof means checking live settings."
        case .locationPlanned:
            return "A planned move describes the future; customers ask where their data is today."
        case .personalDataInTelemetry:
            return "Logs, traces, error reports and analytics events leave the region quietly and keep what they carry."
        case .requestPayloadsInTelemetry:
            return "Whole request bodies in telemetry copy customer data wherever the tool runs, for as long as it keeps events."
        case .productionCopiedToStaging:
            return "Test environments hold real customer data under looser rules, often in another region and for longer."
        case .copyCrossesJurisdiction:
            return "A backup, replica or DR copy elsewhere makes a single-region promise true only until something breaks."
        case .copyOutlivesSource:
            return "A shorter retention on the live system does not delete older snapshots; the copy decides how long data lives."
        case .externalAdminOrExport:
            return "Outside parties with broad rights can open or take data from anywhere, and nobody reviews the rights."
        case .exportWithoutControl:
            return "Standing, unrecorded export lets personal data leave with no approval and no trace."
        case .retentionMissing:
            return "Without a retention period nobody can say how long personal data stays or when copies go."
        case .systemUnreached:
            return "Personal data that no flow or copy brings in means the map misses a path, or the system is wrongly mapped."
        case .stepIntoEmptySystem:
            return "Data arrives at a system the map says holds nothing, so its contents are missing from the map."
        case .kindMissing:
            return "Teams often forget this kind of system; a map without any usually misses one."
        case .accessNotMapped:
            return "Who can open the data, and from where, changes the answer as much as storage does."
        case .reviewOverdue:
            return "Every new tool can change the answer; an old map answers for a system that no longer exists."
        case .reviewNotScheduled:
            return "A map without a review rhythm drifts away from the running system unnoticed."
        case .exceptionExpired:
            return "An expired approval covers nothing; the break it allowed is now a plain break."
        case .exceptionExpiring:
            return "When the approval lapses the claim breaks, unless the work is done or the approval renewed."
        }
    }

    /// The usual fix.
    public var fix: String {
        switch self {
        case .locationUnknown:
            return "Find where it runs from the provider's console or contract and write the region code."
        case .locationAssumed:
            return "Check the live settings, then set status: confirmed and record the evidence."
        case .locationPlanned:
            return "Write where it runs today; keep the planned region in notes until the move is done."
        case .personalDataInTelemetry:
            return "Mask or drop identifiers before sending, or host the tool in the promised region."
        case .requestPayloadsInTelemetry:
            return "Turn off payload capture; keep event names, error codes and request IDs instead."
        case .productionCopiedToStaging:
            return "Use masked or synthetic data for tests, or small extracts that stay in region and expire."
        case .copyCrossesJurisdiction:
            return "Point the copy at a region under the same jurisdiction, or state the cross-border copy in the claim."
        case .copyOutlivesSource:
            return "Give the copy a retention no longer than its source and delete the snapshots that predate it."
        case .externalAdminOrExport:
            return "Narrow the rights to what the work needs, gate them on approval, and record the sessions."
        case .exportWithoutControl:
            return "Require approval for each export, or record every session, and prefer a safer support view."
        case .retentionMissing:
            return "Write how long the data is kept (for example 30 days, 13 months, indefinite)."
        case .systemUnreached:
            return "Add the flow step or copy that brings the data in, or correct what the system holds."
        case .stepIntoEmptySystem:
            return "List the data that arrives there, even briefly, or remove the step."
        case .kindMissing:
            return "Add the system if you have one; if you truly have none, note that in the map."
        case .accessNotMapped:
            return "Add roles for support, engineering and vendors: what they can open and where they work."
        case .reviewOverdue:
            return "Walk the map with engineering, legal and support, then update last_reviewed."
        case .reviewNotScheduled:
            return "Set last_reviewed and review_interval_days in the map header."
        case .exceptionExpired:
            return "Finish the work it allowed time for, renew the approval with a new expiry, or narrow the claim."
        case .exceptionExpiring:
            return "Finish the work before the expiry, or get the approval renewed in time."
        }
    }
}
