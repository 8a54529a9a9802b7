import Foundation
import Testing
@testable import ResidencyModel

/// Large maps are written on two threads, part by part, with counts and first reasons from the
/// engine's scans instead of full breach lists. The note must be the same text either way, and
/// still say everything.
@Suite("Export: the note on large maps")
struct ExportLargeMapTests {
    static let day = ExportTestSupport.day

    static func context(_ map: ResidencyMap) -> ExportContext {
        let evaluator = ResidencyEvaluator(today: day)
        let (evaluation, implied) = ImpliedClaims.evaluate(map, evaluator: evaluator)
        return ExportContext(map: map, evaluation: evaluation, implied: implied, catalogue: .standard, index: evaluation.index)
    }

    @Test("two threads write the same note as one", arguments: MapGenerator.Placement.allCases)
    func sideBySide(placement: MapGenerator.Placement) {
        let map = MapGenerator(seed: 4, placement: placement).map(systems: 600)
        let alone = ApprovalNoteWriter.write(Self.context(map), sideBySide: false)
        let together = ApprovalNoteWriter.write(Self.context(map), sideBySide: true)
        #expect(alone == together)
        #expect(MarkdownExporter(today: Self.day).render(map, appendix: .inline) == alone)
    }

    @Test("the samples come out the same on two threads", arguments: ExportTestSupport.sampleNames)
    func samplesSideBySide(name: String) throws {
        let map = try ExportTestSupport.sample(name)
        #expect(ApprovalNoteWriter.write(Self.context(map), sideBySide: true) == MarkdownExporter(today: Self.day).render(map, appendix: .inline))
    }

    @Test("every claim is listed once, and each one not to use names its first reason and how many more")
    func claimLists() throws {
        let map = MapGenerator(seed: 6).map(systems: 700)
        let note = MarkdownExporter(today: Self.day).render(map, appendix: .inline)
        let evaluation = ResidencyEvaluator(today: Self.day).evaluate(map)
        let listStart = try #require(note.range(of: "## Every claim by use"))
        let listEnd = try #require(note.range(of: "\n## ", range: listStart.upperBound..<note.endIndex))
        let lists = note[listStart.upperBound..<listEnd.lowerBound]
        let bullets = lists.split(separator: "\n").filter { $0.hasPrefix("- ") }
        #expect(bullets.count == evaluation.claims.count)
        for result in evaluation.claims where !result.verdict.isAcceptable {
            let open = result.openBreaches
            let reason = open.first?.message ?? result.uncertainties.first?.message ?? ""
            let more = open.isEmpty ? result.uncertainties.count - 1 : open.count - 1
            let line = bullets.first { $0.contains(Markup(text: result.claim.text).source) && $0.contains(Markup(text: reason).source) }
            #expect(line != nil, "claim \(result.claim.id)")
            if more > 0, let line {
                #expect(line.contains(open.isEmpty ? "(\(more) more not confirmed)" : "(\(more) more break"), "claim \(result.claim.id)")
            }
        }
    }
}
