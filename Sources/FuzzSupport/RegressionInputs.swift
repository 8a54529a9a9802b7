import Foundation

/// Inputs that once made resmap fail, kept so `swift test` runs them all (docs/fuzzing.md).
public enum RegressionInputs {
    /// The folder, from the package root.
    public static let folder = "Tests/ResidencyModelTests/Fuzz/Regressions"
}

/// What a regression input must do besides passing `InputCheck`, written in comment lines at the
/// top of the input itself, or in `NAME.expect` beside `NAME.yaml` when the input cannot start
/// with a comment (a byte-order mark, say):
///
///     # expect: refused
///     # message: is not a location resmap knows
///     # no message: did you mean
///
/// `expect:` is `loads`, `refused` or `unreadable` (without it, any of them passes); each
/// `message:` must appear in some diagnostic (or the unreadable reason), and no `no message:` in
/// any. Other comment lines are free text.
public struct RegressionExpectation: Sendable, Equatable {
    public var outcome: CheckResult.Outcome?
    public var messages: [String] = []
    public var absentMessages: [String] = []

    public init(outcome: CheckResult.Outcome? = nil, messages: [String] = [], absentMessages: [String] = []) {
        self.outcome = outcome
        self.messages = messages
        self.absentMessages = absentMessages
    }

    /// The expectation of the input at `path`: its sidecar's if there is one, else its own top
    /// comment lines. An `expect:` naming no outcome throws: a typo must not pass silently.
    public static func of(fileAt path: String) throws -> RegressionExpectation {
        let sidecar = (path as NSString).deletingPathExtension + ".expect"
        if let data = FileManager.default.contents(atPath: sidecar) {
            return try parse(String(decoding: data, as: UTF8.self))
        }
        let data = FileManager.default.contents(atPath: path) ?? Data()
        let top = data.split(separator: 0x0A, omittingEmptySubsequences: false).prefix { $0.first == 0x23 }
        return try parse(top.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n"))
    }

    public struct Malformed: Error, CustomStringConvertible {
        public var description: String
    }

    public static func parse(_ text: String) throws -> RegressionExpectation {
        var expectation = RegressionExpectation()
        for raw in text.split(separator: "\n") {
            let line = raw.drop(while: { $0 == "#" || $0 == " " })
            if let value = line.value(after: "expect:") {
                guard let outcome = CheckResult.Outcome(rawValue: value == "loads" ? "loaded" : value) else {
                    throw Malformed(description: "'expect: \(value)': say loads, refused or unreadable")
                }
                expectation.outcome = outcome
            } else if let value = line.value(after: "message:") {
                expectation.messages.append(value)
            } else if let value = line.value(after: "no message:") {
                expectation.absentMessages.append(value)
            }
        }
        return expectation
    }

    /// What `result` does that this expectation does not allow; empty when it meets it.
    public func violations(of result: CheckResult) -> [String] {
        var violations: [String] = []
        if let outcome, result.outcome != outcome {
            violations.append("expected \(outcome.rawValue), got \(result.outcome.rawValue)")
        }
        let texts = result.diagnostics.map { $0.message + " " + ($0.fix ?? "") } + [result.reason].compactMap { $0 }
        for message in messages where !texts.contains(where: { $0.contains(message) }) {
            violations.append("no diagnostic says '\(message)'")
        }
        for message in absentMessages where texts.contains(where: { $0.contains(message) }) {
            violations.append("a diagnostic says '\(message)'")
        }
        return violations
    }
}

private extension Substring {
    func value(after key: String) -> String? {
        guard hasPrefix(key) else { return nil }
        return dropFirst(key.count).trimmingCharacters(in: .whitespaces)
    }
}
