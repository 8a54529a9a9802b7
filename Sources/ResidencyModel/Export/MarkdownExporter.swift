/// Writes the approval note as GitHub-flavoured Markdown: what sales, legal and a customer's
/// security reviewers read instead of YAML.
///
/// ```swift
/// let note = MarkdownExporter(today: .today()).render(map)                    // the one page
/// let both = MarkdownExporter(today: .today()).render(map, appendix: .inline) // page, then appendix
/// let (page, appendix) = MarkdownExporter(today: .today()).renderParts(map)   // for two files
/// ```
///
/// The page (docs/export.md) has the header, the one-minute answer per offering, the claims
/// sales can use, with sign-off, or not at all, the exceptions that need sign-off, where data,
/// logs, backups and access go, and what sits outside each promised region; it stays within
/// `PageBudget` however large the map. The appendix keeps every row: each claim's honest answer,
/// where customer data lives, logs, backups and access, everything outside the promised region,
/// the request paths with Mermaid diagrams, and the exceptions and findings. Every map string is
/// escaped (`MarkdownEscaping`); the same map and day give the same text.
public struct MarkdownExporter: Sendable {
    /// Where the appendix goes.
    public enum Appendix: Sendable {
        /// Not written: the one page only.
        case none
        /// After the page, behind a rule and an "Appendix" heading, in the same text.
        case inline
    }

    public var catalogue: RegionCatalogue
    /// The day exceptions and reviews are judged against.
    public var today: ISODate

    public init(catalogue: RegionCatalogue = .standard, today: ISODate) {
        self.catalogue = catalogue
        self.today = today
    }

    /// Evaluates the map, then writes the page (and the appendix, if asked).
    public func render(_ map: ResidencyMap, appendix: Appendix = .none) -> String {
        let parts = renderParts(map, appendix: appendix != .none)
        return appendix == .none ? parts.page : ApprovalNoteWriter.joined(page: parts.page, appendix: parts.appendix)
    }

    /// Writes from an evaluation already made for this map; the evaluation's day is used.
    public func render(_ map: ResidencyMap, evaluation: Evaluation, appendix: Appendix = .none) -> String {
        let implied = ImpliedClaims.evaluate(map, today: evaluation.today, catalogue: catalogue)
        let context = ExportContext(map: map, evaluation: evaluation, implied: implied, catalogue: catalogue, index: nil)
        return ApprovalNoteWriter.write(context, appendix: appendix != .none)
    }

    /// The page and the appendix as two texts, from one evaluation (the appendix is empty when
    /// `appendix` is false). The appendix starts with its own heading.
    public func renderParts(_ map: ResidencyMap, appendix: Bool = true) -> (page: String, appendix: String) {
        let evaluator = ResidencyEvaluator(catalogue: catalogue, today: today)
        let (evaluation, implied) = ImpliedClaims.evaluate(map, evaluator: evaluator)
        // The evaluation was made here, of this map with this catalogue: its index can be shared.
        let context = ExportContext(map: map, evaluation: evaluation, implied: implied, catalogue: catalogue, index: evaluation.index)
        return (ApprovalNoteWriter.writePage(context), appendix ? ApprovalNoteWriter.writeAppendix(context) : "")
    }
}
