/// The `review` object of `check --format json` and of the JSON export: each team's sign-off
/// state and every gap mark. Keys snake_case and sorted, optional keys left out when empty, as
/// in the rest of both schemas.
public struct ReviewJSON: Codable, Sendable, Hashable {
    /// The content fingerprint (64 hex digits) a sign-off now would approve.
    public var fingerprint: String
    public var complete: Bool
    public var blockers: [String]
    public var teams: [TeamJSON]
    public var gaps: [GapJSON]

    public struct TeamJSON: Codable, Sendable, Hashable {
        public var team: String
        public var required: Bool
        /// current, stale or missing.
        public var state: String
        public var by: String?
        public var on: String?
        /// What the deciding sign-off approved; for a stale one, the content it saw.
        public var fingerprint: String?
        public var revision: String?
        public var summary: String
    }

    public struct GapJSON: Codable, Sendable, Hashable {
        /// `gap:N`.
        public var ref: String
        public var about: String
        public var team: String
        public var text: String
        public var by: String?
        public var on: String?
        public var open: Bool
        public var resolvedBy: String?
        public var resolvedOn: String?
        public var resolution: String?

        enum CodingKeys: String, CodingKey {
            case ref, about, team, text, by, on, open, resolvedBy = "resolved_by", resolvedOn = "resolved_on", resolution
        }
    }

    public init(_ review: ReviewState) {
        fingerprint = review.fingerprint
        complete = review.isComplete
        blockers = review.blockers
        teams = review.teams.map { team in
            TeamJSON(team: team.team, required: team.required, state: team.state.rawValue, by: team.signOff?.by,
                     on: team.signOff?.on?.description, fingerprint: team.signOff?.fingerprint,
                     revision: team.signOff?.revision, summary: team.summary)
        }
        gaps = (review.openGaps + review.resolvedGaps).sorted { $0.index < $1.index }.map { indexed in
            let gap = indexed.gap
            return GapJSON(ref: indexed.ref.description, about: gap.about.description, team: gap.team, text: gap.text,
                           by: gap.by, on: gap.on?.description, open: gap.isOpen, resolvedBy: gap.resolvedBy,
                           resolvedOn: gap.resolvedOn?.description, resolution: gap.resolution)
        }
    }

    /// The same object as `JSONEncoder` with sorted keys would write, written directly.
    func write(to json: inout JSONText) {
        json.object { o in
            o.field("blockers", blockers)
            o.field("complete", complete)
            o.field("fingerprint", fingerprint)
            o.field("gaps")
            o.array(gaps) { json, gap in
                json.object { o in
                    o.field("about", gap.about)
                    o.field("by", gap.by)
                    o.field("on", gap.on)
                    o.field("open", gap.open)
                    o.field("ref", gap.ref)
                    o.field("resolution", gap.resolution)
                    o.field("resolved_by", gap.resolvedBy)
                    o.field("resolved_on", gap.resolvedOn)
                    o.field("team", gap.team)
                    o.field("text", gap.text)
                }
            }
            o.field("teams")
            o.array(teams) { json, team in
                json.object { o in
                    o.field("by", team.by)
                    o.field("fingerprint", team.fingerprint)
                    o.field("on", team.on)
                    o.field("required", team.required)
                    o.field("revision", team.revision)
                    o.field("state", team.state)
                    o.field("summary", team.summary)
                    o.field("team", team.team)
                }
            }
        }
    }
}
