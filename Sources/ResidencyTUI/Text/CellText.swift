import ResidencyModel

/// Text made safe for the cell grid. Terminals measure emoji sequences differently (tmux 3.3
/// counts every code point of "👩‍👩‍👧" and of "👍🏽"), so a sequence the grid counts as one wide
/// cell would push the rest of the row out of line. Joiners, variation selectors, skin-tone
/// modifiers and tag characters are dropped from such sequences, leaving the emoji they join,
/// each drawn at the width every terminal agrees on ("👩👩👧", "❤", "👍"). Flags (two regional
/// indicators) and a letter with combining marks are kept as they are: terminals agree on those.
public enum CellText {
    public static func safe(_ text: String) -> String {
        // Most text has none of these; only then is it taken apart.
        guard text.unicodeScalars.contains(where: isSequencePart) else { return text }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for character in text {
            let scalars = character.unicodeScalars
            if scalars.count > 1, scalars.contains(where: isSequencePart) {
                let kept = scalars.filter { !isSequencePart($0) }
                // A sequence made only of joiners and selectors shows as a dotted circle.
                if kept.isEmpty { result.unicodeScalars.append("\u{25CC}") } else { result.unicodeScalars.append(contentsOf: kept) }
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// ZWJ, variation selectors, emoji modifiers (skin tones) and tag characters.
    public static func isSequencePart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200D, 0xFE00...0xFE0F, 0x1F3FB...0x1F3FF, 0xE0020...0xE007F: return true
        default: return false
        }
    }
}
