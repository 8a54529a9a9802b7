import Foundation

extension RegionCatalogue {
    /// Close known codes for a code that did not resolve, best first (for "did you mean").
    ///
    /// Finds typos (`aws:eu-centrl-1` → `aws:eu-central-1`), a city where a region code belongs
    /// (`aws:frankfurt` → `aws:eu-central-1`; `frankfurt` → every region there), a region code
    /// without its provider (`eu-central-1`, `GRA11`), a provider's other name (`ovh:GRA11`,
    /// `google:europe-west3`), and a country written as a name or alpha-3 code (`Germany`, `DEU`
    /// → `DE`). Returns at most eight canonical codes; empty when nothing is close, and for text
    /// longer than any code (over `EditDistance.maximumLength`), which is not even compared.
    public func suggestions(for code: String) -> [String] {
        let trimmed = code.trimmingCharacters(in: .whitespaces)
        guard EditDistance.isShortEnough(trimmed) else { return [] }
        let input = SearchText.fold(trimmed)
        guard !input.isEmpty else { return [] }
        var ranking = SuggestionRanking(positions: data.positions)

        if let colon = input.firstIndex(of: ":") {
            let rest = String(input[input.index(after: colon)...])
            for provider in likelyProviders(for: String(input[..<colon])) {
                suggestRegions(of: provider, for: rest, into: &ranking)
            }
        } else {
            suggestWithoutProvider(input, into: &ranking)
        }
        // Whole-code typos, including a wrong separator (`aws-eu-central-1`).
        let limit = Self.typoLimit(for: input)
        for entry in data.searchEntries where !entry.place.isCountry {
            if let distance = EditDistance.within(limit, input, SearchText.fold(entry.place.code)) {
                ranking.offer(entry.place, score: 1 + distance)
            }
        }
        return ranking.best(8)
    }

    /// Other names people use for a provider.
    private static let providerAliases: [String: String] = [
        "amazon": "aws", "ec2": "aws", "s3": "aws",
        "google": "gcp", "gcloud": "gcp", "googlecloud": "gcp", "gce": "gcp",
        "microsoft": "azure", "az": "azure",
        "hcloud": "hetzner",
        "ovh": "ovhcloud",
        "do": "digitalocean",
        "cf": "cloudflare",
    ]

    /// How far a typo may be from a known name: one edit for short words, up to three for long.
    private static func typoLimit(for text: String) -> Int {
        max(1, min(3, text.count / 5))
    }

    /// Whether folded `text` is there and contains the folded `word`.
    private static func has(_ text: String?, _ word: String) -> Bool {
        text.map { SearchText.contains($0, folded: word) } ?? false
    }

    private func likelyProviders(for written: String) -> [String] {
        if providers.contains(written) { return [written] }
        if let alias = Self.providerAliases[written] { return [alias] }
        return providers.filter { EditDistance.within(2, written, $0) != nil }
    }

    /// `provider:rest` where the provider is known (or guessed): the region by another spelling,
    /// a region in the city `rest` names, or a region code one typo away.
    private func suggestRegions(of provider: String, for rest: String, into ranking: inout SuggestionRanking) {
        if let place = place(for: "\(provider):\(rest)") { ranking.offer(place, score: 0) }
        let limit = Self.typoLimit(for: rest)
        for entry in data.searchEntries where entry.place.provider == provider {
            if rest.count >= 3, Self.has(entry.city, rest) || Self.has(entry.countryName, rest)
                || Self.has(SearchText.fold(entry.place.displayName), rest) {
                ranking.offer(entry.place, score: 1)
            }
            if rest.count >= 4, let city = entry.city {
                if let distance = EditDistance.within(limit, rest, city) {
                    ranking.offer(entry.place, score: 1 + distance)
                }
            }
            if let region = entry.region {
                if let distance = EditDistance.within(limit, rest, region) {
                    ranking.offer(entry.place, score: 1 + distance)
                }
            }
        }
    }

    /// Text without `provider:`: a bare region code, a country by name, a city, a group name.
    private func suggestWithoutProvider(_ input: String, into ranking: inout SuggestionRanking) {
        for provider in providers {
            if let place = place(for: "\(provider):\(input)") { ranking.offer(place, score: 0) }
        }
        if let group = group(named: input), group.countries.count == 1, let only = group.countries.first,
           let place = place(for: only) {
            ranking.offer(place, score: 0)  // `UK` as a location means the country GB
        }
        let limit = Self.typoLimit(for: input)
        for entry in data.searchEntries {
            let place = entry.place
            if place.isCountry, entry.alpha3 == input || entry.countryName == input {
                ranking.offer(place, score: 0)
            }
            guard input.count >= 4 else { continue }
            if Self.has(entry.city, input) || Self.has(SearchText.fold(place.displayName), input) {
                ranking.offer(place, score: 1)
            }
            if let city = entry.city {
                if let distance = EditDistance.within(limit, input, city) {
                    ranking.offer(place, score: 1 + distance)
                }
            }
            if place.isCountry, let name = entry.countryName {
                if Self.has(name, input) { ranking.offer(place, score: 1) }
                if let distance = EditDistance.within(limit, input, name) {
                    ranking.offer(place, score: 1 + distance)
                }
            }
            if let region = entry.region {
                if let distance = EditDistance.within(limit, input, region) {
                    ranking.offer(place, score: 1 + distance)
                }
            }
        }
    }
}

/// Candidate codes with their best score (lower is closer), returned in score then catalogue order.
struct SuggestionRanking {
    let positions: [String: Int]
    private var scores: [String: Int] = [:]

    init(positions: [String: Int]) {
        self.positions = positions
    }

    mutating func offer(_ place: Place, score: Int) {
        scores[place.code] = min(scores[place.code] ?? score, score)
    }

    /// Up to `count` codes, closest first. Codes much further than the closest are dropped:
    /// after an exact fix, near-misses two typos away are noise.
    func best(_ count: Int) -> [String] {
        guard let closest = scores.values.min() else { return [] }
        let ordered = scores.filter { $0.value <= closest + 1 }.sorted { lhs, rhs in
            if lhs.value != rhs.value { return lhs.value < rhs.value }
            return (positions[lhs.key] ?? Int.max) < (positions[rhs.key] ?? Int.max)
        }
        return ordered.prefix(count).map(\.key)
    }
}
