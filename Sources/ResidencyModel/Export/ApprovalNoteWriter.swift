import Dispatch
import Foundation

/// Writes the approval note section by section into `MarkdownDocument`s. Each section lives in
/// its own extension file (`ApprovalNote+Summary.swift`, ...), named for what it shows. A class,
/// used for one note: sections hand their helpers to closures thousands of times, and a struct
/// this size would be copied each time.
final class ApprovalNoteWriter {
    let context: ExportContext
    var document = MarkdownDocument()
    /// Exceptions by id (the first of a duplicated id wins, as in the engine).
    let exceptionsByID: [String: ClaimException]
    /// Flow positions by id (the first of a duplicated id wins).
    let flowPosition: [String: Int]
    /// Inventory cells by system position, filled as the tables are written.
    var inventoryCache: [InventoryCells?]
    /// Request-path words by system position, filled as the flows are written.
    var hopCache: [HopWords?]
    /// How much the page names before "and N more".
    var limits = PageLimits.tiers[0]

    init(context: ExportContext) {
        self.context = context
        var byID: [String: ClaimException] = [:]
        for exception in context.map.exceptions where byID[exception.id] == nil {
            byID[exception.id] = exception
        }
        self.exceptionsByID = byID
        var flows: [String: Int] = [:]
        for (position, flow) in context.map.flows.enumerated() where flows[flow.id] == nil {
            flows[flow.id] = position
        }
        self.flowPosition = flows
        self.inventoryCache = Array(repeating: nil, count: context.map.systems.count)
        self.hopCache = Array(repeating: nil, count: context.map.systems.count)
    }

    var map: ResidencyMap { context.map }
    var evaluation: Evaluation { context.evaluation }
    var catalogue: RegionCatalogue { context.catalogue }
    var today: ISODate { context.today }

    /// The note's sections. The page (`pageParts`) is what a reviewer signs; the appendix
    /// (`appendixParts`) keeps every row.
    enum Section {
        case header, offeringAnswers, claimLists, signOffExceptions, whereItGoes, outsideSummary, pageEnd
        case appendixHeading, answers, allClaimLists, whereDataLives, operations, outsideRegion, requestPaths, register
    }

    static let pageParts: [Section] = [
        .header, .offeringAnswers, .claimLists, .signOffExceptions, .whereItGoes, .outsideSummary, .pageEnd,
    ]

    static let appendixParts: [[Section]] = [
        [.appendixHeading, .answers, .allClaimLists], [.whereDataLives, .operations], [.outsideRegion], [.requestPaths], [.register],
    ]

    /// On a large map, which of two threads writes each appendix part: the claim-by-claim answers
    /// and the outside-the-region lists on one, the tables, request paths and register on the other.
    static let lanes = [0, 1, 0, 1, 1]

    /// Maps with at least this many systems have their appendix written on two threads.
    static let parallelSystems = 500

    /// The one-page note: written with the most detail that fits `PageBudget`, then with fewer
    /// items per list until it fits.
    static func writePage(_ context: ExportContext) -> String {
        let writer = ApprovalNoteWriter(context: context)
        var text = ""
        for limits in PageLimits.tiers {
            writer.limits = limits
            text = writer.text(of: pageParts)
            if PageBudget.estimatedLines(text) <= PageBudget.lines { break }
        }
        return text
    }

    /// The appendix: every table, path and finding. Every part is its own document; blocks are
    /// separated by one blank line, so joining the parts with one gives the same text as writing
    /// them into one document. `sideBySide` forces one or two threads (nil: two from
    /// `parallelSystems` systems on).
    static func writeAppendix(_ context: ExportContext, sideBySide: Bool? = nil) -> String {
        guard sideBySide ?? (context.map.systems.count >= parallelSystems) else {
            let writer = ApprovalNoteWriter(context: context)
            return appendixParts.map(writer.text).joined(separator: "\n")
        }
        let texts = NoteParts(count: appendixParts.count)
        DispatchQueue.concurrentPerform(iterations: 2) { lane in
            let writer = ApprovalNoteWriter(context: context)
            for (i, part) in appendixParts.enumerated() where lanes[i] == lane {
                texts.set(i, writer.text(of: part))
            }
        }
        return texts.all.joined(separator: "\n")
    }

    /// The page, then (unless `appendix` is false) the appendix after a rule, in one text.
    static func write(_ context: ExportContext, sideBySide: Bool? = nil, appendix: Bool = true) -> String {
        let page = writePage(context)
        guard appendix else { return page }
        return joined(page: page, appendix: writeAppendix(context, sideBySide: sideBySide))
    }

    /// The page and the appendix in one text, a rule between them.
    static func joined(page: String, appendix: String) -> String {
        page + "\n" + pageBreak + "\n" + appendix
    }

    /// The thematic break between the page and the appendix: where a printer starts a new page.
    static let pageBreak = "---\n"

    /// One part of the note, in a document of its own.
    func text(of part: [Section]) -> String {
        document = MarkdownDocument()
        for section in part {
            switch section {
            case .header: writeHeader()
            case .offeringAnswers: writeOfferingAnswers()
            case .claimLists: writeClaimLists()
            case .signOffExceptions: writeSignOffExceptions()
            case .whereItGoes: writeWhereItGoes()
            case .outsideSummary: writeOutsideSummary()
            case .pageEnd: writePageEnd()
            case .appendixHeading: writeAppendixHeading()
            case .answers: writeOneMinuteAnswers()
            case .allClaimLists:
                let saved = limits
                limits.items = Int.max
                writeClaimLists(heading: "Every claim by use")
                limits = saved
            case .whereDataLives: writeWhereDataLives()
            case .operations: writeOperations()
            case .outsideRegion: writeOutsideRegion()
            case .requestPaths: writeRequestPaths()
            case .register: writeRegister()
            }
        }
        return document.text
    }

    // MARK: Shared wording

    /// The offerings in map order, then one stand-in per offering id that claims name but the
    /// map lacks, so no claim goes unlisted.
    var offeringsWithClaims: [(id: String, name: String, region: RegionSpec?)] {
        var result = map.offerings.map { (id: $0.id, name: $0.name, region: Optional($0.region)) }
        var known = Set(map.offerings.map(\.id))
        for claim in map.claims where !known.contains(claim.offering) {
            known.insert(claim.offering)
            result.append((id: claim.offering, name: claim.offering, region: nil))
        }
        return result
    }

    /// "EU", "Germany and Austria": a region as a name.
    func regionWords(_ region: RegionSpec) -> String {
        catalogue.describe(region)
    }

    /// "the EU", "the US", "Germany and Austria": a region as it reads after "outside".
    func regionPhrase(_ region: RegionSpec) -> String {
        Wording(catalogue: catalogue).regionPhrase(region)
    }

    /// "3 errors", "1 warning".
    static func count(_ n: Int, _ singular: String, _ plural: String) -> String {
        "\(n) \(n == 1 ? singular : plural)"
    }

    /// A list joined for a table cell; an empty list reads `none`.
    static func cellList(_ items: [String], separator: String = "; ", empty: String = "none") -> String {
        items.isEmpty ? empty : items.joined(separator: separator)
    }

    /// "approved by Priya Nair (Legal), expires 2027-03-31" for an exception.
    func approvalWords(_ exception: ClaimException) -> String {
        var words = "approved by \(exception.approvedBy)"
        if let on = exception.approvedOn { words += " on \(on)" }
        words += exception.expires.map { ", expires \($0)" } ?? ", no expiry"
        return words
    }

    /// What an exception covers, in words: "system Error tracking", "step 4 of Sign up (Identity provider)".
    func coverWords(_ target: ExceptionTarget) -> String {
        switch target {
        case .system(let id):
            return "system \(context.systemName(id))"
        case .role(let id):
            let name = context.index.rolePosition[id].map { map.roles[$0].name } ?? "\(id) (not in the map)"
            return "role \(name)"
        case .flowStep(let flowID, let step):
            guard let flow = flowPosition[flowID].map({ map.flows[$0] }) else {
                return "step \(step) of flow \(flowID) (not in the map)"
            }
            guard step >= 1, step <= flow.steps.count else {
                return "step \(step) of \(flow.name) (the flow has \(flow.steps.count) steps)"
            }
            return "step \(step) of \(flow.name) (\(context.systemName(flow.steps[step - 1].system)))"
        case .copy(let from, let to, let kind):
            return "the \(kind.label) copy of \(context.systemName(from)) to \(context.systemName(to))"
        }
    }

    /// The verdict as a symbol and plain words: "✗ broken".
    static func verdictWords(_ verdict: Verdict) -> Markup {
        Markup(trusted: "\(verdict.symbol) \(verdict.label)")
    }
}

/// The note's parts as two threads finish them. `@unchecked Sendable` because of its mutable
/// array: every read and write happens under `lock`.
private final class NoteParts: @unchecked Sendable {
    private let lock = NSLock()
    private var texts: [String]

    init(count: Int) {
        texts = Array(repeating: "", count: count)
    }

    func set(_ index: Int, _ text: String) { lock.withLock { texts[index] = text } }
    var all: [String] { lock.withLock { texts } }
}
