/// Makes text from a map file safe to print to a terminal, for the CLI and any other writer of
/// terminal text. A map file is user data: a name could hold an escape sequence that recolours
/// the terminal, moves the cursor, or a bidi override that reorders what a reviewer reads, or
/// invisible characters that make two names that look alike differ (or smuggle text past a reader).
///
/// Each unsafe character becomes a visible stand-in instead of being dropped, so nothing hides:
/// - C0 controls become their Control Pictures symbol (ESC "␛", tab "␉", newline "␤"), DEL "␡";
/// - C1 controls, every format character (Unicode category Cf: bidi marks, overrides and isolates,
///   zero-width space and non-joiner, word joiner, invisible operators, the BOM, the soft hyphen,
///   tags, ...), every other default-ignorable code point (a character that draws nothing: the
///   combining grapheme joiner, Hangul fillers, Khmer inherent vowels, reserved ignorables), the
///   noncharacters, and line/paragraph separators become "<U+202E>".
/// - A combining mark with nothing to combine with (at the start of the text or of a kept line,
///   where it would fuse with a quote or border before it, or vanish) stands on a dotted circle,
///   "◌́", as Unicode's charts show it, so it takes a column of its own.
///
/// Only what real text needs inside a word stays, and only in its place:
/// - the zero-width joiner (U+200D) between two emoji ("👩‍💻", "🏳️‍🌈"); anywhere else it joins
///   nothing a terminal draws differently, so it shows;
/// - one variation selector (U+FE00-FE0F, U+E0100-E01EF, the Mongolian ones) right after a base
///   character (a letter, digit, symbol or punctuation: "❤️", "1️⃣", an ideographic variant);
///   a second one, or one after a space, a mark or nothing, selects nothing and shows;
/// - tag characters only in the three flag sequences Unicode recommends (England, Scotland,
///   Wales: U+1F3F4, tags spelling gbeng, gbsct or gbwls, U+E007F); any other run of tags is
///   hidden ASCII and shows.
/// Letters in any script ("Zürich", "São Paulo", "東京"), combining marks after a letter, and
/// characters that take a column even when blank (spaces of every width, the Braille blank) pass
/// through unchanged. So do private-use characters (icon fonts draw them) and code points
/// unassigned in this Unicode version (a newer emoji), which are neither controls nor ignorable.
///
/// The one sanitizer: the CLI, the exports and the TUI (which calls it `TextSanitizer`) all use
/// it, so a name reads the same on every screen.
public enum TerminalText {
    /// `text` with every unsafe character made visible. With `keepingNewlines`, "\n" stays a
    /// line break (for multi-line notes); otherwise it shows as "␤".
    public static func sanitize(_ text: String, keepingNewlines: Bool = false) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        let scalars = Array(text.unicodeScalars)
        let flagTags = flagTagPositions(in: scalars)
        var result = ""
        result.unicodeScalars.reserveCapacity(scalars.count)
        var atLineStart = true
        // The scalar before, when it was kept as itself: a joiner or selector needs a real base.
        var previous: Unicode.Scalar?
        for (position, scalar) in scalars.enumerated() {
            if keepingNewlines && scalar == "\n" {
                result.unicodeScalars.append(scalar)
                atLineStart = true
                previous = nil
                continue
            }
            let next = position + 1 < scalars.count ? scalars[position + 1] : nil
            let standIn = isTag(scalar)
                ? (flagTags.contains(position) ? nil : codePoint(scalar.value))
                : standIn(for: scalar, after: previous, before: next)
            if let standIn {
                result += standIn
                previous = nil
            } else {
                if atLineStart && isCombiningMark(scalar) { result.unicodeScalars.append("\u{25CC}") }
                result.unicodeScalars.append(scalar)
                previous = scalar
            }
            atLineStart = false
        }
        return result
    }

    /// Whether `text` would print unchanged.
    public static func isSafe(_ text: String) -> Bool {
        sanitize(text) == text
    }

    /// The stand-in for `scalar` between the kept scalar `previous` (nil at the start, or after a
    /// stand-in) and `next`: decides the zero-width joiner and variation selectors by what they
    /// join or select, and every other scalar as `standIn(for:)` does. (Tags need the whole run;
    /// `sanitize` judges them.)
    public static func standIn(for scalar: Unicode.Scalar, after previous: Unicode.Scalar?, before next: Unicode.Scalar?) -> String? {
        if scalar.value == 0x200D {
            // Kept between two emoji; the emoji before may end in VS16 or a skin-tone modifier.
            guard let previous, let next, isEmoji(next),
                  isEmoji(previous) || previous.value == 0xFE0F else { return codePoint(scalar.value) }
            return nil
        }
        if isVariationSelector(scalar) {
            guard let previous, isVariationBase(previous) else { return codePoint(scalar.value) }
            return nil
        }
        return standIn(for: scalar)
    }

    /// The stand-in for `scalar` seen alone, for writers that look at one scalar at a time (the
    /// Markdown escaper). Without its neighbours it cannot judge the zero-width joiner or a
    /// variation selector, so it keeps both (in Markdown they are harmless, and emoji stay
    /// whole); `sanitize` decides them by context. Everything else is decided here.
    static func standIn(for scalar: Unicode.Scalar) -> String? {
        let value = scalar.value
        if value == 0x0A { return "\u{2424}" } // "␤", the symbol people read as newline
        if value < 0x20 { return Unicode.Scalar(0x2400 + value).map { String($0) } ?? "?" }
        if value == 0x7F { return "\u{2421}" }
        if value < 0x80 { return nil }
        // C1 controls; the soft hyphen (Cf) only hints where a line may break, and draws nothing.
        if value < 0xA0 || value == 0xAD { return codePoint(value) }
        if value == 0x200D || isVariationSelector(scalar) { return nil }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .lineSeparator, .paragraphSeparator:
            // A line break a terminal does not draw as one.
            return codePoint(value)
        case .format:
            // Cf, all of it: bidi controls reorder what is read; U+200B/U+200C, U+2060-2064
            // and U+FEFF draw nothing; tags hide ASCII; U+0600-0605 and the like are rare enough
            // in a map that a stand-in costs nothing. U+200C included: outside Persian and Indic
            // spelling it only splits a name invisibly, and a map's names are identifiers.
            return codePoint(value)
        default:
            break
        }
        // Not Cf but drawn as nothing: U+034F, U+115F, U+1160, U+17B4, U+17B5, U+3164, U+FFA0,
        // and the reserved ignorable ranges. Modern Korean is written in precomposed syllables,
        // so the Hangul fillers only ever stand for an empty name.
        if properties.isDefaultIgnorableCodePoint { return codePoint(value) }
        // Never text: U+FDD0-FDEF and the last two code points of every plane.
        if properties.isNoncharacterCodePoint { return codePoint(value) }
        return nil
    }

    /// A mark that draws on the character before it (nonspacing, enclosing or spacing).
    static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x300 else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: return true
        default: return false
        }
    }

    /// VS1-VS16, VS17-VS256 and the Mongolian free variation selectors.
    static func isVariationSelector(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xFE00...0xFE0F, 0xE0100...0xE01EF, 0x180B...0x180D, 0x180F: return true
        default: return false
        }
    }

    /// A character a variation selector may follow: a letter, digit, symbol or punctuation mark.
    private static func isVariationBase(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber,
             .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol,
             .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }

    /// An emoji a zero-width joiner may join: not the ASCII digits, `#` and `*` that are Emoji too.
    private static func isEmoji(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x80 && scalar.properties.isEmoji
    }

    /// Tag characters (U+E0020-E007F): invisible ASCII.
    static func isTag(_ scalar: Unicode.Scalar) -> Bool {
        (0xE0020...0xE007F).contains(scalar.value)
    }

    /// The positions of tag characters that belong to one of the recommended subdivision flags.
    private static func flagTagPositions(in scalars: [Unicode.Scalar]) -> Set<Int> {
        var kept: Set<Int> = []
        var position = 0
        while position < scalars.count {
            defer { position += 1 }
            guard scalars[position].value == 0x1F3F4 else { continue }
            var end = position + 1
            var spelled = ""
            while end < scalars.count, isTag(scalars[end]), scalars[end].value != 0xE007F, spelled.count < 6 {
                spelled.unicodeScalars.append(Unicode.Scalar(scalars[end].value - 0xE0000)!)
                end += 1
            }
            guard end < scalars.count, scalars[end].value == 0xE007F,
                  Self.subdivisionFlags.contains(spelled) else { continue }
            kept.formUnion(position + 1...end)
            position = end
        }
        return kept
    }

    /// The subdivision flags in Unicode's recommended emoji set.
    private static let subdivisionFlags: Set<String> = ["gbeng", "gbsct", "gbwls"]

    static func codePoint(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }
}
