/// Makes untrusted text (anything read from a map file) safe to show in a terminal.
///
/// Nothing that could move the cursor, change colours, reorder text or hide itself reaches the
/// screen. Each such character becomes a visible placeholder instead:
/// - C0 controls U+0000–U+001F become their Control Pictures symbol: ESC shows as "␛", BEL as
///   "␇", a tab as "␉", a newline as "␤" (U+2424), a carriage return as "␍"; DEL shows as "␡".
/// - C1 controls (U+0080–U+009F), format characters (bidi overrides and isolates such as U+202E,
///   marks such as U+200E, zero-width spaces, the BOM, the soft hyphen, invisible tags) and the
///   line and paragraph separators show as their code point in brackets: "<U+202E>".
/// Joiners that shape legitimate text (U+200C, U+200D inside emoji and Indic/Persian words),
/// emoji tag sequences (🏴 flags of subdivisions) and visible prepended concatenation marks stay.
///
/// A combining mark with nothing to combine with (at the start of a line) is shown on a dotted
/// circle, "◌́", as Unicode charts do, so it takes a column of its own.
///
/// With `keepingNewlines`, "\n" (and "\r\n") stay as line breaks for multi-line widgets.
public enum TextSanitizer {
    public static func sanitize(_ text: String, keepingNewlines: Bool = false) -> String {
        if isPlainPrintableASCII(text) { return text }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        var previousWasEmojiBase = false
        var atLineStart = true
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let value = scalar.value
            if keepingNewlines {
                if value == 0x0A {
                    result.unicodeScalars.append(scalar)
                    previousWasEmojiBase = false
                    atLineStart = true
                    continue
                }
                if value == 0x0D, index + 1 < scalars.count, scalars[index + 1].value == 0x0A { continue }
            }
            if let placeholder = placeholder(for: scalar, afterEmoji: previousWasEmojiBase) {
                result += placeholder
                previousWasEmojiBase = false
            } else {
                if atLineStart && isCombiningMark(scalar) { result.unicodeScalars.append("\u{25CC}") }
                result.unicodeScalars.append(scalar)
                // Tag characters continue an emoji tag sequence (🏴 + tags + cancel tag).
                if !isTag(value) { previousWasEmojiBase = scalar.properties.isEmoji && value > 0xFF }
            }
            atLineStart = false
        }
        return result
    }

    /// Whether the text would be shown unchanged.
    public static func isSafe(_ text: String) -> Bool {
        if isPlainPrintableASCII(text) { return true }
        return sanitize(text) == text
    }

    /// The visible stand-in for one unsafe scalar, or `nil` when it may be shown as it is.
    static func placeholder(for scalar: Unicode.Scalar, afterEmoji: Bool) -> String? {
        let value = scalar.value
        if value < 0x20 { return String(Unicode.Scalar(0x2400 + value) ?? "?") }
        if value == 0x7F { return "\u{2421}" }
        if value < 0x80 { return nil }
        if value < 0xA0 { return codePointLabel(value) }
        if value < 0x300 { return value == 0xAD ? codePointLabel(value) : nil }
        switch scalar.properties.generalCategory {
        case .lineSeparator, .paragraphSeparator:
            return codePointLabel(value)
        case .format:
            if value == 0x200C || value == 0x200D { return nil }
            if isTag(value) { return afterEmoji ? nil : codePointLabel(value) }
            if isPrependedConcatenationMark(value) { return nil }
            return codePointLabel(value)
        default:
            return nil
        }
    }

    static func codePointLabel(_ value: UInt32) -> String {
        var hex = String(value, radix: 16, uppercase: true)
        while hex.count < 4 { hex = "0" + hex }
        return "<U+\(hex)>"
    }

    static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x300 else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: return true
        default: return false
        }
    }

    static func isTag(_ value: UInt32) -> Bool { (0xE0020...0xE007F).contains(value) }

    /// Format characters that are drawn as visible signs (Arabic number signs and the like).
    static func isPrependedConcatenationMark(_ value: UInt32) -> Bool {
        (0x0600...0x0605).contains(value) || value == 0x06DD || value == 0x070F
            || value == 0x0890 || value == 0x0891 || value == 0x08E2 || value == 0x110BD || value == 0x110CD
    }

    static func isPlainPrintableASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }
}
