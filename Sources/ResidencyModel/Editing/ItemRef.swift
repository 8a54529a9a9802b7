/// Where an editable thing is in a map, as users write it on the command line and the interface
/// keeps it: `system:db-main`, `copy:2`, `grant:support-leads/1`, `step:signup/3`, `map`.
/// Grants, steps and copies are numbered from 1, as people count.
public enum ItemRef: Sendable, Hashable, Codable, CustomStringConvertible {
    case map
    /// A header sign-off by position (from 0).
    case signOff(Int)
    /// A header gap mark by position (from 0).
    case gap(Int)
    case offering(String)
    case category(String)
    case system(String)
    /// A copy by position (from 0).
    case copy(Int)
    case role(String)
    /// A role's grant by position (from 0).
    case grant(role: String, index: Int)
    case flow(String)
    /// A flow's step by position (from 0).
    case step(flow: String, index: Int)
    case claim(String)
    case exception(String)

    public var kind: ItemKind {
        switch self {
        case .map: return .map
        case .signOff: return .signOff
        case .gap: return .gap
        case .offering: return .offering
        case .category: return .category
        case .system: return .system
        case .copy: return .copy
        case .role: return .role
        case .grant: return .grant
        case .flow: return .flow
        case .step: return .step
        case .claim: return .claim
        case .exception: return .exception
        }
    }

    public var description: String {
        switch self {
        case .map: return "map"
        case .signOff(let index): return "signoff:\(index + 1)"
        case .gap(let index): return "gap:\(index + 1)"
        case .offering(let id): return "offering:\(id)"
        case .category(let id): return "category:\(id)"
        case .system(let id): return "system:\(id)"
        case .copy(let index): return "copy:\(index + 1)"
        case .role(let id): return "role:\(id)"
        case .grant(let role, let index): return "grant:\(role)/\(index + 1)"
        case .flow(let id): return "flow:\(id)"
        case .step(let flow, let index): return "step:\(flow)/\(index + 1)"
        case .claim(let id): return "claim:\(id)"
        case .exception(let id): return "exception:\(id)"
        }
    }

    /// The ref for an id of a kind that has ids.
    public static func make(_ kind: ItemKind, id: String) -> ItemRef? {
        switch kind {
        case .offering: return .offering(id)
        case .category: return .category(id)
        case .system: return .system(id)
        case .role: return .role(id)
        case .flow: return .flow(id)
        case .claim: return .claim(id)
        case .exception: return .exception(id)
        case .map, .signOff, .gap, .copy, .grant, .step: return nil
        }
    }

    /// Reads a reference that needs no map to resolve: `map`, `KIND:ID`, `copy:N`,
    /// `grant:ROLE/N`, `step:FLOW/N`, `signoff:N`, `gap:N` (N from 1). Whether the item exists is
    /// not checked; `parse(_:in:)` and the validator do that.
    public init?(reference text: String) {
        if text == "map" { self = .map; return }
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let kindText = String(text[..<colon])
        let rest = String(text[text.index(after: colon)...])
        let kindName = kindText == "data_category" ? "category" : kindText == "sign-off" ? "signoff" : kindText
        guard let kind = ItemKind(rawValue: kindName), !rest.isEmpty else { return nil }
        func number(_ text: some StringProtocol) -> Int? {
            guard let value = Int(text), value >= 1 else { return nil }
            return value - 1
        }
        switch kind {
        case .map: return nil
        case .signOff: guard let n = number(rest) else { return nil }; self = .signOff(n)
        case .gap: guard let n = number(rest) else { return nil }; self = .gap(n)
        case .copy: guard let n = number(rest) else { return nil }; self = .copy(n)
        case .grant, .step:
            guard let slash = rest.lastIndex(of: "/"), let n = number(rest[rest.index(after: slash)...]) else { return nil }
            let owner = String(rest[..<slash])
            guard !owner.isEmpty else { return nil }
            self = kind == .step ? .step(flow: owner, index: n) : .grant(role: owner, index: n)
        default:
            guard let ref = ItemRef.make(kind, id: rest) else { return nil }
            self = ref
        }
    }

    /// Reads `KIND:ID`, `copy:N`, `copy:FROM/TO`, `grant:ROLE/N`, `grant:ROLE/SYSTEM`,
    /// `step:FLOW/N` or `map`, checking that the item exists.
    public static func parse(_ text: String, in map: ResidencyMap) throws(FieldError) -> ItemRef {
        let usage = "write KIND:ID (system:db-main, role:support, claim:eu-records), copy:N, grant:ROLE/N, step:FLOW/N, gap:N or map"
        if let ref = ItemRef(reference: text) {
            guard ref.value(in: map) != nil else {
                throw FieldError(key: "item", message: "the map has no \(ref.kind.noun) \(UserText.quoted(String(text.drop { $0 != ":" }.dropFirst())))")
            }
            return ref
        }
        guard let colon = text.firstIndex(of: ":") else { throw FieldError(key: "item", message: usage) }
        let kindText = String(text[..<colon])
        let rest = String(text[text.index(after: colon)...])
        let kindName = kindText == "data_category" ? "category" : kindText == "sign-off" ? "signoff" : kindText
        guard let kind = ItemKind(rawValue: kindName), !rest.isEmpty else {
            throw FieldError(key: "item", message: usage)
        }
        let ref: ItemRef?
        switch kind {
        case .map: ref = .map
        case .signOff, .gap: ref = nil
        case .copy:
            if let number = Int(rest) {
                ref = .copy(number - 1)
            } else {
                let parts = rest.split(separator: "/").map(String.init)
                ref = parts.count == 2 ? map.copies.firstIndex { $0.from == parts[0] && $0.to == parts[1] }.map { .copy($0) } : nil
            }
        case .grant, .step:
            guard let slash = rest.lastIndex(of: "/") else { throw FieldError(key: "item", message: usage) }
            let owner = String(rest[..<slash])
            let tail = String(rest[rest.index(after: slash)...])
            if kind == .step {
                ref = Int(tail).map { .step(flow: owner, index: $0 - 1) }
            } else if let number = Int(tail) {
                ref = .grant(role: owner, index: number - 1)
            } else {
                ref = map.roles.first { $0.id == owner }?.access.firstIndex { $0.system == tail }.map { .grant(role: owner, index: $0) }
            }
        default:
            ref = ItemRef.make(kind, id: rest)
        }
        guard let ref, ref.value(in: map) != nil else {
            throw FieldError(key: "item", message: "the map has no \(kind.noun) \(UserText.quoted(rest))")
        }
        return ref
    }

    /// The thing this ref names, if the map has it.
    public func value(in map: ResidencyMap) -> ItemValue? {
        switch self {
        case .map: return .map(map.header)
        case .signOff(let index):
            return map.header.signOffs.indices.contains(index) ? .signOff(map.header.signOffs[index]) : nil
        case .gap(let index):
            return map.header.gaps.indices.contains(index) ? .gap(map.header.gaps[index]) : nil
        case .copy(let index): return map.copies.indices.contains(index) ? .copy(map.copies[index]) : nil
        case .grant(let role, let index):
            guard let found = map.roles.first(where: { $0.id == role }), found.access.indices.contains(index) else { return nil }
            return .grant(found.access[index])
        case .step(let flow, let index):
            guard let found = map.flows.first(where: { $0.id == flow }), found.steps.indices.contains(index) else { return nil }
            return .step(found.steps[index])
        default:
            guard let section = kind.section, let id = idValue, let index = section.index(ofID: id, in: map),
                  let item = section.item(at: index, in: map) else { return nil }
            return ItemValue(item)
        }
    }

    /// The id, for kinds that have one.
    public var idValue: String? {
        switch self {
        case .offering(let id), .category(let id), .system(let id), .role(let id), .flow(let id), .claim(let id),
             .exception(let id): return id
        default: return nil
        }
    }
}

extension ItemValue {
    /// The value of a top-level item.
    public init(_ item: MapItem) {
        switch item {
        case .offering(let value): self = .offering(value)
        case .category(let value): self = .category(value)
        case .system(let value): self = .system(value)
        case .copy(let value): self = .copy(value)
        case .role(let value): self = .role(value)
        case .flow(let value): self = .flow(value)
        case .claim(let value): self = .claim(value)
        case .exception(let value): self = .exception(value)
        }
    }

    /// The top-level item, for kinds that are one.
    public var item: MapItem? {
        switch self {
        case .offering(let value): return .offering(value)
        case .category(let value): return .category(value)
        case .system(let value): return .system(value)
        case .copy(let value): return .copy(value)
        case .role(let value): return .role(value)
        case .flow(let value): return .flow(value)
        case .claim(let value): return .claim(value)
        case .exception(let value): return .exception(value)
        case .map, .signOff, .gap, .grant, .step: return nil
        }
    }

    /// How the value is named in an edit's label.
    public var displayName: String {
        switch self {
        case .map(let header): return header.name
        case .signOff(let signOff): return "sign-off by \(signOff.by)"
        case .gap(let gap): return "gap mark by \(gap.team) on \(gap.about)"
        case .grant(let grant): return "access to \(grant.system)"
        case .step(let step): return "step at \(step.system)"
        default: return item?.displayName ?? ""
        }
    }
}

extension ItemRef {
    /// The same reference after an item of `section` was renamed: the item itself, or a grant or
    /// step inside a renamed role or flow.
    func renamed(_ section: MapSection, from old: String, to new: String) -> ItemRef {
        switch (self, section) {
        case (.grant(old, let index), .roles): return .grant(role: new, index: index)
        case (.step(old, let index), .flows): return .step(flow: new, index: index)
        default:
            guard kind.section == section, idValue == old, let ref = ItemRef.make(kind, id: new) else { return self }
            return ref
        }
    }

    /// Whether the reference names the item `id` of `section` or something inside it.
    func isInside(_ section: MapSection, id: String) -> Bool {
        switch (self, section) {
        case (.grant(let role, _), .roles): return role == id
        case (.step(let flow, _), .flows): return flow == id
        default: return kind.section == section && idValue == id
        }
    }
}
