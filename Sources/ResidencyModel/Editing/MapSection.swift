/// The lists of a map, each under its own key in the file. Every top-level item lives in one.
public enum MapSection: String, Sendable, Hashable, CaseIterable, Codable {
    case offerings
    case categories = "data_categories"
    case systems
    case copies
    case roles
    case flows
    case claims
    case exceptions

    /// The key the section is written under in a map file.
    public var fileKey: String { rawValue }

    /// "system", "data category": how one item of the section is named in messages.
    public var noun: String {
        switch self {
        case .offerings: return "offering"
        case .categories: return "data category"
        case .systems: return "system"
        case .copies: return "copy"
        case .roles: return "role"
        case .flows: return "flow"
        case .claims: return "claim"
        case .exceptions: return "exception"
        }
    }

    /// How many items the section holds in `map`.
    public func count(in map: ResidencyMap) -> Int {
        switch self {
        case .offerings: return map.offerings.count
        case .categories: return map.declaredCategories?.count ?? 0
        case .systems: return map.systems.count
        case .copies: return map.copies.count
        case .roles: return map.roles.count
        case .flows: return map.flows.count
        case .claims: return map.claims.count
        case .exceptions: return map.exceptions.count
        }
    }

    /// The item at `index`; nil past the end.
    public func item(at index: Int, in map: ResidencyMap) -> MapItem? {
        guard index >= 0, index < count(in: map) else { return nil }
        switch self {
        case .offerings: return .offering(map.offerings[index])
        case .categories: return map.declaredCategories.map { .category($0[index]) }
        case .systems: return .system(map.systems[index])
        case .copies: return .copy(map.copies[index])
        case .roles: return .role(map.roles[index])
        case .flows: return .flow(map.flows[index])
        case .claims: return .claim(map.claims[index])
        case .exceptions: return .exception(map.exceptions[index])
        }
    }

    /// Every item of the section, in file order.
    public func items(in map: ResidencyMap) -> [MapItem] {
        (0..<count(in: map)).compactMap { item(at: $0, in: map) }
    }

    /// The position of the item with `id` (sections whose items have ids).
    public func index(ofID id: String, in map: ResidencyMap) -> Int? {
        switch self {
        case .offerings: return map.offerings.firstIndex { $0.id == id }
        case .categories: return map.declaredCategories?.firstIndex { $0.id == id }
        case .systems: return map.systems.firstIndex { $0.id == id }
        case .copies: return nil
        case .roles: return map.roles.firstIndex { $0.id == id }
        case .flows: return map.flows.firstIndex { $0.id == id }
        case .claims: return map.claims.firstIndex { $0.id == id }
        case .exceptions: return map.exceptions.firstIndex { $0.id == id }
        }
    }
}
