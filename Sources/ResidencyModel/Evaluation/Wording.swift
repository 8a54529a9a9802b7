/// Plain-English pieces the answers and messages are built from: places by city and country,
/// lists, counts. Deterministic, so golden files stay stable.
struct Wording: Sendable {
    let catalogue: RegionCatalogue

    /// "Frankfurt, Germany"; a country alone ("Ireland"); a place spanning a group
    /// ("EU (several countries)"). The catalogue's wording, so every screen says the same.
    func describe(_ place: Place) -> String {
        catalogue.describe(place)
    }

    /// "the United States", "Germany": a country as it reads after "in".
    func countryPhrase(_ alpha2: String) -> String {
        let name = countryName(alpha2)
        return Self.takesArticle(alpha2) ? "the \(name)" : name
    }

    func countryName(_ alpha2: String) -> String {
        catalogue.country(alpha2)?.name ?? alpha2
    }

    /// Several places in words, each once, in order of first mention: "Frankfurt, Germany",
    /// "Frankfurt and Falkenstein, Germany", "Frankfurt, Germany and Dublin, Ireland", and for
    /// more, grouped by country: "Germany (Frankfurt and Falkenstein), the Netherlands (Eemshaven)
    /// and Belgium (St. Ghislain)". A place spanning several countries keeps the catalogue's words.
    func describe(_ places: [Place]) -> String {
        var groups: [(key: String, country: String?, cities: [String])] = []
        var seenCodes: Set<String> = []
        for place in places where seenCodes.insert(place.code).inserted {
            let key = place.country ?? describe(place)
            var city: String?
            if let country = place.country, let name = place.city, !name.isEmpty, name != countryName(country) {
                city = name
            }
            if let i = groups.firstIndex(where: { $0.key == key }) {
                if let city, !groups[i].cities.contains(city) { groups[i].cities.append(city) }
            } else {
                groups.append((key, place.country, city.map { [$0] } ?? []))
            }
        }
        func bare(_ group: (key: String, country: String?, cities: [String])) -> String {
            group.country.map(countryPhrase) ?? group.key
        }
        if groups.count == 1, let group = groups.first {
            let name = group.country.map(countryName) ?? group.key
            return group.cities.isEmpty ? bare(group) : "\(Self.list(group.cities)), \(name)"
        }
        if groups.count == 2, groups.allSatisfy({ $0.cities.count <= 1 }) {
            return Self.list(groups.map { group in
                guard let city = group.cities.first, let country = group.country else { return bare(group) }
                return "\(city), \(countryName(country))"
            })
        }
        return Self.list(groups.map { group in
            group.cities.isEmpty ? bare(group) : "\(bare(group)) (\(Self.list(group.cities)))"
        })
    }

    /// How a promised region reads after "in": "the EU", "Germany and Austria".
    func regionPhrase(_ region: RegionSpec) -> String {
        let parts = region.terms.map { term -> String in
            switch RegionGroup.lookupKey(term) {
            case "EU": return "the EU"
            case "EEA": return "the EEA"
            case "EEA+ADEQUACY": return "the EEA and countries with an EU adequacy decision"
            case "US": return "the US"
            case "UK": return "the UK"
            case "CH": return "Switzerland"
            default:
                let trimmed = term.trimmingCharacters(in: .whitespaces)
                if trimmed.count == 2, catalogue.country(trimmed) != nil { return countryPhrase(trimmed.uppercased()) }
                return trimmed
            }
        }
        return Self.list(parts)
    }

    // MARK: Static helpers

    /// "a", "a and b", "a, b and c". With `semicolons`, items are split by "; " (for items that
    /// hold commas themselves, such as "Dublin, Ireland"). Items that hold "and" themselves
    /// ("Ledger entries and invoices") get an Oxford comma, or "as well as" between two, so the
    /// list still reads as the right number of things.
    static func list(_ items: [String], semicolons: Bool = false) -> String {
        let inner = items.count > 1 && items.contains { $0.containsBytes(" and ") }
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        case 2 where !semicolons: return "\(items[0]) \(inner ? "as well as" : "and") \(items[1])"
        default:
            let separator = semicolons ? "; " : ", "
            let last = semicolons ? "; and " : (inner ? ", and " : " and ")
            return items.dropLast().joined(separator: separator) + last + (items.last ?? "")
        }
    }

    /// At most `limit` names, then "and N others".
    static func cappedList(_ items: [String], limit: Int = 5, other: String = "other", others: String = "others") -> String {
        cappedList(Array(items.prefix(limit)), total: items.count, limit: limit, other: other, others: others)
    }

    /// The same, for a list known only by its first `limit` names (`first`) and its length.
    static func cappedList(_ first: [String], total: Int, limit: Int = 5, other: String = "other", others: String = "others") -> String {
        guard total > limit else { return list(first) }
        let rest = total - limit
        return list(Array(first.prefix(limit)) + ["\(rest) \(rest == 1 ? other : others)"])
    }

    /// "one", "two", ... "twelve", then digits.
    static func number(_ n: Int) -> String {
        let words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
        return n >= 0 && n < words.count ? words[n] : String(n)
    }

    /// "1 breach", "3 breaches".
    static func count(_ n: Int, _ singular: String, _ plural: String) -> String {
        "\(n) \(n == 1 ? singular : plural)"
    }

    /// A category name as it reads mid-sentence: "Customer records" -> "customer records", but
    /// "IP addresses" stays (a leading acronym keeps its capitals).
    static func midSentence(_ name: String) -> String {
        let chars = Array(name)
        guard let first = chars.first, first.isUppercase else { return name }
        if chars.count > 1, chars[1].isUppercase { return name }
        return first.lowercased() + String(chars.dropFirst())
    }

    /// The first letter in upper case.
    static func capitalized(_ sentence: String) -> String {
        guard let first = sentence.first else { return sentence }
        return first.uppercased() + sentence.dropFirst()
    }

    /// Whether a name reads as plural ("Customer records are", "Billing is").
    static func isPlural(_ names: [String]) -> Bool {
        if names.count != 1 { return true }
        let word = names[0].split(separator: " ").last.map(String.init) ?? names[0]
        return word.hasSuffix("s") && !word.hasSuffix("ss")
    }

    /// Countries whose English name takes "the" after "in".
    static func takesArticle(_ alpha2: String) -> Bool {
        ["US", "GB", "NL", "PH", "AE", "BS", "GM", "MV", "KY", "FO", "MH", "SB", "CF", "DO", "KM"]
            .contains(alpha2.uppercased())
    }
}

extension String {
    /// Whether `needle` occurs in the text, compared as UTF-8 bytes. For the short ASCII markers
    /// the wording looks for (" and ", ","), without Foundation's locale-aware search, which is
    /// slow in loops over thousands of breaches.
    func containsBytes(_ needle: String) -> Bool {
        let needle = Array(needle.utf8)
        guard let first = needle.first else { return true }
        let bytes = utf8
        let count = needle.count
        var matched = 0
        var start = bytes.startIndex
        while start != bytes.endIndex {
            if bytes[start] == first {
                var i = start
                matched = 0
                while i != bytes.endIndex, matched < count, bytes[i] == needle[matched] {
                    matched += 1
                    i = bytes.index(after: i)
                }
                if matched == count { return true }
            }
            start = bytes.index(after: start)
        }
        return false
    }
}

extension SystemKind {
    /// `label`, worked out once per kind (the model's `label` rewrites the raw value each call).
    var cachedLabel: String { KindLabels.system[self] ?? label }
}

extension CopyKind {
    /// `label`, worked out once per kind.
    var cachedLabel: String { KindLabels.copy[self] ?? label }
}

private enum KindLabels {
    static let system = Dictionary(uniqueKeysWithValues: SystemKind.allCases.map { ($0, $0.label) })
    static let copy = Dictionary(uniqueKeysWithValues: CopyKind.allCases.map { ($0, $0.label) })
}
