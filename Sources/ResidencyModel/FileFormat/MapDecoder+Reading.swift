/// Typed reading of single values, each reporting a located problem and returning nil when the
/// value cannot be used, so the caller goes on with the rest of the file.
extension MapDecoder {
    /// The entries of a mapping, reporting unknown keys (with a suggestion) and missing required keys.
    mutating func fields(of node: YAMLNode, what: String, allowed: [String], required: [String]) -> Fields? {
        guard case .mapping(let mapping) = node else {
            report(node.position, "expected \(what) to be a mapping of `key: value` lines, got \(node.kindDescription)",
                   fix: "write \(what) as `key: value` lines indented under its parent")
            return nil
        }
        var entries: [Fields.Entry] = []
        entries.reserveCapacity(mapping.count)
        for (keyNode, value) in mapping {
            guard case .scalar(let keyScalar) = keyNode else {
                report(keyNode.position, "a key in \(what) is \(keyNode.kindDescription), not a word",
                       fix: "write keys as plain words, such as `name:`")
                continue
            }
            let key = keyScalar.string
            guard allowed.contains(key) else {
                reportUnknownKey(key, at: keyNode.position, in: what, allowed: allowed)
                continue
            }
            // The composer refused keys written twice, so each key comes once.
            entries.append(Fields.Entry(key: key, keyPosition: keyNode.position, value: value))
        }
        let fields = Fields(position: node.position, entries: entries)
        for key in required where fields[key] == nil {
            report(fields.position, "\(what) has no '\(key)'", fix: "add `\(MapKeys.example(for: key))`")
        }
        return fields
    }

    private mutating func reportUnknownKey(_ key: String, at position: SourcePosition?, in what: String,
                                           allowed: [String]) {
        if key == "<<" {
            report(position, "YAML merge keys (`<<`) are not supported in \(what)",
                   fix: "write the fields out in full")
            return
        }
        let fix: String
        if let suggestion = Suggestions.closest(to: key, in: allowed) {
            fix = "did you mean '\(suggestion)'?"
        } else {
            fix = "remove it, or use one of the keys allowed here: \(allowed.joined(separator: ", "))"
        }
        report(position, "unknown key \(UserText.quoted(key)) in \(what)", fix: fix)
    }

    /// The raw text of a scalar value, exactly as written; nil when absent or null.
    mutating func scalarText(_ entry: Fields.Entry?, key: String, what: String, expected: String) -> String? {
        guard let entry, !entry.isNull else { return nil }
        guard case .scalar(let scalar) = entry.value else {
            report(entry.valuePosition, "expected \(expected) for '\(key)' of \(what), got \(entry.value.kindDescription)",
                   fix: "write \(expected) on the same line as `\(key):`")
            return nil
        }
        guard scalar.string.utf8.count <= Self.maximumValueBytes else {
            report(entry.valuePosition,
                   "'\(key)' of \(what) is \(scalar.string.utf8.count / 1024) KB; a value may be at most \(Self.maximumValueBytes / 1024) KB",
                   fix: "keep long text (logs, exports, documents) outside the map and point to it")
            return nil
        }
        return scalar.string
    }

    /// The longest value a map file may hold: notes of a few pages fit many times over.
    static let maximumValueBytes = 256 * 1024

    /// Optional free text.
    mutating func text(_ entry: Fields.Entry?, key: String, what: String) -> String? {
        scalarText(entry, key: key, what: what, expected: "text")
    }

    /// Required text that must not be blank; a missing key was already reported by `fields`.
    mutating func requiredText(_ fields: Fields, _ key: String, what: String) -> String? {
        guard let entry = fields[key] else { return nil }
        guard let value = text(entry, key: key, what: what) else {
            if entry.isNull { reportEmpty(entry, what: what) }
            return nil
        }
        guard !value.allSatisfy(\.isWhitespace) else {
            reportEmpty(entry, what: what)
            return nil
        }
        return value
    }

    mutating func reportEmpty(_ entry: Fields.Entry, what: String) {
        report(entry.valuePosition, "'\(entry.key)' of \(what) is empty",
               fix: "write a value after `\(entry.key):`")
    }

    mutating func integer(_ entry: Fields.Entry?, key: String, what: String, minimum: Int? = nil) -> Int? {
        guard let raw = scalarText(entry, key: key, what: what, expected: "a whole number"), let entry else {
            return nil
        }
        let digits = raw.hasPrefix("-") ? raw.dropFirst() : Substring(raw)
        guard !digits.isEmpty, digits.count <= 15, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              let magnitude = Int(digits) else {
            report(entry.valuePosition,
                   "expected a whole number for '\(key)' of \(what), got \(UserText.quoted(raw))",
                   fix: "write digits only, such as `\(key): \(max(minimum ?? 1, 1) * 10)`")
            return nil
        }
        let value = raw.hasPrefix("-") ? -magnitude : magnitude
        if let minimum, value < minimum {
            report(entry.valuePosition, "'\(key)' of \(what) must be at least \(minimum), got \(value)",
                   fix: "write a number of \(minimum) or more")
            return nil
        }
        return value
    }

    mutating func boolean(_ entry: Fields.Entry?, key: String, what: String) -> Bool? {
        guard let raw = scalarText(entry, key: key, what: what, expected: "true or false"), let entry else {
            return nil
        }
        switch raw.lowercased() {
        case "true": return true
        case "false": return false
        default:
            report(entry.valuePosition, "expected true or false for '\(key)' of \(what), got \(UserText.quoted(raw))",
                   fix: "write `\(key): true` or `\(key): false`")
            return nil
        }
    }

    mutating func date(_ entry: Fields.Entry?, key: String, what: String) -> ISODate? {
        guard let raw = scalarText(entry, key: key, what: what, expected: "a date"), let entry else { return nil }
        guard let date = ISODate(raw) else {
            report(entry.valuePosition, "\(UserText.quoted(raw)) is not a date, in '\(key)' of \(what)",
                   fix: "write the day as YYYY-MM-DD, such as 2026-10-01")
            return nil
        }
        return date
    }

    /// One value of a fixed vocabulary, with the allowed list and a suggestion when it is wrong.
    mutating func choice<Value: RawRepresentable & CaseIterable>(
        _ entry: Fields.Entry?, key: String, what: String, noun: String, as type: Value.Type
    ) -> Value? where Value.RawValue == String {
        guard let raw = scalarText(entry, key: key, what: what, expected: "a \(noun)"), let entry else {
            return nil
        }
        return choice(raw, at: entry.valuePosition, what: what, noun: noun, as: type)
    }

    /// A vocabulary value the item cannot do without: `kind: ~` is reported as empty, where an
    /// optional field written that way simply has no value.
    mutating func requiredChoice<Value: RawRepresentable & CaseIterable>(
        _ entry: Fields.Entry?, key: String, what: String, noun: String, as type: Value.Type
    ) -> Value? where Value.RawValue == String {
        if let entry, entry.isNull {
            reportEmpty(entry, what: what)
            return nil
        }
        return choice(entry, key: key, what: what, noun: noun, as: type)
    }

    mutating func choice<Value: RawRepresentable & CaseIterable>(
        _ raw: String, at position: SourcePosition?, what: String, noun: String, as type: Value.Type
    ) -> Value? where Value.RawValue == String {
        if let value = Value(rawValue: raw) { return value }
        let allowed = Value.allCases.map(\.rawValue)
        let list = allowed.joined(separator: ", ")
        let fix = Suggestions.closest(to: raw, in: allowed).map { "did you mean '\($0)'? (one of: \(list))" }
            ?? "use one of: \(list)"
        report(position, "unknown \(noun) \(UserText.quoted(raw)) in \(what)", fix: fix)
        return nil
    }

    /// A list of vocabulary values; nil when absent or when any item is wrong.
    mutating func choices<Value: RawRepresentable & CaseIterable>(
        _ entry: Fields.Entry?, key: String, what: String, noun: String, as type: Value.Type
    ) -> [Value]? where Value.RawValue == String {
        guard let entry else { return nil }
        let raw = scalarList(entry, key: key, what: what)
        let values = raw.compactMap { choice($0.text, at: $0.position, what: what, noun: noun, as: type) }
        return values.count == raw.count ? values : nil
    }

    /// The items of a list of mappings (systems, steps, ...); empty when absent or null.
    mutating func items(_ entry: Fields.Entry?, key: String, what: String) -> [YAMLNode] {
        guard let entry, !entry.isNull else { return [] }
        guard case .sequence(let sequence) = entry.value else {
            report(entry.valuePosition, "expected a list under '\(key)' in \(what), got \(entry.value.kindDescription)",
                   fix: "write each item on its own line, starting with `- `")
            return []
        }
        return Array(sequence)
    }

    /// A list of short texts (ids, codes), written `[a, b]`, as `- a` lines, or as one bare value.
    mutating func scalarList(_ entry: Fields.Entry?, key: String, what: String) -> [(text: String, position: SourcePosition?)] {
        guard let entry, !entry.isNull else { return [] }
        switch entry.value {
        case .scalar(let scalar):
            return [(scalar.string, entry.valuePosition)]
        case .sequence(let sequence):
            var result: [(text: String, position: SourcePosition?)] = []
            for item in sequence {
                guard case .scalar(let scalar) = item, !item.isNull else {
                    report(item.position ?? entry.valuePosition,
                           "an item of '\(key)' in \(what) is \(item.kindDescription), not a single value",
                           fix: "write the items as `[a, b]` or one `- a` per line")
                    continue
                }
                result.append((scalar.string, item.position))
            }
            return result
        default:
            report(entry.valuePosition, "expected a list under '\(key)' in \(what), got \(entry.value.kindDescription)",
                   fix: "write the items as `[a, b]` or one `- a` per line")
            return []
        }
    }

    mutating func retention(_ entry: Fields.Entry?, what: String) -> Retention? {
        guard let raw = scalarText(entry, key: "retention", what: what, expected: "a duration"), let entry else {
            return nil
        }
        guard let retention = Retention(parsing: raw) else {
            report(entry.valuePosition, "cannot read the retention \(UserText.quoted(raw)) of \(what)",
                   fix: "write a number and a unit ('24h', '30 days', '2 weeks', '13 months', '7 years') or 'indefinite'")
            return nil
        }
        return retention
    }
}
