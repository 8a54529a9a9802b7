/// A resolved location: a cloud region or a country, with its city, country and jurisdiction.
public struct Place: Sendable, Hashable {
    /// The canonical code: `aws:eu-central-1`, `ovhcloud:GRA`, or a country code `DE`.
    public let code: String
    /// `aws`, `gcp`, `azure`, `hetzner`, `ovhcloud`, `digitalocean`, `cloudflare`; nil for a country.
    public let provider: String?
    /// The provider's own name for the region ("Europe (Frankfurt)"), or the country name.
    public let displayName: String
    public let city: String?
    /// ISO 3166 alpha-2 of the one country it is in; nil when it spans several (`cloudflare:eu`).
    public let country: String?
    /// `EU`, `EEA`, `CH`, `UK`, `US`, or the ISO code of a country outside those groups.
    public let jurisdiction: String
    /// Every country the data may sit in. One for most places; all EU members for `cloudflare:eu`.
    public let countries: Set<String>

    public init(
        code: String,
        provider: String?,
        displayName: String,
        city: String?,
        country: String?,
        jurisdiction: String,
        countries: Set<String>
    ) {
        self.code = code
        self.provider = provider
        self.displayName = displayName
        self.city = city
        self.country = country
        self.jurisdiction = jurisdiction
        self.countries = countries
    }

    /// The provider's region name, the part after `provider:` (`eu-central-1`); nil for a country.
    public var regionCode: String? {
        guard provider != nil, let colon = code.firstIndex(of: ":") else { return nil }
        return String(code[code.index(after: colon)...])
    }

    /// Whether this place is a bare country rather than a provider's region.
    public var isCountry: Bool { provider == nil }

    /// Whether the data may sit in more than one country (`cloudflare:eu`, `gcp:eu`).
    public var spansSeveralCountries: Bool { countries.count > 1 }
}
