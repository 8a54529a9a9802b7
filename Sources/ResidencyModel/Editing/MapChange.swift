/// One primitive change to a map: insert, remove or replace one item, or replace the header or
/// the declared category list. Each records what it replaces, so its inverse is exact and a change
/// made against a map that has moved on is refused rather than applied blindly.
public enum MapChange: Sendable, Hashable, Codable {
    case insert(MapItem, at: Int)
    case remove(MapItem, at: Int)
    case replace(MapItem, with: MapItem, at: Int)
    case header(MapHeader, with: MapHeader)
    /// Declaring categories where the defaults were in force, or back.
    case declaredCategories([DataCategory]?, with: [DataCategory]?)

    public var inverse: MapChange {
        switch self {
        case .insert(let item, let index): return .remove(item, at: index)
        case .remove(let item, let index): return .insert(item, at: index)
        case .replace(let old, let new, let index): return .replace(new, with: old, at: index)
        case .header(let old, let new): return .header(new, with: old)
        case .declaredCategories(let old, let new): return .declaredCategories(new, with: old)
        }
    }

    /// Applies the change, or says why it no longer fits the map.
    public func apply(to map: inout ResidencyMap) throws(EditConflict) {
        switch self {
        case .insert(let item, let index):
            let count = item.section.count(in: map)
            guard index >= 0, index <= count else { throw EditConflict(change: self, reason: "position \(index + 1) is past the end") }
            if item.section == .categories && map.declaredCategories == nil {
                throw EditConflict(change: self, reason: "the map uses the default categories")
            }
            map.insert(item, at: index)
        case .remove(let item, let index):
            guard item.section.item(at: index, in: map) == item else {
                throw EditConflict(change: self, reason: "\(item.key) has changed since")
            }
            map.remove(item.section, at: index)
        case .replace(let old, let new, let index):
            guard old.section == new.section, old.section.item(at: index, in: map) == old else {
                throw EditConflict(change: self, reason: "\(old.key) has changed since")
            }
            map.replace(at: index, with: new)
        case .header(let old, let new):
            guard map.header == old else { throw EditConflict(change: self, reason: "the map header has changed since") }
            map.header = new
        case .declaredCategories(let old, let new):
            guard map.declaredCategories == old else {
                throw EditConflict(change: self, reason: "the data categories have changed since")
            }
            map.declaredCategories = new
        }
    }
}

/// A change that does not fit the map it is applied to (someone else changed the item first).
public struct EditConflict: Error, Sendable, Hashable, CustomStringConvertible {
    public var change: MapChange
    public var reason: String

    public var description: String { "the edit no longer fits the map: \(reason)" }
}

extension ResidencyMap {
    mutating func insert(_ item: MapItem, at index: Int) {
        switch item {
        case .offering(let value): offerings.insert(value, at: index)
        case .category(let value): declaredCategories?.insert(value, at: index)
        case .system(let value): systems.insert(value, at: index)
        case .copy(let value): copies.insert(value, at: index)
        case .role(let value): roles.insert(value, at: index)
        case .flow(let value): flows.insert(value, at: index)
        case .claim(let value): claims.insert(value, at: index)
        case .exception(let value): exceptions.insert(value, at: index)
        }
    }

    mutating func remove(_ section: MapSection, at index: Int) {
        switch section {
        case .offerings: offerings.remove(at: index)
        case .categories: declaredCategories?.remove(at: index)
        case .systems: systems.remove(at: index)
        case .copies: copies.remove(at: index)
        case .roles: roles.remove(at: index)
        case .flows: flows.remove(at: index)
        case .claims: claims.remove(at: index)
        case .exceptions: exceptions.remove(at: index)
        }
    }

    mutating func replace(at index: Int, with item: MapItem) {
        switch item {
        case .offering(let value): offerings[index] = value
        case .category(let value): declaredCategories?[index] = value
        case .system(let value): systems[index] = value
        case .copy(let value): copies[index] = value
        case .role(let value): roles[index] = value
        case .flow(let value): flows[index] = value
        case .claim(let value): claims[index] = value
        case .exception(let value): exceptions[index] = value
        }
    }
}
