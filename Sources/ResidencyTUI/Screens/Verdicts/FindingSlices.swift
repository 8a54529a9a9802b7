import ResidencyModel

/// Where each severity's findings lie in `Evaluation.findings`, which lists them most severe
/// first. Found by binary search, so counting findings by severity or showing only one severity
/// costs the same for 30 findings or 30,000.
struct FindingSlices: Sendable, Hashable {
    let errors: Range<Int>
    let warnings: Range<Int>
    let info: Range<Int>

    init(_ findings: [Finding]) {
        let endOfErrors = Self.firstIndex(in: findings) { $0.severity < .error }
        let endOfWarnings = Self.firstIndex(in: findings) { $0.severity < .warning }
        errors = 0..<endOfErrors
        warnings = endOfErrors..<max(endOfErrors, endOfWarnings)
        info = max(endOfErrors, endOfWarnings)..<findings.count
    }

    /// The findings of one severity, or all of them.
    func range(for severity: Severity?) -> Range<Int> {
        switch severity {
        case .error: return errors
        case .warning: return warnings
        case .info: return info
        case nil: return errors.lowerBound..<info.upperBound
        }
    }

    func count(_ severity: Severity) -> Int { range(for: severity).count }

    /// The first index where `isPast` holds; it must hold for every later index too.
    private static func firstIndex(in findings: [Finding], where isPast: (Finding) -> Bool) -> Int {
        var low = 0
        var high = findings.count
        while low < high {
            let middle = low + (high - low) / 2
            if isPast(findings[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
