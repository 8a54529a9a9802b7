import Foundation
import Testing
@testable import ResidencyModel

/// A commit validates and evaluates side by side on a large map, and counts changed findings
/// from the findings' differing middle only: both must give exactly what the plain way gives.
@Suite("Editing: a commit's evaluation and verdict changes")
struct CommitEvaluationTests {
    private static let today = EditingSupport.today
    private static let codes = ["aws:eu-central-1", "aws:us-east-1", "DE", "JP", "unknown", "gcp:asia-northeast1", "aws:eu-cental-1"]

    /// The multiset difference of (kind, subject) over every finding, as the diff was first written.
    private static func plainFindingChanges(_ old: Evaluation, _ new: Evaluation, renames: [MapEdit.Rename]) -> (Int, Int) {
        var counts: [String: Int] = [:]
        for finding in old.findings { counts["\(finding.kind) \(finding.subject.renamed(renames))", default: 0] += 1 }
        var added = 0
        for finding in new.findings {
            let key = "\(finding.kind) \(finding.subject)"
            if let count = counts[key], count > 0 { counts[key] = count - 1 } else { added += 1 }
        }
        return (added, counts.values.reduce(0, +))
    }

    /// A few dozen seeded edits of many kinds on a map large enough to validate and evaluate on
    /// two threads: sets, one refused location, renames, removals and undo.
    @Test("Every commit's evaluation equals a full evaluation, and its finding counts the plain count")
    func randomEdits() throws {
        var document = MapDocument(map: MapGenerator(seed: 11).map(systems: SideBySide.parallelSystems + 100), today: Self.today)
        let evaluator = ResidencyEvaluator(today: Self.today)
        var random = SeededRandom(seed: 5)
        var refused = 0
        var committedCount = 0
        for step in 0..<30 {
            let systems = document.map.systems
            let system = systems[random.below(systems.count)].id
            let editor = document.editor
            let edit: MapEdit
            switch step % 6 {
            case 0, 1: edit = try editor.set(.system(system), field: "location", to: Self.codes[random.below(Self.codes.count)])
            case 2: edit = try editor.set(.system(system), field: "status", to: ["confirmed", "assumed", "planned"][random.below(3)])
            case 3: edit = try editor.rename(.system(system), to: editor.freshID(from: system, in: .systems))
            case 4: edit = editor.remove(.copy(random.below(max(document.map.copies.count, 1))))
            default: edit = editor.remove(.system(system))
            }
            let before = document
            let committed: MapDocument.Committed
            do {
                committed = try document.commit(edit)
            } catch {
                // A refused edit leaves the document as it was, evaluation included.
                refused += 1
                #expect(document.map == before.map)
                #expect(document.generation == before.generation)
                #expect(document.evaluation.findings == before.evaluation.findings)
                continue
            }
            committedCount += 1
            let full = evaluator.evaluate(document.map)
            #expect(document.evaluation.claims.map(\.verdict) == full.claims.map(\.verdict))
            #expect(document.evaluation.claims.map(\.openBreachCount) == full.claims.map(\.openBreachCount))
            #expect(document.evaluation.findings == full.findings)
            let plain = Self.plainFindingChanges(before.evaluation, document.evaluation, renames: edit.renames)
            #expect(committed.changes.newFindings == plain.0)
            #expect(committed.changes.resolvedFindings == plain.1)
            #expect(committed.changes == VerdictChanges(from: before.evaluation, to: full, renames: edit.renames))
        }
        #expect(refused > 0)
        #expect(committedCount > 20)
        // Undo goes through the same path and comes back to the same evaluation.
        let original = MapDocument(map: MapGenerator(seed: 11).map(systems: SideBySide.parallelSystems + 100), today: Self.today)
        while document.canUndo { _ = try document.undo() }
        #expect(document.map == original.map)
        #expect(document.evaluation.findings == original.evaluation.findings)
        #expect(document.evaluation.claims.map(\.verdict) == original.evaluation.claims.map(\.verdict))
    }

    @Test("Findings that move, appear and vanish in the middle are counted as a multiset")
    func findingDiffMiddle() {
        func finding(_ kind: FindingKind, _ system: String) -> Finding { Finding(kind: kind, subject: .system(system), message: "m") }
        let old = [finding(.locationUnknown, "a"), finding(.locationAssumed, "b"), finding(.retentionMissing, "c"),
                   finding(.retentionMissing, "d"), finding(.locationUnknown, "z")]
        // b's finding goes, d's moves before c's and rewords, e's is new; head and tail stay.
        let new = [finding(.locationUnknown, "a"), Finding(kind: .retentionMissing, subject: .system("d"), message: "other"),
                   finding(.retentionMissing, "c"), finding(.retentionMissing, "e"), finding(.locationUnknown, "z")]
        let counts = VerdictChanges.findingChanges(old, new, renames: [])
        #expect(counts.added == 1)
        #expect(counts.resolved == 1)
        // A renamed system's finding is the same finding under its new id.
        let renamed = VerdictChanges.findingChanges([finding(.retentionMissing, "c")], [finding(.retentionMissing, "c2")],
                                                    renames: [MapEdit.Rename(section: .systems, from: "c", to: "c2")])
        #expect(renamed.added == 0 && renamed.resolved == 0)
        #expect(VerdictChanges.findingChanges([], new, renames: []) == (added: 5, resolved: 0))
    }
}
