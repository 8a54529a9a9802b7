/// How many terminal columns text takes: the one measure for every table, list and cell grid
/// (the CLI's column tables and the TUI alike), so "東京" and "São Paulo" line up everywhere.
///
/// A `Character` (a grapheme) takes the width of its first scalar: 2 for East Asian Wide and
/// Fullwidth characters and emoji, 0 for a grapheme made only of combining marks, 1 otherwise.
/// Two refinements match what terminals draw: a text-style emoji followed by U+FE0F (emoji
/// presentation, "❤️") takes 2, and a flag (two regional indicators, "🇩🇪") takes 2.
/// Control and format characters take 0; `TerminalText.sanitize` makes them visible before display.
public enum DisplayWidth {
    /// The columns one scalar takes on its own.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value < 0x20 ? 0 : 1 }      // ASCII fast path
        if value < 0xA0 { return 0 }                          // DEL and C1 controls
        if value < 0x300 { return 1 }                         // Latin-1 and Latin Extended
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .lineSeparator, .paragraphSeparator:
            return 0
        default:
            break
        }
        // Hangul vowels and finals join the preceding syllable lead.
        if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return 0 }
        return isWide(value) ? 2 : 1
    }

    /// The columns one grapheme takes: the width of its first scalar that has any (a prepended
    /// mark such as U+0600 stands before its base), with the emoji and flag refinements above.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.value < 0x7F { return first.value < 0x20 ? 0 : 1 }
        var width = of(first)
        if width == 0 {
            for scalar in scalars.dropFirst() {
                width = of(scalar)
                if width > 0 { break }
            }
        }
        if width == 1 && scalars.count > 1 {
            if first.properties.isEmoji && scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
            if isRegionalIndicator(first) && scalars.dropFirst().contains(where: isRegionalIndicator) {
                return 2
            }
        }
        return width
    }

    /// The columns a whole string takes (the sum of its graphemes' widths).
    public static func of<Text: StringProtocol>(_ text: Text) -> Int {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // Pure ASCII: one column per printable byte.
            return text.utf8.reduce(0) { $0 + ($1 >= 0x20 && $1 < 0x7F ? 1 : 0) }
        }
        return text.reduce(0) { $0 + of($1) }
    }

    static func isWide(_ value: UInt32) -> Bool {
        let ranges = EastAsianWideRanges.ranges
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = ranges[middle]
            if value < range.lower {
                high = middle - 1
            } else if value > range.upper {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }

    static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }
}
