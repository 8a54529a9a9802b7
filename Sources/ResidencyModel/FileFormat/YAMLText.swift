import Yams

/// Chooses how a piece of text is written so that every YAML reader gets the same string back.
///
/// libyaml's emitter already quotes text that would break YAML syntax (`: `, ` #`, a leading `-`,
/// leading or trailing spaces, control characters). It does not know which plain words other
/// readers resolve to other types: YAML 1.1 (PyYAML, Ruby, older Go) reads `NO` and `on` as
/// booleans, `12:30` as a number and `2026-10-01` as a date. Those are quoted here.
enum YAMLText {
    /// Plain words that some YAML reader takes for null, a boolean, infinity or a special key.
    private static let reservedWords: Set<String> = [
        "", "~", "null", "y", "n", "yes", "no", "true", "false", "on", "off",
        ".inf", "-.inf", "+.inf", ".nan", "<<", "=",
    ]

    /// Characters a decimal number, a float, a sexagesimal (`12:30`) or a date is made of.
    private static func isNumberCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: ":"),
             UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "e"), UInt8(ascii: "E"):
            return true
        default:
            return false
        }
    }

    /// Whether a plain scalar with this text could be read as something other than this string.
    static func needsQuotes(_ text: String) -> Bool {
        let bytes = text.utf8
        guard let first = bytes.first else { return true }
        if bytes.count <= 6, reservedWords.contains(text.lowercased()) { return true }
        var rest = Substring(text).utf8[...]
        if first == UInt8(ascii: "+") || first == UInt8(ascii: "-") { rest = rest.dropFirst() }
        guard let lead = rest.first else { return false }
        let startsLikeNumber = (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(lead) || lead == UInt8(ascii: ".")
        guard startsLikeNumber else { return false }
        if rest.allSatisfy(isNumberCharacter) { return true }
        // Hexadecimal, octal and binary literals: 0x1F, 0o17, 0b101.
        if lead == UInt8(ascii: "0"), let marker = rest.dropFirst().first,
           [UInt8(ascii: "x"), UInt8(ascii: "X"), UInt8(ascii: "o"), UInt8(ascii: "O"), UInt8(ascii: "b"),
            UInt8(ascii: "B")].contains(marker) {
            return true
        }
        // A timestamp: 2026-10-01T10:00:00Z, 2026-10-01 10:00.
        let digits = rest.prefix(while: { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
        return digits.count == 4 && rest.dropFirst(4).first == UInt8(ascii: "-")
    }

    /// Line breaks that YAML folds or normalizes inside block and single-quoted scalars.
    static func hasUnusualBreak(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0 == "\r" || $0 == "\u{85}" || $0 == "\u{2028}" || $0 == "\u{2029}" }
    }

    /// The style to ask libyaml for; libyaml moves to a quoted style on its own where this one
    /// cannot hold the text.
    static func style(for text: String) -> Node.Scalar.Style {
        if hasUnusualBreak(text) { return .doubleQuoted }
        if text.utf8.contains(UInt8(ascii: "\n")) { return .literal }
        return needsQuotes(text) ? .singleQuoted : .plain
    }
}
