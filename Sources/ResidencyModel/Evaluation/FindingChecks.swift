/// Runs every finding over a map index. Each check is one pass over one list of the map.
struct FindingChecks {
    let index: MapIndex
    let today: ISODate
    let expiryWarningDays: Int
    private let wording: Wording
    /// Phrases repeat across thousands of findings (the same data sets, the same locations), so
    /// each is worded once per run.
    private let phrases = PhraseCache()

    /// Kinds teams forget, in the order they are reported.
    static let forgottenKinds: [SystemKind] = [.backup, .logs, .errorTracking, .supportDesk, .analytics, .email]

    init(index: MapIndex, today: ISODate, expiryWarningDays: Int) {
        self.index = index
        self.today = today
        self.expiryWarningDays = expiryWarningDays
        self.wording = Wording(catalogue: index.catalogue)
    }

    /// Every finding, most severe first, then in the order the checks found them (map order).
    func run() -> [Finding] {
        var findings: [Finding] = []
        checkSystems(&findings)
        checkCopies(&findings)
        checkAccess(&findings)
        checkSteps(&findings)
        checkForgottenKinds(&findings)
        checkReview(&findings)
        checkExceptions(&findings)
        // Most severe first, keeping check order within a severity (a stable bucket sort, by
        // position: each finding is copied once, into its place).
        let severities = Severity.allCases
        let rank = findings.map { severities.firstIndex(of: $0.severity) ?? 0 }
        var sorted: [Finding] = []
        sorted.reserveCapacity(findings.count)
        for level in severities.indices.reversed() {
            for i in findings.indices where rank[i] == level { sorted.append(findings[i]) }
        }
        return sorted
    }

    // MARK: Systems

    private func checkSystems(_ findings: inout [Finding]) {
        let systems = index.map.systems
        for s in systems.indices {
            let system = systems[s]
            let subject = MapElement.system(system.id)
            let location = index.location(ofSystem: s)
            let personal = index.declared[s].intersection(index.personal)
            let holds = personal.isEmpty ? "" : "; it holds \(names(personal))"

            if location.isUnknown {
                findings.append(Finding(kind: .locationUnknown, subject: subject,
                                        message: "Nobody knows where \(system.name) runs\(holds)."))
            } else {
                let places = describe(locationOf: s)
                switch system.status {
                case .confirmed: break
                case .assumed:
                    findings.append(Finding(kind: .locationAssumed, subject: subject,
                                            message: "\(system.name) is believed to run in \(places), but nobody has checked."))
                case .unknown:
                    findings.append(Finding(kind: .locationAssumed, subject: subject,
                                            message: "\(system.name) is written as running in \(places), but its status is not recorded."))
                case .planned:
                    findings.append(Finding(kind: .locationPlanned, subject: subject,
                                            message: "\(system.name) is only planned to run in \(places); where it runs today is not written."))
                }
            }

            if system.kind.isTelemetry {
                var arriving = index.held[s]
                for step in index.stepsBySystem[s] { arriving.formUnion(index.steps[step].data) }
                let personalArriving = arriving.intersection(index.personal)
                let label = system.name.lowercased().contains(system.kind.cachedLabel) ? system.name : "\(system.name) (\(system.kind.cachedLabel))"
                // "User IDs and IP addresses reach Application logs": the data is the subject, so
                // the verb agrees whatever the system is called.
                let arrivingNames = index.categoryNames(personalArriving)
                let message = Wording.capitalized(names(personalArriving))
                    + " \(Wording.isPlural(arrivingNames) ? "reach" : "reaches") \(label)."
                if personalArriving.intersects(index.requestPayloads) {
                    findings.append(Finding(kind: .requestPayloadsInTelemetry, subject: subject, message: message))
                } else if !personalArriving.isEmpty {
                    findings.append(Finding(kind: .personalDataInTelemetry, subject: subject, message: message))
                }
            }

            if !personal.isEmpty && system.retention == nil {
                findings.append(Finding(kind: .retentionMissing, subject: subject,
                                        message: "\(system.name) holds \(names(personal)), but no retention is written."))
            }

            if !personal.isEmpty && index.stepsBySystem[s].isEmpty && index.copiesInto[s].isEmpty {
                findings.append(Finding(kind: .systemUnreached, subject: subject,
                                        message: "\(system.name) holds \(names(personal)), but no flow step or copy brings data to it."))
            }
        }
        if index.map.roles.isEmpty, index.held.contains(where: { $0.intersects(index.personal) }) {
            findings.append(Finding(kind: .accessNotMapped, subject: .map,
                                    message: "The map holds personal data but lists no roles, so nobody's access is mapped."))
        }
    }

    // MARK: Copies

    private func checkCopies(_ findings: inout [Finding]) {
        let systems = index.map.systems
        for (i, copy) in index.map.copies.enumerated() {
            guard let from = index.copyFrom[i], let to = index.copyTo[i] else { continue }
            let source = systems[from]
            let target = systems[to]
            let subject = MapElement.copy(from: copy.from, to: copy.to, kind: copy.kind)
            let personal = index.carried(byCopy: i, from: index.held[from]).intersection(index.personal)
            let what = Wording.capitalized(copy.kind.cachedLabel)

            if !personal.isEmpty, copy.kind == .stagingCopy || target.kind == .staging, source.kind != .staging {
                findings.append(Finding(kind: .productionCopiedToStaging, subject: subject,
                                        message: "\(what) of \(source.name) puts \(names(personal)) into \(target.name)."))
            }

            if [.backup, .replica, .drFailover].contains(copy.kind) {
                let sourceLocation = index.location(ofSystem: from)
                let targetLocation = index.location(ofSystem: to)
                let sourceJurisdictions = sourceLocation.jurisdictions
                let targetJurisdictions = targetLocation.jurisdictions
                if !sourceJurisdictions.isEmpty, !targetJurisdictions.isEmpty,
                   !targetJurisdictions.isSubset(of: sourceJurisdictions) {
                    findings.append(Finding(
                        kind: .copyCrossesJurisdiction, subject: subject,
                        message: "\(what) of \(source.name) (\(describe(locationOf: from)), \(sorted(sourceJurisdictions))) "
                            + "lands in \(target.name) (\(describe(locationOf: to)), \(sorted(targetJurisdictions)))."
                    ))
                }
            }

            if !personal.isEmpty, let kept = copy.retention ?? target.retention, let sourceRetention = source.retention,
               kept.outlasts(sourceRetention) {
                findings.append(Finding(
                    kind: .copyOutlivesSource, subject: subject,
                    message: "\(what) of \(source.name) into \(target.name) is kept longer than its source: \(kept.text) against \(sourceRetention.text)."
                ))
            }

            // A copy store that declares no personal data of its own escapes the system check.
            if !personal.isEmpty, copy.retention == nil, target.retention == nil,
               index.declared[to].intersection(index.personal).isEmpty {
                findings.append(Finding(
                    kind: .retentionMissing, subject: subject,
                    message: "\(what) of \(source.name) into \(target.name) carries \(names(personal)), but neither the copy nor \(target.name) has a retention."
                ))
            }
        }
    }

    // MARK: Access

    private func checkAccess(_ findings: inout [Finding]) {
        let systems = index.map.systems
        for grantRef in index.grants {
            guard let s = grantRef.system else { continue }
            let role = index.map.roles[grantRef.role]
            let grant = role.access[grantRef.grant]
            let personal = index.held[s].intersection(index.personal)
            if personal.isEmpty { continue }
            let system = systems[s]
            let subject = MapElement.access(role: role.id, system: grant.system)
            let rights = grant.capabilities.filter { $0 == .admin || $0 == .export }.sorted().map(\.rawValue)

            if role.isExternal, !rights.isEmpty {
                findings.append(Finding(
                    kind: .externalAdminOrExport, subject: subject,
                    message: "\(role.name) (\(role.team)) has \(Wording.list(rights)) rights on \(system.name), holding \(names(personal))."
                ))
            }
            if grant.capabilities.contains(.export), grant.when != .approved, !grant.recorded {
                let when = grant.when == .incident ? " during incidents" : ""
                findings.append(Finding(
                    kind: .exportWithoutControl, subject: subject,
                    message: "\(role.name) can export \(names(personal)) from \(system.name)\(when) with no approval and no recording."
                ))
            }
        }
    }

    // MARK: Flow steps

    private func checkSteps(_ findings: inout [Finding]) {
        for step in index.steps {
            guard let s = step.system, index.held[s].isEmpty else { continue }
            let flow = index.map.flows[step.flow]
            let system = index.map.systems[s]
            let carrying = step.data.isEmpty ? "" : ", although the step carries \(names(step.data))"
            findings.append(Finding(
                kind: .stepIntoEmptySystem, subject: .flowStep(flow: flow.id, step: step.step + 1),
                message: "Step \(step.step + 1) of \(flow.name) goes to \(system.name), which the map says holds no data\(carrying)."
            ))
        }
    }

    // MARK: Whole map

    private func checkForgottenKinds(_ findings: inout [Finding]) {
        var present = Set(index.map.systems.map(\.kind))
        if present.contains(.dr) || index.map.copies.contains(where: { $0.kind == .backup || $0.kind == .drFailover }) {
            present.insert(.backup)
        }
        for kind in Self.forgottenKinds where !present.contains(kind) {
            let message: String
            switch kind {
            case .backup: message = "The map has no backups; most teams have nightly snapshots somewhere."
            case .logs: message = "The map has no log store; request and worker logs usually exist and carry identifiers."
            case .errorTracking: message = "The map has no error tracking; error reports often carry payloads and user IDs to an outside service."
            case .supportDesk: message = "The map has no support desk; tickets, screenshots and attachments land somewhere."
            case .analytics: message = "The map has no analytics; product events often carry user IDs and IP addresses."
            case .email: message = "The map has no email service; sign-up and notification mails carry names and addresses."
            default: message = "The map has no \(kind.cachedLabel) system."
            }
            findings.append(Finding(kind: .kindMissing, subject: .systemKind(kind), message: message))
        }
    }

    private func checkReview(_ findings: inout [Finding]) {
        let header = index.map.header
        guard let last = header.lastReviewed, let interval = header.reviewIntervalDays, let due = header.reviewDue else {
            var missing: [String] = []
            if header.lastReviewed == nil { missing.append("last review date") }
            if header.reviewIntervalDays == nil { missing.append("review interval") }
            findings.append(Finding(kind: .reviewNotScheduled, subject: .map,
                                    message: "The map records no \(Wording.list(missing))."))
            return
        }
        if header.isReviewOverdue(on: today) {
            let late = due.days(until: today)
            findings.append(Finding(
                kind: .reviewOverdue, subject: .map,
                message: "Last reviewed \(last); the \(interval)-day review was due \(due), \(Wording.count(late, "day", "days")) ago."
            ))
        }
    }

    private func checkExceptions(_ findings: inout [Finding]) {
        for exception in index.map.exceptions {
            guard let expires = exception.expires else { continue }
            let days = today.days(until: expires)
            let subject = MapElement.exception(exception.id)
            if days < 0 {
                findings.append(Finding(
                    kind: .exceptionExpired, subject: subject,
                    message: "Exception \(exception.id) on claim \(exception.claim) expired on \(expires), \(Wording.count(-days, "day", "days")) ago."
                ))
            } else if days <= expiryWarningDays {
                let when = days == 0 ? "today" : "in \(Wording.count(days, "day", "days"))"
                findings.append(Finding(
                    kind: .exceptionExpiring, subject: subject,
                    message: "Exception \(exception.id) on claim \(exception.claim) expires on \(expires), \(when)."
                ))
            }
        }
    }

    // MARK: Wording

    private func names(_ set: CategorySet) -> String {
        if let known = phrases.names[set] { return known }
        let phrase = index.dataPhrase(set)
        phrases.names[set] = phrase
        return phrase
    }

    private func describe(locationOf system: Int) -> String {
        let id = index.systemLocation[system]
        if let known = phrases.locations[id] { return known }
        let location = index.locations[id]
        let phrase = Wording.list([wording.describe(location.places)].filter { !$0.isEmpty } + location.unresolved)
        phrases.locations[id] = phrase
        return phrase
    }

    private func sorted(_ jurisdictions: Set<String>) -> String {
        jurisdictions.sorted().joined(separator: "+")
    }
}

/// Words already built during one run of the checks.
private final class PhraseCache {
    var names: [CategorySet: String] = [:]
    var locations: [Int: String] = [:]
}
