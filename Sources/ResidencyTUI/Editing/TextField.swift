import ResidencyModel

/// One line of text being typed, with a cursor: the keys people expect (left, right, Home, End,
/// Backspace, Delete, Ctrl-A, Ctrl-E, Ctrl-W, Ctrl-U, Ctrl-K) and any Unicode input. The cursor
/// counts characters (grapheme clusters), so "東京" and "é" move as one each.
public struct TextField: Sendable, Hashable {
    public private(set) var text: String
    /// Characters before the cursor.
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        self.text = text
        self.cursor = text.count
    }

    /// Handles an editing key; false for keys that are not editing (the form's to handle).
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let character):
            insert(character)
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = text.count
        case .backspace:
            guard cursor > 0 else { return true }
            let index = text.index(text.startIndex, offsetBy: cursor - 1)
            text.remove(at: index)
            cursor -= 1
        case .delete, .control("d"):
            guard cursor < text.count else { return true }
            text.remove(at: text.index(text.startIndex, offsetBy: cursor))
        case .control("w"):
            // The word before the cursor, and the spaces after it.
            var characters = Array(text)
            var start = cursor
            while start > 0, characters[start - 1] == " " { start -= 1 }
            while start > 0, characters[start - 1] != " ", characters[start - 1] != "," { start -= 1 }
            characters.removeSubrange(start..<cursor)
            text = String(characters)
            cursor = start
        case .control("u"):
            text = String(text.dropFirst(cursor))
            cursor = 0
        case .control("k"):
            text = String(text.prefix(cursor))
        default:
            return false
        }
        return true
    }

    public mutating func insert(_ character: Character) {
        // Control characters never enter a field: a paste with a newline or an escape stays harmless.
        guard !character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return }
        let index = text.index(text.startIndex, offsetBy: cursor)
        text.insert(character, at: index)
        cursor += 1
    }

    public mutating func set(_ newText: String) {
        text = newText
        cursor = newText.count
    }

    /// What to draw in `width` columns so the cursor stays in view, and the cursor's column in it.
    public func visible(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 1 else { return ("", 0) }
        let shown = TextSanitizer.sanitize(String(text.prefix(cursor)))
        let after = TextSanitizer.sanitize(String(text.dropFirst(cursor)))
        let before = DisplayWidth.of(shown)
        if before < width {
            return (TextFitting.truncate(shown + after, to: width), before)
        }
        // Keep the end of what comes before the cursor in view.
        let head = TextFitting.truncateHead(shown, to: width - 1)
        return (head, DisplayWidth.of(head))
    }
}
