/// Makes text from a map file safe to print to a terminal, for the CLI and any other writer of
/// terminal text. A map file is user data: a name could hold an escape sequence that recolours
/// the terminal, moves the cursor, or a bidi override that reorders what a reviewer reads.
///
/// Each unsafe character becomes a visible stand-in instead of being dropped, so nothing hides:
/// - C0 controls become their Control Pictures symbol (ESC "␛", tab "␉", newline "␤"), DEL "␡";
/// - C1 controls, format characters (bidi overrides and isolates, zero-width spaces, the BOM,
///   the soft hyphen) and line/paragraph separators become "<U+202E>".
/// - A combining mark with nothing to combine with (at the start of the text or of a kept line,
///   where it would fuse with a quote or border before it, or vanish) stands on a dotted circle,
///   "◌́", as Unicode's charts show it, so it takes a column of its own.
/// Zero-width joiners (U+200C, U+200D) stay: emoji and many scripts need them. Letters in any
/// script ("Zürich", "São Paulo", "東京") pass through unchanged.
///
/// The one sanitizer: the CLI, the exports and the TUI (which calls it `TextSanitizer`) all use
/// it, so a name reads the same on every screen.
public enum TerminalText {
    /// `text` with every unsafe character made visible. With `keepingNewlines`, "\n" stays a
    /// line break (for multi-line notes); otherwise it shows as "␤".
    public static func sanitize(_ text: String, keepingNewlines: Bool = false) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        var atLineStart = true
        for scalar in text.unicodeScalars {
            if keepingNewlines && scalar == "\n" {
                result.unicodeScalars.append(scalar)
                atLineStart = true
                continue
            }
            if let standIn = standIn(for: scalar) {
                result += standIn
            } else {
                if atLineStart && isCombiningMark(scalar) { result.unicodeScalars.append("\u{25CC}") }
                result.unicodeScalars.append(scalar)
            }
            atLineStart = false
        }
        return result
    }

    /// Whether `text` would print unchanged.
    public static func isSafe(_ text: String) -> Bool {
        sanitize(text) == text
    }

    static func standIn(for scalar: Unicode.Scalar) -> String? {
        let value = scalar.value
        if value == 0x0A { return "\u{2424}" } // "␤", the symbol people read as newline
        if value < 0x20 { return Unicode.Scalar(0x2400 + value).map { String($0) } ?? "?" }
        if value == 0x7F { return "\u{2421}" }
        if value < 0x80 { return nil }
        if value < 0xA0 || value == 0xAD { return codePoint(value) }
        switch scalar.properties.generalCategory {
        case .lineSeparator, .paragraphSeparator:
            return codePoint(value)
        case .format:
            return value == 0x200C || value == 0x200D ? nil : codePoint(value)
        default:
            return nil
        }
    }

    /// A mark that draws on the character before it (nonspacing, enclosing or spacing).
    static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x300 else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: return true
        default: return false
        }
    }

    static func codePoint(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }
}
