/// A named region that a promise may use instead of listing countries (`EU`, `EEA`, `UK`, ...).
public struct RegionGroup: Sendable, Hashable {
    /// The name as written in a map; matched case-insensitively.
    public let name: String
    /// What the name stands for, in a few words, for help text and answers.
    public let summary: String
    /// ISO 3166 alpha-2 codes of the countries it covers.
    public let countries: Set<String>

    public init(name: String, summary: String, countries: Set<String>) {
        self.name = name
        self.summary = summary
        self.countries = countries
    }
}

extension RegionGroup {
    /// The groups the catalogue knows, built from its country table.
    ///
    /// `EEA+adequacy` is the EEA plus every country with a *full* EU adequacy decision
    /// (adequacy `yes`). Countries with a *partial* decision (the US under the Data Privacy
    /// Framework, Canada for commercial organisations) are left out: the decision covers only some
    /// organisations there, and the catalogue cannot know whether a given vendor is one of them.
    /// A claim that relies on a certified vendor should name the country and carry an exception.
    static func standardGroups(from countries: [Country]) -> [RegionGroup] {
        func codes(_ isIncluded: (Country) -> Bool) -> Set<String> {
            Set(countries.filter(isIncluded).map(\.alpha2))
        }
        let partial = countries.filter { $0.adequacy == .partial && !$0.eeaMember }.map(\.alpha2).sorted()
        let partialNote = partial.isEmpty ? "" : " (not the partial ones: \(partial.joined(separator: ", ")))"
        return [
            RegionGroup(name: "EU", summary: "EU member states", countries: codes { $0.euMember }),
            RegionGroup(
                name: "EEA",
                summary: "EU member states, Iceland, Liechtenstein and Norway",
                countries: codes { $0.eeaMember }
            ),
            RegionGroup(
                name: "EEA+adequacy",
                summary: "EEA and countries with a full EU adequacy decision" + partialNote,
                countries: codes { $0.eeaMember || $0.adequacy == .yes }
            ),
            RegionGroup(name: "UK", summary: "United Kingdom (GB)", countries: codes { $0.alpha2 == "GB" }),
            RegionGroup(name: "US", summary: "United States", countries: codes { $0.alpha2 == "US" }),
            RegionGroup(name: "CH", summary: "Switzerland", countries: codes { $0.alpha2 == "CH" }),
        ]
    }

    /// The key a term is looked up by: upper case, spaces dropped ("eea + adequacy" -> "EEA+ADEQUACY").
    static func lookupKey(_ term: String) -> String {
        String(term.uppercased().filter { !$0.isWhitespace })
    }
}
