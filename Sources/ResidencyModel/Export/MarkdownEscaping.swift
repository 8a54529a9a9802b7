/// Makes map text safe to place in GitHub-flavoured Markdown and in Mermaid diagrams. Every string
/// from a map is user data: a system named `<script>`, `| pipe |`, `# heading` or `[x](javascript:x)`
/// must come out as the same visible text, never as markup, HTML, a broken table or a broken diagram.
///
/// ```swift
/// MarkdownEscaping.inline("Tier *1* <db> (EU)")   // Tier \*1\* &lt;db> (EU)
/// MarkdownEscaping.tableCell("a | b\nc")      // a \| b / c
/// MarkdownEscaping.mermaidLabel("say \"hi\"") // say #quot;hi#quot;
/// ```
///
/// Control characters, bidi overrides and other invisible format characters become the same
/// visible stand-ins the terminal shows ("␛", "<U+202E>"), so nothing hides in the note.
public enum MarkdownEscaping {
    /// Text for a paragraph, list item or heading: ASCII punctuation that Markdown reads as markup
    /// is backslash-escaped, `&`, `<` and `>` become entities (so no HTML passes through), a line
    /// start that would open a list, heading or setext underline is escaped, and line breaks
    /// become spaces so the text stays in its block.
    public static func inline(_ text: String) -> String {
        Self.text(text, lineBreak: " ")
    }

    /// Text for one cell of a GFM table: as `inline`, with `|` escaped (it is already) and line
    /// breaks shown as " / ", so the row keeps its column count.
    public static func tableCell(_ text: String) -> String {
        let escaped = Self.text(text, lineBreak: " / ")
        return escaped.isEmpty ? " " : escaped
    }

    /// Escaped text on one line, with line breaks shown as `lineBreak`.
    static func text(_ text: String, lineBreak: String) -> String {
        if isPlain(text) { return text }
        // Most text that needs escaping is one line already ("Database 12 (Zürich)"): escape its
        // bytes directly, without flattening it scalar by scalar first.
        let line = isOneLine(text) ? Array(text.utf8) : flatten(text, lineBreak: lineBreak)
        return String(decoding: escape(line), as: UTF8.self)
    }

    /// Text for a Mermaid label written inside double quotes (`n1["..."]`): every character Mermaid
    /// or the HTML it draws could read as syntax becomes an entity code (`#quot;`, `#35;`), and
    /// line breaks become spaces. Letters in any script pass through.
    public static func mermaidLabel(_ text: String) -> String {
        if isOneLine(text), !text.utf8.contains(where: { $0 < 0x80 && mermaidSpecialBytes[Int($0)] }) { return text }
        var result = ""
        for scalar in String(decoding: flatten(text, lineBreak: " "), as: UTF8.self).unicodeScalars {
            if scalar == "\"" {
                result += "#quot;"
            } else if mermaidSpecial.contains(scalar) {
                result += "#\(scalar.value);"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    // MARK: Steps

    /// Whether `text` needs no escaping at all: no markup character, control, line break or
    /// invisible format character, no space at either end, and no list or heading mark at the
    /// start. Most names and sentences are plain, so this keeps large notes fast.
    static func isPlain(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return true }
        if first == 0x20 || last == 0x20 || first == 0x2D || first == 0x2B || first == 0x3D
            || (first >= 0x30 && first <= 0x39) {
            return false
        }
        var nonASCII = false
        // The last three bytes, to spot "://" and "www." (renderers turn those into links).
        var p1: UInt8 = 0, p2: UInt8 = 0, p3: UInt8 = 0
        for byte in utf8 {
            if byte >= 0x80 {
                nonASCII = true
            } else if byte < 0x40 ? (plainLow >> UInt64(byte)) & 1 == 0 : (plainHigh >> UInt64(byte - 0x40)) & 1 == 0 {
                return false
            } else if byte == 0x2F, p1 == 0x2F, p2 == 0x3A {
                return false
            } else if byte == 0x2E, p1 | 0x20 == 0x77, p2 | 0x20 == 0x77, p3 | 0x20 == 0x77 {
                return false
            }
            (p3, p2, p1) = (p2, p1, byte)
        }
        guard nonASCII else { return true }
        for scalar in text.unicodeScalars where scalar.value >= 0x80 {
            if isLineBreak(scalar) || TerminalText.standIn(for: scalar) != nil { return false }
        }
        return true
    }

    /// Bit masks of the ASCII bytes that are plain text (1) for bytes 0-63 and 64-127: printable
    /// characters except those `escape` may change (`#`, `$`, `&`, `*`, `<`, `>`, `[`, `\`, `_`,
    /// `` ` ``, `|`, `~`; `>` and `)` matter only at a line start but are sent the slow way too).
    private static let plainLow: UInt64 = mask(0x20..<0x40, except: [0x23, 0x24, 0x26, 0x2A, 0x3C, 0x3E])
    private static let plainHigh: UInt64 = mask(0x40..<0x7F, except: [0x5B, 0x5C, 0x5F, 0x60, 0x7C, 0x7E])

    private static func mask(_ range: Range<UInt8>, except: Set<UInt8>) -> UInt64 {
        var bits: UInt64 = 0
        for byte in range where !except.contains(byte) {
            bits |= 1 << UInt64(byte % 64)
        }
        return bits
    }

    static let mermaidSpecial: Set<Unicode.Scalar> = [
        "#", ";", "&", "<", ">", "[", "]", "(", ")", "{", "}", "|", "`", "\\", "%", "=", "*", "_", "~", "$",
    ]

    /// `mermaidSpecial` and the double quote, by ASCII byte.
    private static let mermaidSpecialBytes: [Bool] = (0..<128).map { byte in
        byte == 0x22 || mermaidSpecial.contains(Unicode.Scalar(UInt8(byte)))
    }

    /// Whether `flatten` would leave the text as it is: no control character, line break or
    /// invisible character, and no space at either end.
    static func isOneLine(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return true }
        if first == 0x20 || last == 0x20 { return false }
        var nonASCII = false
        for byte in utf8 {
            if byte < 0x20 || byte == 0x7F { return false }
            if byte >= 0x80 { nonASCII = true }
        }
        guard nonASCII else { return true }
        for scalar in text.unicodeScalars where scalar.value >= 0x80 {
            if isLineBreak(scalar) || TerminalText.standIn(for: scalar) != nil { return false }
        }
        return true
    }

    /// Line breaks of every kind.
    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// One line of plain text as UTF-8: runs of line breaks (with the spaces around them) become
    /// `lineBreak`, tabs become spaces, unsafe characters become visible stand-ins, and the ends
    /// are trimmed (leading spaces would start a code block).
    static func flatten(_ text: String, lineBreak: String) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count + 8)
        var pendingBreak = false
        for scalar in text.unicodeScalars {
            if isLineBreak(scalar) {
                pendingBreak = true
                continue
            }
            if pendingBreak {
                if scalar == " " || scalar == "\t" { continue }
                trimTrailingSpaces(&result)
                if !result.isEmpty { result.append(contentsOf: lineBreak.utf8) }
                pendingBreak = false
            }
            if scalar.isASCII, scalar.value >= 0x20, scalar.value < 0x7F {
                result.append(UInt8(scalar.value))
            } else if scalar == "\t" {
                result.append(0x20)
            } else if let standIn = TerminalText.standIn(for: scalar) {
                result.append(contentsOf: standIn.utf8)
            } else {
                UTF8.encode(scalar) { result.append($0) }
            }
        }
        trimTrailingSpaces(&result)
        let leading = result.prefix { $0 == 0x20 }.count
        if leading > 0 { result.removeFirst(leading) }
        return result
    }

    private static func trimTrailingSpaces(_ bytes: inout [UInt8]) {
        while bytes.last == 0x20 { bytes.removeLast() }
    }

    /// Escapes one flattened line (UTF-8), escaping only what GFM (or GitHub's renderer) would
    /// read as markup, so pasted source stays readable (docs/export.md, "Escaping"):
    ///
    /// - always: `\` `` ` `` `*` `~` `$` `|` and `[` (with `[` escaped no link, image or
    ///   footnote can start, so `]`, `(`, `)` and `!` stay as they are), and `<` as `&lt;`;
    /// - `_` unless it sits between two ASCII letters or digits (GFM never reads that as emphasis);
    /// - `&` only where it starts an entity (`&amp;`, `&#60;`);
    /// - `#` at the start or after a space (a heading, or a heading's closing sequence);
    /// - a line start that would open a block: `- `, `+ `, `=`, `>`, `12. `, `12) `;
    /// - the `:` of `scheme://` and the `.` of `www.`, so GFM's extended autolinks make no link.
    ///   (E-mail addresses cannot be kept from autolinking by escapes; their link is the address.)
    static func escape(_ line: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(line.count + 16)
        var i = 0
        if let first = line.first, first == 0x2D || first == 0x2B || first == 0x3D || first == 0x3E {
            result.append(0x5C)
            result.append(first)
            i = 1
        } else {
            let digits = orderedListDigits(line)
            if digits > 0 {
                result.append(contentsOf: line[0..<digits])
                result.append(0x5C)
                result.append(line[digits])
                i = digits + 1
            }
        }
        while i < line.count {
            let byte = line[i]
            switch byte {
            case 0x3C: result.append(contentsOf: "&lt;".utf8)
            case 0x26 where startsEntity(line, at: i): result.append(contentsOf: "&amp;".utf8)
            case 0x5F where i > 0 && i + 1 < line.count && isAlphanumeric(line[i - 1]) && isAlphanumeric(line[i + 1]):
                result.append(byte)
            case 0x23 where i == 0 || line[i - 1] == 0x20:
                result.append(0x5C)
                result.append(byte)
            case 0x3A where i + 2 < line.count && line[i + 1] == 0x2F && line[i + 2] == 0x2F:
                result.append(0x5C)
                result.append(byte)
            case 0x2E where i >= 3 && line[(i - 3)..<i].allSatisfy({ $0 | 0x20 == 0x77 }):
                result.append(0x5C)
                result.append(byte)
            default:
                if isMarkdownPunctuation(byte) { result.append(0x5C) }
                result.append(byte)
            }
            i += 1
        }
        return result
    }

    /// ASCII punctuation that can open markup anywhere in a line: `\` `` ` `` `*` `_` `[` `|`
    /// `~` (strikethrough) and `$` (GitHub's math).
    private static func isMarkdownPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x7C, 0x7E, 0x24: return true
        default: return false
        }
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }

    /// Whether the `&` at `i` starts an entity or numeric character reference (`&amp;`, `&#60;`,
    /// `&#x3C;`), which a renderer would turn into another character.
    private static func startsEntity(_ line: [UInt8], at i: Int) -> Bool {
        var j = i + 1
        guard j < line.count else { return false }
        if line[j] == 0x23 {
            j += 1
            if j < line.count, line[j] | 0x20 == 0x78 { j += 1 }
        }
        let start = j
        while j < line.count, isAlphanumeric(line[j]), j - start < 32 { j += 1 }
        return j > start && j < line.count && line[j] == 0x3B
    }

    /// The number of leading digits when the line starts like an ordered list item ("12. ",
    /// "12) ", or the mark alone), else 0.
    private static func orderedListDigits(_ line: [UInt8]) -> Int {
        let digits = line.prefix { $0 >= 0x30 && $0 <= 0x39 }.count
        guard digits > 0, digits <= 9, digits < line.count, line[digits] == 0x2E || line[digits] == 0x29 else { return 0 }
        guard digits + 1 == line.count || line[digits + 1] == 0x20 else { return 0 }
        return digits
    }
}
