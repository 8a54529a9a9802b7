import Foundation
import ResidencyModel

/// What one input did, and every rule it broke.
public struct CheckResult: Sendable {
    public enum Outcome: String, Sendable, CaseIterable {
        /// It decoded into a map (which then went through the evaluator and every exporter).
        case loaded
        /// It was refused with diagnostics.
        case refused
        /// It could not be read at all (not UTF-8).
        case unreadable
    }

    public var outcome: Outcome
    /// The diagnostics of a refused input (empty otherwise), for expectations.
    public var diagnostics: [Diagnostic]
    /// The reason an unreadable input gave.
    public var reason: String?
    /// Each broken rule, one line each; empty when the input behaved.
    public var violations: [String]
    /// How long each stage took, in order, for finding what is slow (`--reproduce` prints them).
    public var stages: [(name: String, seconds: Double)] = []
}

/// One input through resmap's public entry points, the same way the command line goes: the file
/// read from disk (`MapFile.read`) and its text decoded (`MapFile.decode`), then, for a map that
/// loads, the evaluator, the `check` report and the three exports. Only public API is used, so the
/// checks keep working whatever the loader does inside.
///
/// A crash, a hang or a memory blow-up is for the runner to see; this reports what a finished run
/// got wrong:
/// - the two entry points disagree;
/// - a refusal with no diagnostic, or a diagnostic without a position or a message;
/// - a message, a `check` report or a reason that would reach the terminal with unsafe characters
///   (`TerminalText`: control, escape, bidi and invisible characters);
/// - JSON export that does not parse, or holds raw C0, C1 or bidi controls (docs/export.md);
/// - Markdown or CSV export holding raw control or bidi characters;
/// - a map whose canonical save does not load back as the same map.
public struct InputCheck: Sendable {
    /// A fixed day, so exceptions and reviews are judged the same on every run.
    public static let today = ISODate(year: 2026, month: 11, day: 1) ?? ISODate(dayNumber: 0)

    public init() {}

    /// Runs `body`, adding its time to `stages` under `name`.
    private static func timed<T>(_ name: String, _ stages: inout [(name: String, seconds: Double)], _ body: () throws -> T) rethrows -> T {
        let clock = ContinuousClock()
        let start = clock.now
        defer {
            let elapsed = clock.now - start
            stages.append((name, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18))
        }
        return try body()
    }

    /// Checks the input held in the file at `path`.
    public func check(fileAt path: String) -> CheckResult {
        var stages: [(name: String, seconds: Double)] = []
        let fromFile = Self.timed("MapFile.read", &stages) { MapFile.read(path: path) }
        var violations: [String] = []
        // An unreadable file (too large, not UTF-8) has no text to compare with.
        if !fromFile.isUnreadable, let data = FileManager.default.contents(atPath: path),
           let text = String(validating: data, as: UTF8.self) {
            let fromText = Self.timed("MapFile.decode", &stages) { MapFile.decode(yaml: text, fileName: path) }
            if let difference = Self.difference(fromFile, fromText) {
                violations.append("MapFile.read(path:) and MapFile.decode(yaml:) disagree: \(difference)")
            }
        }
        switch fromFile {
        case .success(let map):
            violations += check(map: map, stages: &stages)
            return CheckResult(outcome: .loaded, diagnostics: [], reason: nil, violations: violations, stages: stages)
        case .problems(let diagnostics):
            if diagnostics.isEmpty { violations.append("refused with no diagnostic") }
            for diagnostic in diagnostics {
                if diagnostic.position == nil { violations.append("a diagnostic has no position: \(Self.shown(diagnostic.message))") }
                if diagnostic.message.isEmpty { violations.append("a diagnostic has no message") }
                if !Self.isTerminalSafe(diagnostic.description) {
                    violations.append("a diagnostic would print unsafe characters: \(Self.shown(diagnostic.description))")
                }
            }
            return CheckResult(outcome: .refused, diagnostics: diagnostics, reason: nil, violations: violations, stages: stages)
        case .unreadable(let reason):
            if reason.isEmpty { violations.append("unreadable with no reason") }
            if !Self.isTerminalSafe(reason) { violations.append("the reason would print unsafe characters: \(Self.shown(reason))") }
            return CheckResult(outcome: .unreadable, diagnostics: [], reason: reason, violations: violations, stages: stages)
        }
    }

    /// The evaluator, the `check` report, every export and the canonical save of a loaded map.
    public func check(map: ResidencyMap) -> [String] {
        var stages: [(name: String, seconds: Double)] = []
        return check(map: map, stages: &stages)
    }

    private func check(map: ResidencyMap, stages: inout [(name: String, seconds: Double)]) -> [String] {
        var violations: [String] = []
        let evaluation = Self.timed("evaluate", &stages) { ResidencyEvaluator(today: Self.today).evaluate(map) }

        let report = Self.timed("check report", &stages) { CheckTextReport(style: .plain).render(evaluation, map: map, fileName: "map.yaml") }
        if !Self.isTerminalSafe(report) {
            violations.append("the check report would print unsafe characters: \(Self.firstUnsafeLine(report))")
        }

        let markdown = Self.timed("Markdown export", &stages) {
            MarkdownExporter(today: Self.today).render(map, evaluation: evaluation, appendix: .inline)
        }
        if let scalar = markdown.unicodeScalars.first(where: { Self.isRawControl($0, allowing: ["\n"]) }) {
            violations.append("the Markdown export holds a raw \(Self.codePoint(scalar))")
        }

        do {
            let json = try Self.timed("JSON export", &stages) { try JSONExporter(today: Self.today).render(map, evaluation: evaluation) }
            if let scalar = json.unicodeScalars.first(where: { Self.isRawControl($0, allowing: ["\n"]) }) {
                violations.append("the JSON export holds a raw \(Self.codePoint(scalar))")
            }
            do {
                _ = try JSONSerialization.jsonObject(with: Data(json.utf8))
            } catch {
                violations.append("the JSON export does not parse: \(error)")
            }
        } catch {
            violations.append("the JSON export failed: \(error)")
        }

        do {
            let csv = try Self.timed("CSV export", &stages) { try CSVExporter().render(map) }
            if let scalar = csv.unicodeScalars.first(where: { Self.isRawControl($0, allowing: ["\n", "\r"]) }) {
                violations.append("the CSV export holds a raw \(Self.codePoint(scalar))")
            }
        } catch {
            violations.append("the CSV export failed: \(error)")
        }

        do {
            let saved = try Self.timed("canonical save", &stages) { try MapFile.encode(map) }
            switch Self.timed("reload of the save", &stages, { MapFile.decode(yaml: saved, fileName: "saved.yaml") }) {
            case .success(let reloaded):
                if reloaded != map { violations.append("the canonical save loads back as a different map") }
            case .problems(let diagnostics):
                violations.append("the canonical save does not load: \(diagnostics.first.map { Self.shown($0.description) } ?? "")")
            case .unreadable(let reason):
                violations.append("the canonical save is unreadable: \(reason)")
            }
        } catch {
            violations.append("the canonical save failed: \(error)")
        }
        return violations
    }

    /// Where two read results differ, in words, or nil when they agree.
    static func difference(_ left: MapReadResult, _ right: MapReadResult) -> String? {
        switch (left, right) {
        case (.success(let a), .success(let b)): return a == b ? nil : "both load, as different maps"
        case (.problems(let a), .problems(let b)): return a == b ? nil : "different diagnostics"
        case (.unreadable(let a), .unreadable(let b)): return a == b ? nil : "different reasons"
        default: return "\(name(left)) against \(name(right))"
        }
    }

    private static func name(_ result: MapReadResult) -> String {
        switch result {
        case .success: return "loads"
        case .problems: return "refused"
        case .unreadable: return "unreadable"
        }
    }

    /// What the terminal may be sent: the one sanitizer leaves it unchanged (line breaks kept).
    static func isTerminalSafe(_ text: String) -> Bool {
        TerminalText.sanitize(text, keepingNewlines: true) == text
    }

    /// C0 and C1 controls, DEL and bidi controls, which no export may write raw.
    static func isRawControl(_ scalar: Unicode.Scalar, allowing allowed: Set<Unicode.Scalar>) -> Bool {
        if allowed.contains(scalar) { return false }
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    private static func firstUnsafeLine(_ text: String) -> String {
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).first { !isTerminalSafe(String($0)) }
        return shown(String(line ?? ""))
    }

    private static func codePoint(_ scalar: Unicode.Scalar) -> String {
        "U+" + String(String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4))
    }

    /// Text made safe and short for a one-line report.
    static func shown(_ text: String) -> String {
        let safe = TerminalText.sanitize(text)
        return safe.count > 200 ? String(safe.prefix(200)) + "…" : safe
    }
}

private extension MapReadResult {
    var isUnreadable: Bool {
        if case .unreadable = self { return true }
        return false
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
