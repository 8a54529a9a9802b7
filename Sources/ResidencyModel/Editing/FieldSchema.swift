/// One field a form shows and `resmap set` changes: its key (as the file names it, dotted for
/// nested values: `evidence.how`), its label, the question it answers, and what it takes.
public struct FieldSchema: Sendable, Hashable {
    public var key: String
    public var label: String
    public var question: String
    public var type: FieldType
    public var required: Bool

    public init(_ key: String, _ label: String, _ type: FieldType, required: Bool = false, question: String) {
        self.key = key
        self.label = label
        self.type = type
        self.required = required
        self.question = question
    }
}

/// What a field takes. Every value is edited as text (lists comma-separated, so forms, pickers and
/// the command line share one spelling), and `FieldReader` parses it back.
public enum FieldType: Sendable, Hashable {
    case text
    case longText
    case id
    case integer(minimum: Int)
    case flag
    case date
    /// One word of a fixed vocabulary.
    case choice([String])
    /// Several words of a fixed vocabulary.
    case choices([String])
    /// The id of an item of a section.
    case reference(MapSection)
    /// Ids of items of a section.
    case references(MapSection)
    /// Location codes from the region catalogue, or `unknown`.
    case location
    /// A promised region: EU, EEA, country codes.
    case region
    /// ISO country codes.
    case countries
    case retention
    /// What an exception covers: `system:ID`, `role:ID`, `step:FLOW/N` or `copy:FROM->TO:KIND`.
    case target
    /// A team name: known ones offered, any word taken.
    case team

    /// Whether the field takes a list (and a picker may choose several).
    public var isList: Bool {
        switch self {
        case .choices, .references, .location, .countries, .region: return true
        default: return false
        }
    }
}

/// A field that could not be read, with the key so a form can show the message beside it.
public struct FieldError: Error, Sendable, Hashable, CustomStringConvertible {
    public var key: String
    public var message: String

    public init(key: String, message: String) {
        self.key = key
        self.message = message
    }

    public var description: String { "\(key): \(message)" }
}

/// Reads typed values out of a form's texts, each with a message that names the field.
public struct FieldReader: Sendable {
    public var texts: [String: String]

    public init(_ texts: [String: String]) {
        self.texts = texts
    }

    public func raw(_ key: String) -> String { texts[key] ?? "" }

    /// The text without surrounding spaces; nil when blank.
    public func optional(_ key: String) -> String? {
        let value = raw(key).trimmingCharacters(in: .whitespaces)
        return value.isEmpty ? nil : value
    }

    public func required(_ key: String, label: String) throws(FieldError) -> String {
        guard let value = optional(key) else { throw FieldError(key: key, message: "\(label) is required") }
        return value
    }

    public func id(_ key: String) throws(FieldError) -> String {
        let value = raw(key).trimmingCharacters(in: .whitespaces)
        if let problem = IDRules.problem(with: value) {
            throw FieldError(key: key, message: "the id \(problem): use letters, digits and dashes, such as 'db-main'")
        }
        return value
    }

    /// Comma-separated words (a YAML-style `[a, b]` is accepted too).
    public func list(_ key: String) -> [String] {
        FieldText.words(raw(key))
    }

    /// Hex digits (a fingerprint, a git commit) of a length in `lengths`, lower-cased; nil when blank.
    public func hex(_ key: String, lengths: ClosedRange<Int>) throws(FieldError) -> String? {
        guard let text = optional(key) else { return nil }
        guard lengths.contains(text.count), text.allSatisfy(\.isHexDigit) else {
            throw FieldError(key: key, message: "write \(lengths.lowerBound) to \(lengths.upperBound) hex digits, or leave it empty")
        }
        return text.lowercased()
    }

    public func integer(_ key: String, minimum: Int) throws(FieldError) -> Int? {
        guard let text = optional(key) else { return nil }
        guard let value = Int(text), value >= minimum else {
            throw FieldError(key: key, message: "write a whole number of at least \(minimum), or leave it empty")
        }
        return value
    }

    public func flag(_ key: String) throws(FieldError) -> Bool {
        guard let text = optional(key)?.lowercased() else { return false }
        switch text {
        case "yes", "true", "y", "on": return true
        case "no", "false", "n", "off": return false
        default: throw FieldError(key: key, message: "write yes or no")
        }
    }

    public func date(_ key: String) throws(FieldError) -> ISODate? {
        guard let text = optional(key) else { return nil }
        guard let day = ISODate(text) else {
            throw FieldError(key: key, message: "write a date as YYYY-MM-DD, such as 2026-12-31")
        }
        return day
    }

    public func choice<Value: RawRepresentable & CaseIterable>(_ key: String, _ type: Value.Type) throws(FieldError) -> Value
    where Value.RawValue == String {
        let text = raw(key).trimmingCharacters(in: .whitespaces)
        if let value = Value(rawValue: text) { return value }
        throw FieldError(key: key, message: FieldText.unknownWord(text, among: Value.allCases.map(\.rawValue)))
    }

    public func optionalChoice<Value: RawRepresentable & CaseIterable>(_ key: String, _ type: Value.Type) throws(FieldError) -> Value?
    where Value.RawValue == String {
        optional(key) == nil ? nil : try choice(key, type)
    }

    public func choices<Value: RawRepresentable & CaseIterable & Equatable>(_ key: String, _ type: Value.Type) throws(FieldError) -> [Value]
    where Value.RawValue == String {
        var values: [Value] = []
        for word in list(key) {
            guard let value = Value(rawValue: word) else {
                throw FieldError(key: key, message: FieldText.unknownWord(word, among: Value.allCases.map(\.rawValue)))
            }
            if !values.contains(value) { values.append(value) }
        }
        return values
    }

    public func location(_ key: String) throws(FieldError) -> Location {
        let codes = list(key)
        if codes.isEmpty { throw FieldError(key: key, message: "name where it runs (aws:eu-central-1, DE), or write unknown") }
        if codes.count == 1, codes[0].lowercased() == "unknown" { return .unknown }
        return .places(codes)
    }

    public func retention(_ key: String) throws(FieldError) -> Retention? {
        guard let text = optional(key) else { return nil }
        guard let retention = Retention(parsing: text) else {
            throw FieldError(key: key, message: "write how long, such as 30 days, 13 months, 7 years or indefinite")
        }
        return retention
    }

    public func target(_ key: String) throws(FieldError) -> ExceptionTarget {
        let text = raw(key).trimmingCharacters(in: .whitespaces)
        if let target = FieldText.target(text) { return target }
        throw FieldError(key: key, message: "write system:ID, role:ID, step:FLOW/N or copy:FROM->TO:KIND")
    }

    /// A step's `from`: a step number (0 for the start) or a system id; nil when empty.
    public func origin(_ key: String) throws(FieldError) -> StepOrigin? {
        guard let text = optional(key) else { return nil }
        if let problem = IDRules.problem(with: text) {
            throw FieldError(key: key, message: "the step number or system id \(problem)")
        }
        return StepOrigin(text: text)
    }
}

/// The text spelling of values, shared by forms, pickers and the command line.
public enum FieldText {
    public static func list(_ values: [String]) -> String { values.joined(separator: ", ") }

    public static func words(_ text: String) -> [String] {
        var trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("["), trimmed.hasSuffix("]") { trimmed = String(trimmed.dropFirst().dropLast()) }
        return trimmed.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    public static func location(_ location: Location) -> String {
        location.isUnknown ? "unknown" : list(location.codes)
    }

    public static func flag(_ value: Bool) -> String { value ? "yes" : "no" }

    public static func target(_ target: ExceptionTarget) -> String {
        switch target {
        case .system(let id): return "system:\(id)"
        case .role(let id): return "role:\(id)"
        case .flowStep(let flow, let step): return "step:\(flow)/\(step)"
        case .copy(let from, let to, let kind): return "copy:\(from)->\(to):\(kind.rawValue)"
        }
    }

    public static func target(_ text: String) -> ExceptionTarget? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let kind = text[..<colon]
        let rest = String(text[text.index(after: colon)...])
        guard !rest.isEmpty else { return nil }
        switch kind {
        case "system": return .system(rest)
        case "role": return .role(rest)
        case "step", "flow":
            guard let slash = rest.lastIndex(of: "/"), let step = Int(rest[rest.index(after: slash)...]) else { return nil }
            let flow = String(rest[..<slash])
            return flow.isEmpty ? nil : .flowStep(flow: flow, step: step)
        case "copy":
            // copy:FROM->TO:KIND, as check reports name copies.
            guard let arrow = rest.range(of: "->"), let colon = rest.lastIndex(of: ":"), colon > arrow.upperBound,
                  let kind = CopyKind(rawValue: String(rest[rest.index(after: colon)...])) else { return nil }
            let from = String(rest[..<arrow.lowerBound])
            let to = String(rest[arrow.upperBound..<colon])
            return from.isEmpty || to.isEmpty ? nil : .copy(from: from, to: to, kind: kind)
        default: return nil
        }
    }

    static func unknownWord(_ word: String, among words: [String]) -> String {
        if let near = Suggestions.closest(to: word, in: words) {
            return "\(UserText.quoted(word)) is not one of the choices: did you mean '\(near)'?"
        }
        return "choose one of \(words.joined(separator: ", "))"
    }
}
