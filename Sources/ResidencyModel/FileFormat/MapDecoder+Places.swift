/// Location codes, promised regions and role countries, checked against the region catalogue.
extension MapDecoder {
    /// Region groups named in fixes when the catalogue cannot list its own.
    private static let documentedGroups = ["EU", "EEA", "EEA+adequacy", "US", "UK", "CH"]

    /// `unknown`, one code, or a list of codes.
    mutating func location(_ entry: Fields.Entry?, what: String) -> Location? {
        guard let entry else { return nil }
        if entry.isNull {
            report(entry.valuePosition, "'location' of \(what) is empty",
                   fix: "write a location code such as aws:eu-central-1, or `unknown` if nobody knows yet")
            return nil
        }
        if case .scalar(let scalar) = entry.value, scalar.string.lowercased() == "unknown" {
            return .unknown
        }
        let codes = scalarList(entry, key: "location", what: what)
        guard !codes.isEmpty else {
            if case .sequence = entry.value {
                report(entry.valuePosition, "'location' of \(what) is an empty list",
                       fix: "list where it runs, or write `location: unknown` if nobody knows yet")
            }
            return nil
        }
        if codes.count == 1, codes[0].text.lowercased() == "unknown" {
            return .unknown
        }
        var valid = true
        for code in codes {
            if code.text.lowercased() == "unknown" {
                report(code.position, "'unknown' cannot be listed together with location codes in \(what)",
                       fix: "either write `location: unknown` alone, or list only the codes that are known")
                valid = false
                continue
            }
            guard catalogue.place(for: code.text) == nil else { continue }
            valid = false
            let fix = catalogue.suggestions(for: code.text).first.map { "did you mean '\($0)'?" }
                ?? "write provider:region (aws:eu-central-1, hetzner:fsn1) or a country code (DE); "
                + "`resmap regions` lists every known code"
            report(code.position, "unknown location code \(UserText.quoted(code.text)) in \(what)", fix: fix)
        }
        return valid ? .places(codes.map(\.text)) : nil
    }

    /// A promised region: country codes and named groups.
    mutating func region(_ entry: Fields.Entry?, key: String, what: String) -> RegionSpec? {
        guard let entry else { return nil }
        let terms = scalarList(entry, key: key, what: what)
        guard !terms.isEmpty else {
            if entry.isNull || isSequence(entry) {
                report(entry.valuePosition, "'\(key)' of \(what) is empty",
                       fix: "write a region such as EU, or a list such as [DE, AT]")
            }
            return nil
        }
        let spec = RegionSpec(terms.map(\.text))
        let unknown = Set(catalogue.unknownTerms(in: spec))
        guard !unknown.isEmpty else { return spec }
        let groups = catalogue.groupNames.isEmpty ? Self.documentedGroups : catalogue.groupNames
        for term in terms where unknown.contains(term.text) {
            let suggestion = groups.first { $0.lowercased() == term.text.lowercased() }
                ?? Suggestions.closest(to: term.text, in: groups)
            let fix = suggestion.map { "did you mean '\($0)'?" }
                ?? "use a country code (DE) or a group: \(groups.joined(separator: ", "))"
            report(term.position, "unknown region \(UserText.quoted(term.text)) in '\(key)' of \(what)", fix: fix)
        }
        return nil
    }

    /// ISO 3166 alpha-2 codes of the countries a role works from; at least one.
    mutating func countries(_ entry: Fields.Entry?, what: String) -> [String]? {
        guard let entry else { return nil }
        let codes = scalarList(entry, key: "countries", what: what)
        guard !codes.isEmpty else {
            if entry.isNull || isSequence(entry) {
                report(entry.valuePosition, "\(what) lists no countries",
                       fix: "list the ISO codes of the countries its people work from, such as `countries: [DE, PL]`")
            }
            return nil
        }
        var valid = true
        for code in codes where catalogue.country(code.text) == nil {
            valid = false
            report(code.position, "unknown country code \(UserText.quoted(code.text)) in \(what)",
                   fix: countryFix(code.text))
        }
        return valid ? codes.map(\.text) : nil
    }

    private func countryFix(_ code: String) -> String {
        switch code.uppercased() {
        case "UK": return "the ISO code of the United Kingdom is GB"
        case "EL": return "the ISO code of Greece is GR"
        case "EU", "EEA": return "list the countries themselves; a role works from countries, not groups"
        default: break
        }
        if code.uppercased() != code, catalogue.country(code.uppercased()) != nil {
            return "did you mean '\(code.uppercased())'? Country codes are upper case"
        }
        return "use ISO 3166 alpha-2 codes such as DE, US, IN"
    }

    private func isSequence(_ entry: Fields.Entry) -> Bool {
        if case .sequence = entry.value { return true }
        return false
    }
}
