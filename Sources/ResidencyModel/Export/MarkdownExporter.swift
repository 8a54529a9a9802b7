/// Writes the one-page approval note as GitHub-flavoured Markdown: what sales, legal and a
/// customer's security reviewers read instead of YAML.
///
/// ```swift
/// let note = MarkdownExporter(today: .today()).render(map)
/// ```
///
/// The note has eight sections (docs/export.md): the header, the one-minute answer for each
/// offering, the claims sales may use, with sign-off, or not at all (these three fit on one
/// page), then where customer data lives, logs, backups and access, everything outside the
/// promised region, the request paths with Mermaid diagrams, and the exceptions and findings.
/// Every map string is escaped (`MarkdownEscaping`); the same map and day give the same text.
public struct MarkdownExporter: Sendable {
    public var catalogue: RegionCatalogue
    /// The day exceptions and reviews are judged against.
    public var today: ISODate

    public init(catalogue: RegionCatalogue = .standard, today: ISODate) {
        self.catalogue = catalogue
        self.today = today
    }

    /// Evaluates the map, then writes the note.
    public func render(_ map: ResidencyMap) -> String {
        let evaluator = ResidencyEvaluator(catalogue: catalogue, today: today)
        let (evaluation, implied) = ImpliedClaims.evaluate(map, evaluator: evaluator)
        // The evaluation was made here, of this map with this catalogue: its index can be shared.
        return write(map, evaluation: evaluation, implied: implied, index: evaluation.index)
    }

    /// Writes the note from an evaluation already made for this map; the evaluation's day is used.
    public func render(_ map: ResidencyMap, evaluation: Evaluation) -> String {
        let implied = ImpliedClaims.evaluate(map, today: evaluation.today, catalogue: catalogue)
        return write(map, evaluation: evaluation, implied: implied, index: nil)
    }

    private func write(_ map: ResidencyMap, evaluation: Evaluation, implied: [String: ClaimResult], index: MapIndex?) -> String {
        let context = ExportContext(map: map, evaluation: evaluation, implied: implied, catalogue: catalogue, index: index)
        return ApprovalNoteWriter.write(context)
    }
}
