/// Where the map's review stands, computed from the map alone: each team's sign-off state
/// (current, stale, missing), the open gap marks that block a full sign-off, and the content
/// fingerprint a new sign-off would approve. What `check`, the note, the JSON export and a
/// Review screen show. Linear in sign-offs and gap marks plus one fingerprint of the map.
public struct ReviewState: Sendable, Hashable {
    /// `MapFingerprint.content` of the map: what a sign-off now would approve.
    public var fingerprint: String
    /// The required teams in the map's order, then other teams that signed, in sign-off order.
    public var teams: [TeamReview]
    /// Open gap marks with their position in the header (`gap:N` is `index + 1`).
    public var openGaps: [IndexedGap]
    /// Resolved gap marks, kept for the record.
    public var resolvedGaps: [IndexedGap]

    public struct IndexedGap: Sendable, Hashable {
        public var index: Int
        public var gap: GapMark
        public var ref: ItemRef { .gap(index) }
    }

    public init(map: ResidencyMap) {
        self.init(map: map, fingerprint: MapFingerprint.content(map))
    }

    /// With a fingerprint already computed (a caller that also needs it).
    public init(map: ResidencyMap, fingerprint: String) {
        self.fingerprint = fingerprint
        let header = map.header
        var teams: [TeamReview] = []
        var seen = Set<String>()
        let required = header.signOffTeams.filter { seen.insert(SignOffPolicy.normalized($0)).inserted }
        let others = header.signOffs.compactMap(\.team).filter { seen.insert(SignOffPolicy.normalized($0)).inserted }
        for (team, isRequired) in required.map({ ($0, true) }) + others.map({ ($0, false) }) {
            let name = SignOffPolicy.normalized(team)
            let signed = header.signOffs.enumerated().filter { $0.element.team.map(SignOffPolicy.normalized) == name }
            let state: TeamReview.State
            let chosen: (offset: Int, element: SignOff)?
            if let current = signed.last(where: { $0.element.approves(fingerprint) }) {
                chosen = current
                state = .current
            } else if let latest = signed.max(by: { ($0.element.on?.dayNumber ?? Int.min, $0.offset) < ($1.element.on?.dayNumber ?? Int.min, $1.offset) }) {
                chosen = latest
                state = .stale
            } else {
                chosen = nil
                state = .missing
            }
            teams.append(TeamReview(team: team, required: isRequired, state: state, signOff: chosen?.element,
                                    signOffIndex: chosen?.offset))
        }
        self.teams = teams
        let gaps = header.gaps.enumerated().map { IndexedGap(index: $0.offset, gap: $0.element) }
        openGaps = gaps.filter(\.gap.isOpen)
        resolvedGaps = gaps.filter { !$0.gap.isOpen }
    }

    /// Every required team has a current sign-off and no gap mark is open.
    public var isComplete: Bool { blockers.isEmpty }

    /// Why the map is not fully signed off, one line each: teams missing or stale, then open gaps.
    public var blockers: [String] {
        var lines: [String] = []
        for team in teams where team.required && team.state != .current {
            lines.append("\(team.team): \(team.summary)")
        }
        for open in openGaps {
            lines.append("\(open.ref) open (\(open.gap.team), about \(open.gap.about)): \(open.gap.text)")
        }
        return lines
    }

    /// The team's review, by name (any case).
    public func team(_ name: String) -> TeamReview? {
        let wanted = SignOffPolicy.normalized(name)
        return teams.first { SignOffPolicy.normalized($0.team) == wanted }
    }
}

/// One team's sign-off state.
public struct TeamReview: Sendable, Hashable {
    public enum State: String, Sendable, Hashable {
        /// A sign-off approved exactly the current content.
        case current
        /// The latest sign-off approved other content (or records no fingerprint).
        case stale
        /// Nobody signed for the team.
        case missing
    }

    public var team: String
    /// Whether the map requires this team's sign-off.
    public var required: Bool
    public var state: State
    /// The sign-off that decides the state: the current one, else the latest stale one.
    public var signOff: SignOff?
    /// Its position in the header (`signoff:N` is `index + 1`).
    public var signOffIndex: Int?

    /// "signed by Dana on 2026-11-30", "stale: signed by Dana on 2026-11-30 (fingerprint
    /// 3f9a01c2d4e5, revision 1a2b3c4), the content changed since", "no sign-off".
    public var summary: String {
        guard let signOff else { return "no sign-off" }
        var signed = "signed by \(signOff.by)"
        if let on = signOff.on { signed += " on \(on)" }
        switch state {
        case .current, .missing:
            return signed
        case .stale:
            guard let fingerprint = signOff.fingerprint else {
                return "stale: \(signed), which records no fingerprint of what it approved"
            }
            var saw = "fingerprint \(MapFingerprint.short(fingerprint))"
            if let revision = signOff.revision { saw += ", revision \(revision.prefix(12))" }
            return "stale: \(signed) (\(saw)); the content changed since"
        }
    }
}
