/// Writes the approval note section by section into one `MarkdownDocument`. Each section lives in
/// its own extension file (`ApprovalNote+Summary.swift`, ...), named for what it shows. A class,
/// used once per note: sections hand their helpers to closures thousands of times, and a struct
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

    func write() -> String {
        writeHeader()
        writeOneMinuteAnswers()
        writeClaimLists()
        document.rule()
        writeWhereDataLives()
        writeOperations()
        writeOutsideRegion()
        writeRequestPaths()
        writeRegister()
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
        }
    }

    /// The verdict as a symbol and plain words: "✗ broken".
    static func verdictWords(_ verdict: Verdict) -> Markup {
        Markup(trusted: "\(verdict.symbol) \(verdict.label)")
    }
}
