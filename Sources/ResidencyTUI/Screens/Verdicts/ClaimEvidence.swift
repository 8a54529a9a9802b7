import ResidencyModel

/// What stands behind one claim's verdict, as the Claims screen lists it: its breaches (open ones
/// and those an exception covers, in the engine's order) and, in a section of their own, the
/// things nobody has confirmed. Holds the result's arrays, so building one copies nothing.
struct ClaimEvidence {
    static let breachSection = 0
    static let uncertaintySection = 1

    let result: ClaimResult
    let breaches: [Breach]
    let uncertainties: [Uncertainty]

    init(_ result: ClaimResult) {
        self.result = result
        self.breaches = result.breaches
        self.uncertainties = result.uncertainties
    }

    var rows: SectionedRows { SectionedRows([breaches.count, uncertainties.count]) }

    /// The map element behind an item: where Enter goes.
    func element(section: Int, index: Int) -> MapElement? {
        switch section {
        case Self.breachSection: return breaches.indices.contains(index) ? breaches[index].subject : nil
        case Self.uncertaintySection: return uncertainties.indices.contains(index) ? uncertainties[index].subject : nil
        default: return nil
        }
    }

    /// The element on a drawn row, if the row shows an item.
    func element(atRow row: Int) -> MapElement? {
        guard case .item(let section, let index)? = rows.entry(at: row) else { return nil }
        return element(section: section, index: index)
    }

    // MARK: Drawing

    /// The width of the aspect column: "processing" is the longest.
    static let aspectWidth = ClaimScope.allCases.map { $0.rawValue.count }.max() ?? 10

    func heading(section: Int, theme: Theme) -> Line {
        switch section {
        case Self.breachSection:
            return Line(" Breaches (\(breaches.count))", style: theme.heading)
        default:
            return Line(" Not confirmed (\(uncertainties.count))", style: theme.heading)
        }
    }

    /// One row: a symbol (✗ open, ~ covered, ? not confirmed), the aspect, then what happens.
    /// Covered and lapsed breaches name their exception and its expiry first, so they show
    /// however narrow the row. (Finding the exception looks through the map's exceptions, a
    /// short list, for those rows only.)
    func line(section: Int, index: Int, map: ResidencyMap, theme: Theme) -> Line {
        if section == Self.breachSection, breaches.indices.contains(index) {
            let breach = breaches[index]
            var line = Line()
            if let id = breach.coveredBy {
                line.append("\(Verdict.holdsWithExceptions.symbol) ", style: theme.warning)
                line.append(Self.aspect(breach.aspect), style: theme.muted)
                let until = Self.exception(id, in: map)?.expires.map { " until \($0)" } ?? ""
                line.append("covered by \(id)\(until) · ", style: theme.warning)
            } else {
                line.append("\(Verdict.broken.symbol) ", style: theme.bad)
                line.append(Self.aspect(breach.aspect), style: theme.muted)
                if let id = breach.lapsedException {
                    let on = Self.exception(id, in: map)?.expires.map { " \($0)" } ?? ""
                    line.append("\(id) expired\(on) · ", style: theme.bad)
                }
            }
            line.append(breach.message, style: theme.text)
            return line
        }
        if section == Self.uncertaintySection, uncertainties.indices.contains(index) {
            let uncertainty = uncertainties[index]
            return Line([
                Span("\(Verdict.unknown.symbol) ", style: theme.unknown),
                Span(Self.aspect(uncertainty.aspect), style: theme.muted),
                Span(uncertainty.message, style: theme.text),
            ])
        }
        return Line()
    }

    /// A title for the selected item's own box: "✗ storage · system snapshot-archive".
    func title(atRow row: Int, theme: Theme) -> Line? {
        guard case .item(let section, let index)? = rows.entry(at: row),
              let element = element(section: section, index: index) else { return nil }
        let symbol: Span
        let aspect: ClaimScope?
        if section == Self.breachSection {
            let breach = breaches[index]
            symbol = breach.isCovered
                ? Span(Verdict.holdsWithExceptions.symbol, style: theme.warning)
                : Span(Verdict.broken.symbol, style: theme.bad)
            aspect = breach.aspect
        } else {
            symbol = Span(Verdict.unknown.symbol, style: theme.unknown)
            aspect = uncertainties[index].aspect
        }
        return Line([symbol, Span(" \(aspect?.rawValue ?? "claim") · \(ElementWords.describe(element))", style: theme.title)])
    }

    static func exception(_ id: String, in map: ResidencyMap) -> ClaimException? {
        map.exceptions.first { $0.id == id }
    }

    /// Everything about the item on `row`, for the strip under the list: the whole message, where
    /// Enter goes, and the exception that covers it (who approved it, until when, why).
    func detail(atRow row: Int, map: ResidencyMap, theme: Theme) -> [Line] {
        guard case .item(let section, let index)? = rows.entry(at: row),
              let element = element(section: section, index: index) else { return [] }
        let destination = ScreenID.home(of: element)
        let enter = Line("Enter opens \(destination.title): \(ElementWords.describe(element))", style: theme.muted)
        guard section == Self.breachSection else { return [Line(uncertainties[index].message, style: theme.text), enter] }
        let breach = breaches[index]
        var lines = [Line(breach.message, style: theme.text), enter]
        // Last, as it may run long: the exception's approval and reason.
        if let id = breach.coveredBy ?? breach.lapsedException {
            lines.append(Self.exceptionLine(id, covers: breach.isCovered, map: map, theme: theme))
        }
        return lines
    }

    /// "ex-canada-leads: approved by Priya Nair (Legal) on 2026-08-20, until 2027-03-31. Two senior leads …"
    static func exceptionLine(_ id: String, covers: Bool, map: ResidencyMap, theme: Theme) -> Line {
        let style = covers ? theme.warning : theme.bad
        guard let exception = exception(id, in: map) else {
            return Line("\(id): not in the map", style: style)
        }
        var text = "\(id): approved by \(exception.approvedBy)"
        if let approved = exception.approvedOn { text += " on \(approved)" }
        if let expires = exception.expires {
            text += covers ? ", until \(expires). " : ", expired on \(expires). "
        } else {
            text += ", no expiry. "
        }
        return Line([Span(text, style: style), Span(exception.reason, style: theme.text)])
    }

    static func aspect(_ aspect: ClaimScope?) -> String {
        TextFitting.pad(aspect?.rawValue ?? "claim", to: aspectWidth) + "  "
    }
}

/// A map element in words, by the ids the file uses: "system snapshot-archive",
/// "step 3 of flow signup".
enum ElementWords {
    static func describe(_ element: MapElement) -> String {
        switch element {
        case .map: return "the map header"
        case .offering(let id): return "offering \(id)"
        case .claim(let id): return "claim \(id)"
        case .system(let id): return "system \(id)"
        case .copy(let from, let to, let kind): return "copy \(from) \(Symbols.arrow) \(to) (\(kind.rawValue))"
        case .role(let id): return "role \(id)"
        case .access(let role, let system): return "access of \(role) to \(system)"
        case .flow(let id): return "flow \(id)"
        case .flowStep(let flow, let step): return "step \(step) of flow \(flow)"
        case .exception(let id): return "exception \(id)"
        case .systemKind(let kind): return "systems of kind \(kind.rawValue)"
        }
    }
}
