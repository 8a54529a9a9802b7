import Foundation
import Testing
@testable import ResidencyModel

/// `MarkdownEscaping`: what each kind of map text becomes in inline Markdown, table cells and
/// Mermaid labels. The GFM renderer tests check the same rules end to end.
@Suite("Export: Markdown and Mermaid escaping")
struct ExportEscapingTests {
    @Test("Plain text passes through unchanged, in any script")
    func plain() {
        for text in ["Primary database", "Zürich → 東京 ✓", "São Paulo, Brazil", "user's e-mail: a@b.c; 50% off?"] {
            #expect(MarkdownEscaping.inline(text) == text)
            #expect(MarkdownEscaping.tableCell(text) == text)
        }
    }

    @Test("Markdown punctuation is backslash-escaped", arguments: [
        ("*bold*", "\\*bold\\*"),
        ("_em_", "\\_em\\_"),
        ("a `code` b", "a \\`code\\` b"),
        ("[link](javascript:x)", "\\[link](javascript:x)"),
        ("![img](x)", "!\\[img](x)"),
        ("~~gone~~", "\\~\\~gone\\~\\~"),
        ("$x^2$", "\\$x^2\\$"),
        ("C:\\path", "C:\\\\path"),
        ("a | b", "a \\| b"),
        ("tag #1", "tag \\#1"),
        ("file_uploaded _em_", "file_uploaded \\_em\\_"),
        ("R&D &amp;", "R&D &amp;amp;"),
        ("C# (beta) {x} a]b", "C# (beta) {x} a]b"),
        ("12) twelve", "12\\) twelve"),
    ])
    func punctuation(input: String, expected: String) {
        #expect(MarkdownEscaping.inline(input) == expected)
    }

    @Test("HTML becomes entities, so no tag or entity from the map reaches the output")
    func html() {
        #expect(MarkdownEscaping.inline("<script>alert(1)</script>") == "&lt;script>alert(1)&lt;/script>")
        #expect(MarkdownEscaping.inline("&amp; &#60;") == "&amp;amp; &amp;#60;")
        #expect(MarkdownEscaping.inline("<!-- x -->") == "&lt;!-- x -->")
    }

    @Test("A line start that opens a block is escaped", arguments: [
        ("# heading", "\\# heading"),
        ("- item", "\\- item"),
        ("+ item", "\\+ item"),
        ("===", "\\==="),
        ("---", "\\---"),
        ("1. first", "1\\. first"),
        ("2026. a year", "2026\\. a year"),
        ("12) twelve", "12\\) twelve"),
        ("> quote", "\\> quote"),
        ("    code", "code"),
    ])
    func lineStart(input: String, expected: String) {
        #expect(MarkdownEscaping.inline(input) == expected)
    }

    @Test("Digits not followed by a list mark stay as they are")
    func digits() {
        #expect(MarkdownEscaping.inline("2026-11-30") == "2026-11-30")
        #expect(MarkdownEscaping.inline("30 days") == "30 days")
        #expect(MarkdownEscaping.inline("1.5 GB") == "1.5 GB")
    }

    @Test("URLs in map text are not turned into links by GFM's autolinks")
    func autolinks() {
        #expect(MarkdownEscaping.inline("see https://example.com/x") == "see https\\://example.com/x")
        #expect(MarkdownEscaping.inline("WWW.example.com") == "WWW\\.example.com")
        #expect(MarkdownEscaping.inline("ftp://a and http://b") == "ftp\\://a and http\\://b")
        #expect(MarkdownEscaping.inline("a:b/c") == "a:b/c")
    }

    @Test("Line breaks become a space inline and ' / ' in a table cell, never a new block")
    func lineBreaks() {
        let text = "first line\n\n# second\r\nthird\u{2028}fourth  \n  fifth"
        #expect(MarkdownEscaping.inline(text) == "first line \\# second third fourth fifth")
        #expect(MarkdownEscaping.tableCell(text) == "first line / \\# second / third / fourth / fifth")
        #expect(!MarkdownEscaping.tableCell(text).contains("\n"))
    }

    @Test("An empty table cell stays a cell")
    func emptyCell() {
        #expect(MarkdownEscaping.tableCell("") == " ")
        #expect(MarkdownEscaping.tableCell("\n \n") == " ")
        #expect(MarkdownEscaping.inline("") == "")
    }

    @Test("Control and invisible characters become visible stand-ins")
    func controls() {
        #expect(MarkdownEscaping.inline("a\u{1B}[31mb") == "a␛\\[31mb")
        #expect(MarkdownEscaping.inline("tab\there") == "tab here")
        #expect(MarkdownEscaping.inline("x\u{202E}y") == "x&lt;U+202E>y")
        #expect(MarkdownEscaping.inline("zero\u{200B}width") == "zero&lt;U+200B>width")
        #expect(MarkdownEscaping.inline("nul\u{0}") == "nul␀")
    }

    @Test("Mermaid labels: every syntax character becomes an entity code; letters pass")
    func mermaid() {
        #expect(MarkdownEscaping.mermaidLabel("Zürich 東京 db-1") == "Zürich 東京 db-1")
        #expect(MarkdownEscaping.mermaidLabel("say \"hi\"") == "say #quot;hi#quot;")
        #expect(MarkdownEscaping.mermaidLabel("\"]); click n1 call x(); %% end") ==
            "#quot;#93;#41;#59; click n1 call x#40;#41;#59; #37;#37; end")
        #expect(MarkdownEscaping.mermaidLabel("<b>&#35;`x`|") == "#60;b#62;#38;#35;35#59;#96;x#96;#124;")
        #expect(MarkdownEscaping.mermaidLabel("a\nb") == "a b")
        #expect(MarkdownEscaping.mermaidLabel("it's") == "it's")
    }

    @Test("A Mermaid label never contains a quote, bracket, semicolon or backtick", arguments: ExportTestSupport.hostile)
    func mermaidHostile(text: String) {
        let label = MarkdownEscaping.mermaidLabel(text)
        let forbidden: Set<Character> = ["\"", "[", "]", "(", ")", "{", "}", "<", ">", ";", "`", "|", "\n", "\r", "\\"]
        // Entity codes end in ";", so look at the text with the codes taken out.
        let withoutCodes = label.replacingOccurrences(of: #"#(quot|[0-9]+);"#, with: "", options: .regularExpression)
        #expect(!withoutCodes.contains(where: forbidden.contains), "\(label)")
        #expect(!withoutCodes.contains("#"))
    }

    /// Texts that reach every path of the escaper: plain, one line that needs escapes, and text
    /// that must be flattened first (line breaks, controls, invisible characters, edge spaces).
    static let mixed: [String] = ExportTestSupport.hostile + [
        "Database 12 (Zürich)", "Crm 85 (Łódź)", "東京 (primary)", " leading", "trailing ", "tab\there",
        "a\u{2028}b", "soft\u{00AD}hyphen", "zero\u{200B}width", "joiner\u{200D}ok", "", "#", "12. item", "- item",
        "www.example.com", "https://x.y", "\"quoted\" & <b>", "Ümlaut [brackets] {braces} ~tilde~",
    ]

    @Test("Escaping a line directly gives what flattening it first gives", arguments: mixed)
    func directEscapeAgreesWithFlattening(text: String) {
        for lineBreak in [" ", " / "] {
            let reference = String(decoding: MarkdownEscaping.escape(MarkdownEscaping.flatten(text, lineBreak: lineBreak)), as: UTF8.self)
            #expect(MarkdownEscaping.text(text, lineBreak: lineBreak) == reference)
        }
    }

    @Test("A Mermaid label passed through untouched is one the full escaper leaves as it is", arguments: mixed)
    func mermaidFastPath(text: String) {
        var reference = ""
        for scalar in String(decoding: MarkdownEscaping.flatten(text, lineBreak: " "), as: UTF8.self).unicodeScalars {
            if scalar == "\"" {
                reference += "#quot;"
            } else if MarkdownEscaping.mermaidSpecial.contains(scalar) {
                reference += "#\(scalar.value);"
            } else {
                reference.unicodeScalars.append(scalar)
            }
        }
        #expect(MarkdownEscaping.mermaidLabel(text) == reference)
    }
}
