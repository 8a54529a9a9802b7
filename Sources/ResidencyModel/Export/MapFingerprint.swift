import Crypto

/// A short, stable name for one version of a map, printed on the approval note so a reader can
/// tell which version they hold: the first 12 hex digits of a SHA-256 over the map's content.
///
/// The content is every field of the map in a fixed order, each written with its length (so
/// `["ab", "c"]` and `["a", "bc"]` differ), in map order for lists. Comments and formatting in
/// the file do not change it; any change to what the map says does. It is computed from the model
/// directly rather than from the YAML writer's output, so it is fast on large maps and does not
/// move when the YAML library changes how it quotes text. A new model field must be added to
/// `feed(_:)` below, or changes to it will not show in the fingerprint.
public enum MapFingerprint {
    /// Hex digits shown: 48 bits, plenty to tell versions of one map apart.
    public static let length = 12

    /// The fingerprint: 12 lower-case hex digits.
    public static func of(_ map: ResidencyMap) -> String {
        String(fullDigest(map).prefix(length))
    }

    /// All 64 hex digits of the content digest.
    public static func fullDigest(_ map: ResidencyMap) -> String {
        var writer = ContentWriter(coverage: .everything)
        writer.feed(map)
        return hex(writer.finish())
    }

    /// What a sign-off approves: 64 hex digits over what the map says about data, and nothing
    /// of the review itself. Covered: the name and owner, offerings, categories, systems, copies,
    /// roles with their grants, flows with their steps (in order), claims and exceptions.
    /// Not covered: the format version, `last_reviewed`, `review_interval_days`, `sign_off_teams`,
    /// sign-offs and gap marks (signing or marking a gap must not make a sign-off stale), and the
    /// order of top-level items and of a role's grants (moving a system in the file says nothing
    /// new). A flow's step order is covered: it is the path data takes.
    public static func content(_ map: ResidencyMap) -> String {
        var writer = ContentWriter(coverage: .reviewedContent)
        writer.feed(map)
        return hex(writer.finish())
    }

    /// The first digits of a fingerprint, as printed.
    public static func short(_ fingerprint: String) -> String {
        String(fingerprint.prefix(length))
    }

    /// The SHA-256 (swift-crypto's) of `bytes` as 64 lower-case hex digits.
    static func sha256Hex(_ bytes: some Sequence<UInt8>) -> String {
        var hasher = SHA256()
        let hashed: Void? = bytes.withContiguousStorageIfAvailable { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        if hashed == nil { Array(bytes).withUnsafeBytes { hasher.update(bufferPointer: $0) } }
        return hex(hasher.finalize())
    }

    /// Bytes as lower-case hex digits, two a byte.
    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}

/// Writes a map's content as length-prefixed fields into a SHA-256, in chunks.
private struct ContentWriter {
    /// The note's fingerprint covers everything; a sign-off's only what is reviewed.
    enum Coverage {
        case everything
        case reviewedContent
    }

    private let coverage: Coverage
    private var hasher = SHA256()
    private var buffer: [UInt8] = []

    init(coverage: Coverage) {
        self.coverage = coverage
        buffer.reserveCapacity(Self.chunk)
        string(coverage == .everything ? "resmap-content-1" : "resmap-reviewed-content-1")
    }

    /// Top-level items in id order for the reviewed content (ties keep file order), so moving
    /// an item in the file does not count as a change.
    private func ordered<T>(_ values: [T], by key: (T) -> String) -> [T] {
        guard coverage == .reviewedContent else { return values }
        return values.enumerated().sorted { a, b in
            let (ka, kb) = (key(a.element), key(b.element))
            return ka != kb ? ka < kb : a.offset < b.offset
        }.map(\.element)
    }

    private static let chunk = 1 << 16

    mutating func finish() -> SHA256.Digest {
        flush()
        return hasher.finalize()
    }

    // MARK: Map

    mutating func feed(_ map: ResidencyMap) {
        let header = map.header
        if coverage == .everything {
            int(map.formatVersion)
            string(header.name)
            string(header.owner)
            optional(header.lastReviewed) { $0.date($1) }
            optional(header.reviewIntervalDays) { $0.int($1) }
            list(header.signOffs) { w, signOff in
                w.string(signOff.by)
                w.optional(signOff.team) { $0.string($1) }
                w.optional(signOff.on) { $0.date($1) }
                if let fingerprint = signOff.fingerprint { w.string("fingerprint"); w.string(fingerprint) }
                if let revision = signOff.revision { w.string("revision"); w.string(revision) }
            }
            if let teams = header.declaredSignOffTeams { string("sign_off_teams"); strings(teams) }
            if !header.gaps.isEmpty {
                string("gaps")
                list(header.gaps) { w, gap in
                    w.string(gap.about.description)
                    w.string(gap.team)
                    w.string(gap.text)
                    w.optional(gap.by) { $0.string($1) }
                    w.optional(gap.on) { $0.date($1) }
                    w.optional(gap.resolvedBy) { $0.string($1) }
                    w.optional(gap.resolvedOn) { $0.date($1) }
                    w.optional(gap.resolution) { $0.string($1) }
                }
            }
        } else {
            string(header.name)
            string(header.owner)
        }
        list(ordered(map.offerings, by: \.id)) { w, offering in
            w.string(offering.id)
            w.string(offering.name)
            w.strings(offering.region.terms)
            // Fields added after format 1 shipped are fed only when present, so maps without
            // them keep their fingerprints.
            if !offering.hasNone.isEmpty { w.string("has_none"); w.strings(offering.hasNone.map(\.rawValue)) }
        }
        optional(map.declaredCategories) { w, categories in
            w.list(w.ordered(categories, by: \.id)) { w, category in
                w.string(category.id)
                w.string(category.name)
                w.bool(category.personal)
            }
        }
        list(ordered(map.systems, by: \.id)) { w, system in w.feed(system) }
        list(ordered(map.copies, by: { "\($0.from)>\($0.to)>\($0.kind.rawValue)" })) { w, copy in
            w.string(copy.from)
            w.string(copy.to)
            w.string(copy.kind.rawValue)
            w.optional(copy.schedule) { $0.string($1) }
            w.optional(copy.retention) { $0.retention($1) }
            w.optional(copy.notes) { $0.string($1) }
        }
        list(ordered(map.roles, by: \.id)) { w, role in w.feed(role) }
        list(ordered(map.flows, by: \.id)) { w, flow in
            w.string(flow.id)
            w.string(flow.name)
            w.optional(flow.trigger) { $0.string($1) }
            w.list(flow.steps) { w, step in
                w.string(step.system)
                w.strings(step.data)
                w.string(step.when.rawValue)
                w.optional(step.notes) { $0.string($1) }
                if let from = step.from { w.string("from"); w.string(from.text) }
            }
        }
        list(ordered(map.claims, by: \.id)) { w, claim in
            w.string(claim.id)
            w.string(claim.text)
            w.string(claim.offering)
            w.optional(claim.region) { $0.strings($1.terms) }
            w.optional(claim.data) { $0.strings($1) }
            w.optional(claim.scope) { $0.strings($1.map(\.rawValue)) }
        }
        list(ordered(map.exceptions, by: \.id)) { w, exception in
            w.string(exception.id)
            w.string(exception.claim)
            switch exception.covers {
            case .system(let id): w.string("system"); w.string(id)
            case .role(let id): w.string("role"); w.string(id)
            case .flowStep(let flow, let step): w.string("flow-step"); w.string(flow); w.int(step)
            case .copy(let from, let to, let kind): w.string("copy"); w.string(from); w.string(to); w.string(kind.rawValue)
            }
            w.string(exception.reason)
            w.string(exception.approvedBy)
            w.optional(exception.approvedOn) { $0.date($1) }
            w.optional(exception.expires) { $0.date($1) }
        }
    }

    private mutating func feed(_ system: DataSystem) {
        string(system.id)
        string(system.name)
        string(system.kind.rawValue)
        optional(system.vendor) { $0.string($1) }
        switch system.location {
        case .unknown: string("unknown")
        case .places(let codes): string("places"); strings(codes)
        }
        strings(system.data)
        optional(system.retention) { $0.retention($1) }
        strings(system.offerings)
        string(system.status.rawValue)
        optional(system.evidence) { w, evidence in
            w.string(evidence.how)
            w.optional(evidence.on) { $0.date($1) }
            w.optional(evidence.by) { $0.string($1) }
        }
        optional(system.notes) { $0.string($1) }
        if let basis = system.transferBasis { string("transfer_basis"); string(basis.rawValue) }
        if !system.infrastructure.isEmpty { string("infrastructure"); strings(system.infrastructure) }
    }

    private mutating func feed(_ role: Role) {
        string(role.id)
        string(role.name)
        string(role.team)
        strings(role.countries)
        optional(role.headcount) { $0.int($1) }
        list(ordered(role.access, by: \.system)) { w, grant in
            w.string(grant.system)
            w.strings(grant.capabilities.map(\.rawValue))
            w.string(grant.when.rawValue)
            w.bool(grant.recorded)
        }
        optional(role.notes) { $0.string($1) }
    }

    // MARK: Values

    private mutating func retention(_ retention: Retention) {
        string(retention.text)
        optional(retention.days) { $0.int($1) }
    }

    private mutating func date(_ date: ISODate) {
        int(date.dayNumber)
    }

    private mutating func strings(_ values: [String]) {
        int(values.count)
        for value in values { string(value) }
    }

    private mutating func list<T>(_ values: [T], _ each: (inout ContentWriter, T) -> Void) {
        int(values.count)
        for value in values { each(&self, value) }
    }

    private mutating func optional<T>(_ value: T?, _ some: (inout ContentWriter, T) -> Void) {
        guard let value else {
            byte(0)
            return
        }
        byte(1)
        some(&self, value)
    }

    private mutating func bool(_ value: Bool) {
        byte(value ? 1 : 0)
    }

    private mutating func string(_ value: String) {
        int(value.utf8.count)
        buffer.append(contentsOf: value.utf8)
        if buffer.count >= Self.chunk { flush() }
    }

    private mutating func int(_ value: Int) {
        var bits = UInt64(bitPattern: Int64(value))
        for _ in 0..<8 {
            buffer.append(UInt8(truncatingIfNeeded: bits))
            bits >>= 8
        }
    }

    private mutating func byte(_ value: UInt8) {
        buffer.append(value)
    }

    private mutating func flush() {
        buffer.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        buffer.removeAll(keepingCapacity: true)
    }
}
