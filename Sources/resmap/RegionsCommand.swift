import ArgumentParser
import Foundation
import ResidencyModel

/// `resmap regions [QUERY]`: look up the codes a map's `location:` and `region:` fields accept.
struct RegionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regions",
        abstract: "Search the built-in catalogue of cloud regions and countries.",
        discussion: """
            With no query, lists every region grouped by provider, then every country. A query \
            matches a city (frankfurt), a country name or code (Germany, DE), a provider (aws), a \
            group (EU, UK) or part of a region code (eu-west); case and accents do not matter. \
            The CODE column is what a map's `location:` field takes. Exits 1 when nothing matches.
            """
    )

    @Argument(help: "What to look for: a city, country, provider, group or part of a region code.")
    var query: [String] = []

    @Option(
        help: "Only this provider's regions (aws, gcp, azure, hetzner, ovhcloud, digitalocean, cloudflare).",
        completion: .list(RegionCatalogue.standard.providers)
    )
    var provider: String?

    @Flag(help: "List the named groups a promised region may use (EU, EEA, EEA+adequacy, ...).")
    var groups = false

    @Option(help: "Output format: text (a table) or json.")
    var format: ReportFormat?

    /// The old spelling of `--format json`, kept for scripts; hidden so one style shows in help.
    @Flag(help: .hidden)
    var json = false

    func validate() throws {
        let catalogue = RegionCatalogue.standard
        if let provider, catalogue.providerName(provider) == nil {
            throw ValidationError(
                "Unknown provider \(quoted(provider)). Known: \(catalogue.providers.joined(separator: ", "))."
            )
        }
        if json, format == .text {
            throw ValidationError("--json is --format json; it cannot go with --format text.")
        }
    }

    /// Whether to print JSON: `--format json`, or the `--json` alias.
    private var printsJSON: Bool { json || format == .json }

    func run() throws {
        let json = printsJSON
        let catalogue = RegionCatalogue.standard
        let listing = CatalogueListing(catalogue: catalogue)
        if groups {
            print(json ? try encode(catalogue.groups.map(GroupJSON.init)) : listing.groupsTable())
            return
        }

        let text = query.joined(separator: " ")
        var places = text.isEmpty ? catalogue.allPlaces : catalogue.search(text)
        if let provider {
            places = places.filter { $0.provider == provider.lowercased() }
        }

        if json {
            print(try encode(places.map { PlaceJSON($0, catalogue: catalogue) }))
        } else if !places.isEmpty {
            let grouped = text.isEmpty && provider == nil
            print(grouped ? listing.tableByProvider(of: places) : listing.table(of: places))
        }
        if places.isEmpty {
            printToStandardError(noMatchMessage(for: text, catalogue: catalogue))
            throw ExitCode(1)
        }
    }

    private func noMatchMessage(for text: String, catalogue: RegionCatalogue) -> String {
        var scope = "region or country"
        if let provider { scope = "\(catalogue.providerName(provider) ?? provider) region" }
        var lines = ["No \(scope) matches \(quoted(text))."]
        let suggestions = catalogue.suggestions(for: text).filter { code in
            provider.map { catalogue.place(for: code)?.provider == $0.lowercased() } ?? true
        }
        if !suggestions.isEmpty {
            lines.append("Did you mean: \(suggestions.joined(separator: ", "))?")
        }
        lines.append(
            "Try a city (frankfurt), a country (Germany, DE), a provider (aws), a group (EU) "
                + "or part of a region code (eu-west); `resmap regions` lists everything."
        )
        return lines.joined(separator: "\n")
    }

    private func encode<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// One place in `--format json` output. Keys are snake_case, as in every JSON resmap writes.
private struct PlaceJSON: Encodable {
    let code: String
    let provider: String?
    let name: String
    let city: String?
    let country: String?
    let countryName: String?
    let jurisdiction: String
    let countries: [String]
    let description: String

    enum CodingKeys: String, CodingKey {
        case code, provider, name, city, country, jurisdiction, countries, description
        case countryName = "country_name"
    }

    init(_ place: Place, catalogue: RegionCatalogue) {
        code = place.code
        provider = place.provider
        name = place.displayName
        city = place.city
        country = place.country
        countryName = place.country.flatMap { catalogue.country($0)?.name }
        jurisdiction = place.jurisdiction
        countries = place.countries.sorted()
        description = catalogue.describe(place)
    }
}

/// One named group in `--groups --format json` output.
private struct GroupJSON: Encodable {
    let name: String
    let summary: String
    let countries: [String]

    init(_ group: RegionGroup) {
        name = group.name
        summary = group.summary
        countries = group.countries.sorted()
    }
}

/// User text in quotes with control and invisible characters escaped, safe to echo to a terminal.
private func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .surrogate, .unassigned:
            result += "\\u{\(String(scalar.value, radix: 16))}"
        default:
            if scalar == "\"" || scalar == "\\" { result += "\\" }
            result.unicodeScalars.append(scalar)
        }
    }
    return result + "\""
}

private func printToStandardError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
