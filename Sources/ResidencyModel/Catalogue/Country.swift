/// One ISO 3166-1 country and its standing under EU transfer rules.
public struct Country: Sendable, Hashable {
    public let alpha2: String
    public let alpha3: String
    public let name: String
    public let euMember: Bool
    public let eeaMember: Bool
    public let adequacy: AdequacyStatus

    public init(alpha2: String, alpha3: String, name: String, euMember: Bool, eeaMember: Bool, adequacy: AdequacyStatus) {
        self.alpha2 = alpha2
        self.alpha3 = alpha3
        self.name = name
        self.euMember = euMember
        self.eeaMember = eeaMember
        self.adequacy = adequacy
    }

    /// The legal area data there falls under: `EU` for members, `EEA` for Iceland, Liechtenstein
    /// and Norway, `UK` for the United Kingdom, otherwise the country's own code (`CH`, `US`, ...).
    public var jurisdiction: String {
        if euMember { return "EU" }
        if eeaMember { return "EEA" }
        if alpha2 == "GB" { return "UK" }
        return alpha2
    }

    /// Whether the Commission has found the whole country adequate (not only some organisations).
    public var hasFullAdequacy: Bool { adequacy == .yes }
}

/// Whether the European Commission has found a third country's protection adequate.
public enum AdequacyStatus: String, Sendable, Hashable {
    case yes
    /// Covers part of the country's organisations only (US: DPF-certified; Canada: commercial).
    case partial
    case no
}
