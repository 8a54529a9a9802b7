/// Text from a map file shown inside a message: quoted, control characters escaped, long text cut,
/// so a hostile or broken file cannot move the cursor, clear the screen or flood the terminal.
enum UserText {
    static let maximumLength = 60

    /// `'value'`, safe to print.
    static func quoted(_ text: String) -> String {
        "'" + escaped(text) + "'"
    }

    /// Line breaks, tabs and control, format and separator characters become escapes; what
    /// else the one sanitizer would not print as itself (a Hangul filler, a variation selector
    /// with no base, a noncharacter) becomes its stand-in, so a message is always safe to print.
    static func escaped(_ text: String) -> String {
        // Printable ASCII of a safe length (most ids and keys) is its own escape.
        let bytes = text.utf8
        if bytes.count <= maximumLength, bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        return TerminalText.sanitize(escapedControls(text))
    }

    private static func escapedControls(_ text: String) -> String {
        var result = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if count == maximumLength {
                result += "…"
                break
            }
            count += 1
            switch scalar {
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.properties.generalCategory == .control
                    || scalar.properties.generalCategory == .format
                    || scalar.properties.generalCategory == .lineSeparator
                    || scalar.properties.generalCategory == .paragraphSeparator {
                    result += "\\u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
