/// Section 4: where customer data lives, one table per offering: each system holding personal
/// data for it, with its data, location, retention, who can read and export it, and where its
/// copies go.
extension ApprovalNoteWriter {
    func writeWhereDataLives() {
        document.heading(2, "Where customer data lives")
        guard !map.offerings.isEmpty else {
            writeInventoryTable(offering: nil, held: context.index.held)
            return
        }
        for offering in map.offerings {
            document.heading(3, "\(offering.name) (promised region: \(regionWords(offering.region)))")
            writeInventoryTable(offering: offering, held: context.dataHeld(forOffering: offering.id))
        }
    }

    /// One table. Without an offering (a map that sells none), every system holding personal data.
    private func writeInventoryTable(offering: Offering?, held: [CategorySet]) {
        let personal = context.index.personal
        var rows: [[Markup]] = []
        var withoutPersonalData: [String] = []
        let outsideMark: Markup = offering.map { " **outside \(regionPhrase($0.region))**" } ?? ""
        let inside = offering.map { context.insideFlags(region: $0.region) }
        for (position, system) in map.systems.enumerated() {
            let data = held[position]
            guard data.intersects(personal) else {
                let serves = offering.map { system.serves(offering: $0.id) } ?? true
                if serves { withoutPersonalData.append(system.name) }
                continue
            }
            let cells = inventoryCells(position)
            var location = cells.location
            if let inside, !system.location.isUnknown, !context.isInside(system: position, flags: inside) {
                location += outsideMark
            }
            rows.append([
                cells.name, cells.kind, "\(context.dataNames(data).joined(separator: ", "))", location, cells.retention,
                cells.readers, cells.exporters, cells.copies,
            ])
        }
        if rows.isEmpty {
            document.paragraph("The map shows no system holding personal data here.")
        } else {
            document.table(
                ["System", "Kind", "Data held", "Location", "Retention", "Who can read", "Who can export", "Copies go to"],
                rows: rows
            )
        }
        if !withoutPersonalData.isEmpty {
            document.paragraph("Also in this stack, holding no personal data: \(withoutPersonalData.joined(separator: ", ")).")
        }
    }

    /// The cells of a system's row that do not depend on the offering, built once per system
    /// however many offering tables it appears in.
    private func inventoryCells(_ position: Int) -> InventoryCells {
        if let cached = inventoryCache[position] { return cached }
        let system = map.systems[position]
        let grants = context.grants(onSystem: position)
        let readers = grants.map { accessWords($0.role, $0.grant) }
        let exporters = grants.filter { grant in
            grant.grant.capabilities.contains(.export) || grant.grant.capabilities.contains(.admin)
        }.map { accessWords($0.role, $0.grant, markAdmin: true) }
        let copies = context.copiesOutOf[position].map { copyIndex -> String in
            let copy = map.copies[copyIndex]
            let place = context.index.copyTo[copyIndex].map { context.locationWithStatus(ofSystem: $0) } ?? "not in the map"
            return "\(context.systemName(copy.to)) (\(copy.kind.cachedLabel)): \(place)"
        }
        let cells = InventoryCells(
            name: Self.nameWithVendor(system),
            kind: "\(system.kind.cachedLabel)",
            location: "\(context.locationWithStatus(ofSystem: position))",
            retention: "\(system.retention?.text ?? "not written")",
            readers: "\(Self.cellList(readers, empty: "none mapped"))",
            exporters: "\(Self.cellList(exporters, empty: "none mapped"))",
            copies: "\(Self.cellList(copies))"
        )
        inventoryCache[position] = cells
        return cells
    }

    /// "Support leads (Canada): CA", "Platform engineers (EU): DE, NL, ES, incidents only, admin".
    func accessWords(_ role: Role, _ grant: AccessGrant, markAdmin: Bool = false) -> String {
        var parts: [String] = [role.countries.isEmpty ? "countries not written" : role.countries.joined(separator: ", ")]
        switch grant.when {
        case .always: break
        case .incident: parts.append("incidents only")
        case .approved: parts.append("after approval")
        }
        if markAdmin, grant.capabilities.contains(.admin) { parts.append("admin") }
        return "\(role.name): \(parts.joined(separator: ", "))"
    }
}

/// The offering-independent cells of one inventory row.
struct InventoryCells {
    var name: Markup
    var kind: Markup
    var location: Markup
    var retention: Markup
    var readers: Markup
    var exporters: Markup
    var copies: Markup
}
