/// JSON written straight into a `TextSink` as UTF-8, in the layout Foundation's `JSONEncoder`
/// gives with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`: two-space indentation,
/// `"key" : value`, an empty array or object as its brackets around a blank line, `"`, `\` and
/// control characters escaped (`\n`, `\u001b`), everything else as written. An object written
/// with `inlineObject` goes on one line without spaces, as the encoder writes without
/// `.prettyPrinted`: the reports list thousands of breaches that way, one per line.
///
/// Callers write each object's keys in ascending byte order, as `.sortedKeys` would. Tests
/// compare whole reports, decoded, with what the encoder makes of the same values.
///
/// Bytes collect in a small buffer that goes to the sink between values, so a large export is
/// never held in memory: it is as long as the sink keeps it.
struct JSONText {
    private let sink: TextSink
    private var bytes: [UInt8] = []
    private var depth = 0
    /// Per open container: whether it has an element yet.
    private var started: [Bool] = []
    /// How many open containers are inline (one line, no spaces); inner ones are inline too.
    private var inlineDepth = 0

    private static let chunk = 1 << 16

    init(into sink: TextSink) {
        self.sink = sink
        bytes.reserveCapacity(Self.chunk + (1 << 12))
    }

    /// The text `body` writes, with `suffix` after it, collected into a string.
    static func string(appending suffix: String, _ body: (inout JSONText) -> Void) -> String {
        StringSink.collect { sink in
            var json = JSONText(into: sink)
            body(&json)
            json.finish(appending: suffix)
        }
    }

    /// Writes `suffix` and hands everything left in the buffer to the sink.
    mutating func finish(appending suffix: String) {
        bytes.append(contentsOf: suffix.utf8)
        flush()
    }

    private mutating func flush() {
        guard !bytes.isEmpty else { return }
        bytes.withUnsafeBytes { sink.write($0) }
        bytes.removeAll(keepingCapacity: true)
    }

    // MARK: Containers

    /// An object; `body` writes its fields with `field(_:)` and the typed shorthands, keys in order.
    mutating func object(_ body: (inout JSONText) -> Void) {
        open(0x7B)
        body(&self)
        close(0x7D)
    }

    /// An object on one line, without spaces (`{"a":1,"b":["x"]}`), and everything inside it.
    mutating func inlineObject(_ body: (inout JSONText) -> Void) {
        inlineDepth += 1
        object(body)
        inlineDepth -= 1
    }

    /// An array of `items`, each written by `each`.
    mutating func array<S: Sequence>(_ items: S, _ each: (inout JSONText, S.Element) -> Void) {
        open(0x5B)
        for item in items {
            element()
            each(&self, item)
        }
        close(0x5D)
    }

    /// An array of strings.
    mutating func array(_ strings: [String]) {
        array(strings) { $0.string($1) }
    }

    /// Starts a field: its key; the caller writes the value next.
    mutating func field(_ key: StaticString) {
        element()
        bytes.append(0x22)
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        if inlineDepth > 0 {
            bytes.append(contentsOf: [0x22, 0x3A])
        } else {
            bytes.append(contentsOf: [0x22, 0x20, 0x3A, 0x20])
        }
    }

    mutating func field(_ key: StaticString, _ value: String) {
        field(key)
        string(value)
    }

    /// A field left out when the value is nil, as the encoder leaves out absent optionals.
    mutating func field(_ key: StaticString, _ value: String?) {
        if let value { field(key, value) }
    }

    mutating func field(_ key: StaticString, _ value: Int) {
        field(key)
        int(value)
    }

    mutating func field(_ key: StaticString, _ value: Int?) {
        if let value { field(key, value) }
    }

    mutating func field(_ key: StaticString, _ value: Bool) {
        field(key)
        bool(value)
    }

    mutating func field(_ key: StaticString, _ value: [String]) {
        field(key)
        array(value)
    }

    mutating func field(_ key: StaticString, _ value: [String]?) {
        if let value { field(key, value) }
    }

    // MARK: Values

    mutating func string(_ value: String) {
        bytes.append(0x22)
        let utf8 = value.utf8
        // 0xC2, 0xD8 and 0xE2 lead the UTF-8 of C1 controls, the Arabic letter mark (U+061C) and
        // the other bidi controls: only then look closer.
        if utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C && $0 != 0xC2 && $0 != 0xD8 && $0 != 0xE2 }) {
            bytes.append(contentsOf: utf8)
        } else {
            for scalar in value.unicodeScalars {
                if Self.escapesForTerminals(scalar) {
                    let hex = Array("0123456789abcdef".utf8)
                    let v = Int(scalar.value)
                    bytes.append(contentsOf: [0x5C, 0x75, hex[v >> 12 & 0xF], hex[v >> 8 & 0xF], hex[v >> 4 & 0xF], hex[v & 0xF]])
                } else if scalar.value < 0x80 {
                    escape(UInt8(scalar.value))
                } else {
                    bytes.append(contentsOf: String(scalar).utf8)
                }
            }
        }
        bytes.append(0x22)
    }

    /// C1 controls and bidi controls, which JSON allows raw but a terminal showing the file would
    /// obey: written as `\u` escapes (same value to every JSON reader), so a JSON file shown in a
    /// terminal is as safe as the text output.
    static func escapesForTerminals(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x80...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// `text` with every character `escapesForTerminals` names written as a `\u` escape: what
    /// this writer does inside strings, for comparing with Foundation's encoder, which keeps them raw.
    static func escapingForTerminals(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if escapesForTerminals(scalar) {
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    mutating func int(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func bool(_ value: Bool) {
        bytes.append(contentsOf: value ? "true".utf8 : "false".utf8)
    }

    // MARK: Layout

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        started.append(false)
        depth += 1
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        let hadElements = started.popLast() ?? false
        if inlineDepth == 0 {
            bytes.append(0x0A)
            if !hadElements { bytes.append(0x0A) }
            indent()
        }
        bytes.append(bracket)
    }

    /// Before each element or field: a comma after the previous one, then (unless inline) a new
    /// line and the indent. Between two values, so the buffer is handed on between values.
    private mutating func element() {
        if bytes.count >= Self.chunk { flush() }
        if let last = started.indices.last {
            if started[last] { bytes.append(0x2C) }
            started[last] = true
        }
        if inlineDepth == 0 {
            bytes.append(0x0A)
            indent()
        }
    }

    private mutating func indent() {
        bytes.append(contentsOf: repeatElement(0x20, count: depth * 2))
    }

    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
        case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
        case 0x08: bytes.append(contentsOf: [0x5C, 0x62])
        case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
        case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
        case 0x0C: bytes.append(contentsOf: [0x5C, 0x66])
        case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
        case ..<0x20:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
        default:
            bytes.append(byte)
        }
    }
}
