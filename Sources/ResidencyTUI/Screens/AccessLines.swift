import ResidencyModel

/// One grant in words, shared by the Access screen and the Systems details: who or what, the
/// rights, when, whether sessions are recorded, and a flag when people reach the data from outside
/// the region an offering promises.
enum AccessLines {
    /// Which end of the grant the line names: the role (listing a system's roles) or the system
    /// (listing a role's grants).
    enum Naming {
        case role
        case system
    }

    static func grantLine(role: Role, grant: AccessGrant, systemPosition: Int?, naming: Naming,
                          lookup: MapLookup, theme: Theme) -> Line {
        var line = Line()
        switch naming {
        case .role:
            line.append(role.name, style: theme.text)
            if let headcount = role.headcount {
                line.append(" (\(CountPhrase.of(headcount, "person", plural: "people")))", style: theme.muted)
            }
        case .system:
            line.append(lookup.systemName(grant.system), style: theme.text)
            if let position = systemPosition {
                line.append(" (\(lookup.location(ofSystem: position).shortText))", style: theme.muted)
            } else {
                line.append(" (not in the map)", style: theme.warning)
            }
        }
        line.append(": ", style: theme.muted)
        let rights = MapText.capabilities(grant.capabilities)
        let strong = grant.capabilities.contains(.export) || grant.capabilities.contains(.admin)
        line.append(rights, style: strong ? theme.heading : theme.text)
        line.append(" · \(MapText.condition(grant.when)) · \(MapText.recorded(grant.recorded))", style: theme.muted)
        if naming == .role {
            line.append(" · from \(MapText.countryNames(role.countries, catalogue: lookup.catalogue))", style: theme.muted)
        }
        if let flag = crossBorderFlag(role: role, systemPosition: systemPosition, lookup: lookup) {
            line.append("  " + flag, style: theme.bad)
        }
        return line
    }

    /// "⚑ cross-border: CA, US" when some of the role's countries lie outside the region of an
    /// offering the system serves; nil otherwise.
    static func crossBorderFlag(role: Role, systemPosition: Int?, lookup: MapLookup) -> String? {
        guard let systemPosition else { return nil }
        let outside = lookup.countriesOutsideRegion(role.countries, forSystem: systemPosition)
        guard !outside.isEmpty else { return nil }
        return "\(MapText.crossBorder) cross-border: \(outside.joined(separator: ", "))"
    }
}
