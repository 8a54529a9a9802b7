import ResidencyModel

/// Makes untrusted text (anything read from a map file) safe to put in the cell grid.
///
/// The rules are `TerminalText`'s, shared with the command-line output so a name reads the same
/// everywhere: C0 controls become Control Pictures ("␛" for ESC, "␇" for BEL, "␉" for a tab,
/// "␤" for a newline), DEL becomes "␡", and C1 controls, format characters (bidi overrides such
/// as U+202E, zero-width spaces, the BOM, the soft hyphen) and line/paragraph separators become
/// "<U+202E>". Nothing that could move the cursor, recolour the terminal or reorder text remains.
///
/// One rule is the grid's own: a combining mark with nothing to combine with (at the start of a
/// line, where it would otherwise vanish or land on a border) is shown on a dotted circle, "◌́",
/// as Unicode's charts do, so it takes a column of its own.
public enum TextSanitizer {
    /// `text` made safe; with `keepingNewlines`, "\n" stays a line break for multi-line widgets.
    public static func sanitize(_ text: String, keepingNewlines: Bool = false) -> String {
        if isPlainPrintableASCII(text) { return text }
        let safe = TerminalText.sanitize(text, keepingNewlines: keepingNewlines)
        return circleLoneMarks(safe)
    }

    /// Whether the text would be shown unchanged.
    public static func isSafe(_ text: String) -> Bool {
        sanitize(text) == text
    }

    /// Puts "◌" before a combining mark that starts the text or a line.
    static func circleLoneMarks(_ text: String) -> String {
        var result = ""
        var atLineStart = true
        for scalar in text.unicodeScalars {
            if atLineStart && isCombiningMark(scalar) { result.unicodeScalars.append("\u{25CC}") }
            result.unicodeScalars.append(scalar)
            atLineStart = scalar == "\n"
        }
        return result
    }

    static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x300 else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: return true
        default: return false
        }
    }

    static func isPlainPrintableASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }
}
