/// What an edit changed in the verdicts: each claim whose verdict moved, and how many findings
/// appeared or went away. The footer says it after every committed edit.
public struct VerdictChanges: Sendable, Hashable {
    public struct Moved: Sendable, Hashable {
        public var claimID: String
        public var claimText: String
        public var from: Verdict?
        public var to: Verdict?
    }

    public var moved: [Moved]
    public var newFindings: Int
    public var resolvedFindings: Int

    /// Compares two evaluations; `renames` maps the old one's ids to the new ones, so a renamed
    /// item's findings are not counted as new.
    public init(from old: Evaluation, to new: Evaluation, renames: [MapEdit.Rename] = []) {
        var moved: [Moved] = []
        var oldVerdicts: [String: Verdict] = [:]
        for result in old.claims { oldVerdicts[result.claim.id] = result.verdict }
        var seen = Set<String>()
        for result in new.claims {
            seen.insert(result.claim.id)
            let before = oldVerdicts[result.claim.id]
            if before != result.verdict {
                moved.append(Moved(claimID: result.claim.id, claimText: result.claim.text, from: before, to: result.verdict))
            }
        }
        for result in old.claims where !seen.contains(result.claim.id) {
            moved.append(Moved(claimID: result.claim.id, claimText: result.claim.text, from: result.verdict, to: nil))
        }
        self.moved = moved
        (newFindings, resolvedFindings) = Self.findingChanges(old.findings, new.findings, renames: renames)
    }

    /// How many findings `new` has that `old` has not, and the reverse, as a multiset of (kind,
    /// subject): a message that only rewords does not count. An edit changes a few findings
    /// among thousands and keeps the rest in order, so the common head and tail are matched
    /// pairwise first (an element compare, no hashing) and only the part between is counted.
    /// Removing pairs that match from both sides leaves the multiset difference as it was.
    static func findingChanges(_ old: [Finding], _ new: [Finding], renames: [MapEdit.Rename]) -> (added: Int, resolved: Int) {
        func same(_ before: Finding, _ after: Finding) -> Bool {
            before.kind == after.kind && (renames.isEmpty ? before.subject : before.subject.renamed(renames)) == after.subject
        }
        var head = 0
        while head < old.count, head < new.count, same(old[head], new[head]) { head += 1 }
        var oldEnd = old.count
        var newEnd = new.count
        while oldEnd > head, newEnd > head, same(old[oldEnd - 1], new[newEnd - 1]) {
            oldEnd -= 1
            newEnd -= 1
        }
        var counts: [FindingKey: Int] = [:]
        for finding in old[head..<oldEnd] { counts[FindingKey(finding, renames: renames), default: 0] += 1 }
        var added = 0
        for finding in new[head..<newEnd] {
            let key = FindingKey(finding, renames: [])
            if let count = counts[key], count > 0 { counts[key] = count - 1 } else { added += 1 }
        }
        return (added, counts.values.reduce(0, +))
    }

    public var isEmpty: Bool { moved.isEmpty && newFindings == 0 && resolvedFindings == 0 }

    /// "EU customer records: broken -> holds; 2 new findings".
    public var summary: String {
        var parts: [String] = moved.prefix(2).map { change in
            let from = change.from?.label ?? "new"
            let to = change.to?.label ?? "removed"
            return "\(change.claimText): \(from) -> \(to)"
        }
        if moved.count > 2 { parts.append("\(moved.count - 2) more verdict\(moved.count - 2 == 1 ? "" : "s") changed") }
        if newFindings > 0 { parts.append("\(newFindings) new finding\(newFindings == 1 ? "" : "s")") }
        if resolvedFindings > 0 { parts.append("\(resolvedFindings) finding\(resolvedFindings == 1 ? "" : "s") resolved") }
        return parts.isEmpty ? "no verdict changed" : parts.joined(separator: "; ")
    }

    private struct FindingKey: Hashable {
        var kind: FindingKind
        var subject: MapElement
        init(_ finding: Finding, renames: [MapEdit.Rename]) {
            kind = finding.kind
            subject = finding.subject.renamed(renames)
        }
    }
}

extension MapElement {
    /// The element under the ids it has after `renames`.
    func renamed(_ renames: [MapEdit.Rename]) -> MapElement {
        var element = self
        for rename in renames {
            func swap(_ id: String) -> String { id == rename.from ? rename.to : id }
            switch (element, rename.section) {
            case (.system(let id), .systems): element = .system(swap(id))
            case (.role(let id), .roles): element = .role(swap(id))
            case (.flow(let id), .flows): element = .flow(swap(id))
            case (.claim(let id), .claims): element = .claim(swap(id))
            case (.exception(let id), .exceptions): element = .exception(swap(id))
            case (.offering(let id), .offerings): element = .offering(swap(id))
            case (.copy(let from, let to, let kind), .systems): element = .copy(from: swap(from), to: swap(to), kind: kind)
            case (.access(let role, let system), .systems): element = .access(role: role, system: swap(system))
            case (.access(let role, let system), .roles): element = .access(role: swap(role), system: system)
            case (.flowStep(let flow, let step), .flows): element = .flowStep(flow: swap(flow), step: step)
            default: break
            }
        }
        return element
    }
}
