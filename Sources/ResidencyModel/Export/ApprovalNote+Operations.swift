/// Section 5: the places teams forget. Where logs, traces and error reports go; where backups,
/// DR and restore copies stay; who can open what, and from where.
extension ApprovalNoteWriter {
    func writeOperations() {
        document.heading(2, "Logs, backups and access")
        writeTelemetry()
        writeCopies()
        writeAccess()
    }

    private func writeTelemetry() {
        document.heading(3, "Where logs, traces and error reports go")
        var rows: [[Markup]] = []
        for (position, system) in map.systems.enumerated() where system.kind.isTelemetry {
            rows.append([
                Self.nameWithVendor(system),
                "\(system.kind.cachedLabel)",
                "\(servesWords(system))",
                "\(Self.cellList(context.dataNames(context.index.declared[position]), separator: ", "))",
                "\(context.locationWithStatus(ofSystem: position))",
                "\(system.retention?.text ?? "not written")",
            ])
        }
        if rows.isEmpty {
            document.paragraph("The map lists no logs, tracing, error tracking or analytics system. Teams almost always have one; check that none is missing.")
            return
        }
        document.table(["System", "Kind", "Serves", "Data", "Location", "Retention"], rows: rows)
    }

    private func writeCopies() {
        document.heading(3, "Where backups, DR and restore copies stay")
        guard !map.copies.isEmpty else {
            document.paragraph("The map lists no copies: no backups, replicas, DR or restore tests. If any exist, they are missing from the map.")
            return
        }
        let rows: [[Markup]] = map.copies.enumerated().map { i, copy in
            let source = context.index.copyFrom[i]
            let target = context.index.copyTo[i]
            return [
                "\(Wording.capitalized(copy.kind.cachedLabel))",
                "\(context.systemName(copy.from))",
                "\(source.map { context.locationWords(ofSystem: $0) } ?? "not in the map")",
                "\(context.systemName(copy.to))",
                "\(target.map { context.locationWithStatus(ofSystem: $0) } ?? "not in the map")",
                "\(copy.schedule ?? "not written")",
                "\(copyRetention(copy, target: target))",
            ]
        }
        document.table(["Copy", "From", "Source location", "To", "Where the copy stays", "Schedule", "Retention"], rows: rows)
    }

    private func writeAccess() {
        document.heading(3, "Who can open what, and from where")
        guard !map.roles.isEmpty else {
            document.paragraph("The map records nobody's access. Support, engineering, vendors and contractors who can open customer data belong here.")
            return
        }
        var rows: [[Markup]] = []
        for role in map.roles {
            let people = role.headcount.map(String.init) ?? "not written"
            let from = role.countries.isEmpty ? "not written" : context.countryNames(role.countries).joined(separator: ", ")
            guard !role.access.isEmpty else {
                rows.append(["\(role.name)", "\(role.team)", "\(from)", "\(people)", "no access mapped", " ", " ", " "])
                continue
            }
            for grant in role.access {
                rows.append([
                    "\(role.name)",
                    "\(role.team)",
                    "\(from)",
                    "\(people)",
                    "\(context.systemName(grant.system))",
                    "\(grant.capabilities.map(\.rawValue).joined(separator: ", "))",
                    "\(Self.conditionWords(grant.when))",
                    Markup(trusted: grant.recorded ? "yes" : "**no**"),
                ])
            }
        }
        document.table(["Role", "Team", "Works from", "People", "System", "Can", "When", "Recorded"], rows: rows)
    }

    /// The copy's own retention, else the target system's (said so), else "not written".
    private func copyRetention(_ copy: DataCopy, target: Int?) -> String {
        if let retention = copy.retention { return retention.text }
        if let target, let retention = map.systems[target].retention { return "\(retention.text) (the target's)" }
        return "not written"
    }

    /// "Primary database (AWS RDS)".
    static func nameWithVendor(_ system: DataSystem) -> Markup {
        system.vendor.map { "\(system.name) (\($0))" } ?? "\(system.name)"
    }

    /// "all offerings" for a shared system, else the offerings' names.
    func servesWords(_ system: DataSystem) -> String {
        system.offerings.isEmpty ? "all offerings" : system.offerings.map(context.offeringName).joined(separator: ", ")
    }

    static func conditionWords(_ condition: AccessCondition) -> String {
        switch condition {
        case .always: return "always"
        case .incident: return "incidents only"
        case .approved: return "after approval"
        }
    }
}
