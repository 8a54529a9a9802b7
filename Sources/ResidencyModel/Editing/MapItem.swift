/// One top-level item of a map, whatever its section: the unit edits replace, saves rewrite and
/// merges compare. Grants live inside their role and steps inside their flow, so changing a grant
/// replaces its role.
public enum MapItem: Sendable, Hashable, Codable {
    case offering(Offering)
    case category(DataCategory)
    case system(DataSystem)
    case copy(DataCopy)
    case role(Role)
    case flow(Flow)
    case claim(Claim)
    case exception(ClaimException)

    public var section: MapSection {
        switch self {
        case .offering: return .offerings
        case .category: return .categories
        case .system: return .systems
        case .copy: return .copies
        case .role: return .roles
        case .flow: return .flows
        case .claim: return .claims
        case .exception: return .exceptions
        }
    }

    /// The item's id; a copy has none and is named by what it copies.
    public var id: String? {
        switch self {
        case .offering(let value): return value.id
        case .category(let value): return value.id
        case .system(let value): return value.id
        case .copy: return nil
        case .role(let value): return value.id
        case .flow(let value): return value.id
        case .claim(let value): return value.id
        case .exception(let value): return value.id
        }
    }

    /// How people name it: the name, the claim's words, or "backup Primary database -> Backups".
    public var displayName: String {
        switch self {
        case .offering(let value): return value.name
        case .category(let value): return value.name
        case .system(let value): return value.name
        case .copy(let value): return "\(value.kind.label) \(value.from) -> \(value.to)"
        case .role(let value): return value.name
        case .flow(let value): return value.name
        case .claim(let value): return value.text
        case .exception(let value): return value.id
        }
    }

    /// Identity for saving and merging: the section and the id (for a copy: what it copies).
    public var key: ItemKey {
        if case .copy(let copy) = self {
            return ItemKey(section: .copies, name: "\(copy.from)>\(copy.to)>\(copy.kind.rawValue)")
        }
        return ItemKey(section: section, name: id ?? "")
    }
}

/// Which item a change is about, stable across edits of its fields: section and id. Copies are
/// named by source, target and kind; two copies alike in all three are told apart by `ordinal`.
public struct ItemKey: Sendable, Hashable, Codable, CustomStringConvertible {
    public var section: MapSection
    public var name: String
    public var ordinal: Int

    public init(section: MapSection, name: String, ordinal: Int = 0) {
        self.section = section
        self.name = name
        self.ordinal = ordinal
    }

    public var description: String {
        ordinal == 0 ? "\(section.noun) \(name)" : "\(section.noun) \(name) #\(ordinal + 1)"
    }

    /// The keys of a section's items in order, with repeated names numbered.
    public static func keys(of items: [MapItem]) -> [ItemKey] {
        var seen: [ItemKey: Int] = [:]
        return items.map { item in
            var key = item.key
            let count = seen[key, default: 0]
            seen[key] = count + 1
            key.ordinal = count
            return key
        }
    }
}
