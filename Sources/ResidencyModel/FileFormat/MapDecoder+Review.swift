/// The review part of the header: sign-offs bound to content, the teams that must sign, and gap
/// marks. Written with the decoder's reading helpers only (`fields(of:)`, `items`, `text`, ...).
extension MapDecoder {
    mutating func decodeSignOff(_ node: YAMLNode, number: Int) -> SignOff? {
        let what = "sign-off #\(number)"
        guard let fields = fields(of: node, what: what, allowed: MapKeys.signOff, required: ["by"]) else { return nil }
        let by = requiredText(fields, "by", what: what)
        let team = text(fields["team"], key: "team", what: what)
        let on = date(fields["on"], key: "on", what: what)
        let fingerprint = hexText(fields["fingerprint"], key: "fingerprint", what: what, lengths: MapFingerprint.length...64)
        let revision = hexText(fields["revision"], key: "revision", what: what, lengths: 7...64)
        guard let by else { return nil }
        return SignOff(by: by, team: team, on: on, fingerprint: fingerprint, revision: revision)
    }

    /// `sign_off_teams: [engineering, legal]`; nil when absent (the defaults apply).
    mutating func signOffTeams(_ entry: Fields.Entry?, what: String) -> [String]? {
        guard let entry, !entry.isNull else { return nil }
        let teams = scalarList(entry, key: "sign_off_teams", what: what).map(\.text)
        if teams.contains(where: { $0.allSatisfy(\.isWhitespace) }) {
            report(entry.valuePosition, "a team in 'sign_off_teams' of \(what) is empty",
                   fix: "name each team, such as `sign_off_teams: [engineering, legal, support]`")
            return nil
        }
        return teams
    }

    mutating func decodeGap(_ node: YAMLNode, number: Int) -> GapMark? {
        let what = "gap mark #\(number)"
        guard let fields = fields(of: node, what: what, allowed: MapKeys.gap, required: ["about", "team", "text"])
        else { return nil }
        let about = gapSubject(fields["about"], what: what)
        let team = requiredText(fields, "team", what: what)
        let question = requiredText(fields, "text", what: what)
        let by = text(fields["by"], key: "by", what: what)
        let on = date(fields["on"], key: "on", what: what)
        let resolvedBy = text(fields["resolved_by"], key: "resolved_by", what: what)
        let resolvedOn = date(fields["resolved_on"], key: "resolved_on", what: what)
        let resolution = text(fields["resolution"], key: "resolution", what: what)
        guard let about, let team, let question else { return nil }
        // Whether the item exists is the validator's rule, placed at the map header.
        return GapMark(about: about, team: team, text: question, by: by, on: on, resolvedBy: resolvedBy,
                       resolvedOn: resolvedOn, resolution: resolution)
    }

    private mutating func gapSubject(_ entry: Fields.Entry?, what: String) -> ItemRef? {
        guard let entry else { return nil }
        guard let raw = scalarText(entry, key: "about", what: what, expected: "an item reference") else {
            if entry.isNull { reportEmpty(entry, what: what) }
            return nil
        }
        guard let ref = ItemRef(reference: raw) else {
            report(entry.valuePosition, "\(UserText.quoted(raw)) in 'about' of \(what) is not an item reference",
                   fix: "write system:ID, role:ID, grant:ROLE/N, copy:N, step:FLOW/N, claim:ID, exception:ID, offering:ID, category:ID or map")
            return nil
        }
        return ref
    }

    /// Hex digits of a length in `lengths`, stored lower-case.
    private mutating func hexText(_ entry: Fields.Entry?, key: String, what: String,
                                  lengths: ClosedRange<Int>) -> String? {
        guard let raw = text(entry, key: key, what: what), let entry else { return nil }
        guard lengths.contains(raw.count), raw.allSatisfy(\.isHexDigit) else {
            report(entry.valuePosition, "'\(key)' of \(what) is not \(lengths.lowerBound) to \(lengths.upperBound) hex digits",
                   fix: "copy the \(key) resmap printed, or remove the line")
            return nil
        }
        return raw.lowercased()
    }
}
