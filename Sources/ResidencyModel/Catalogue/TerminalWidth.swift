/// How many terminal columns text takes: wide East Asian characters and emoji take two, combining
/// marks and zero-width characters none, so "東京" and "São Paulo" line up in a table.
func terminalWidth(of text: String) -> Int {
    text.reduce(0) { $0 + terminalWidth(of: $1) }
}

private func terminalWidth(of character: Character) -> Int {
    guard let first = character.unicodeScalars.first else { return 0 }
    let properties = first.properties
    switch properties.generalCategory {
    case .control, .format, .nonspacingMark, .enclosingMark, .lineSeparator, .paragraphSeparator:
        return 0
    default:
        break
    }
    if properties.isEmojiPresentation || character.unicodeScalars.contains(where: isEmojiVariation) {
        return 2
    }
    return isWide(first.value) ? 2 : 1
}

/// U+FE0F asks for emoji presentation, which terminals draw two columns wide.
private func isEmojiVariation(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value == 0xFE0F
}

/// East Asian Wide and Fullwidth blocks (Unicode Standard Annex #11), enough for names of places.
private func isWide(_ value: UInt32) -> Bool {
    switch value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
         0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
         0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
        return true
    default:
        return false
    }
}
