import Foundation
import Testing
@testable import ResidencyModel

/// The note rendered by a real GitHub-flavoured Markdown renderer (cmark-gfm with GitHub's
/// extensions): every table keeps its header and column count, no HTML from the map passes
/// through, and hostile strings come out as the text they are.
@Suite(
    "Export: the note rendered by cmark-gfm",
    .enabled(if: ExportTestSupport.hasCmark, "cmark-gfm is not installed (apt-get install cmark-gfm): GFM rendering tests skipped")
)
struct ExportGFMTests {
    static let day = ExportTestSupport.day

    static func notes() throws -> [(name: String, markdown: String)] {
        var notes = try ExportTestSupport.sampleNames.map { name in
            (name, MarkdownExporter(today: day).render(try ExportTestSupport.sample(name), appendix: .inline))
        }
        notes.append(("hostile map", MarkdownExporter(today: day).render(ExportTestSupport.hostileMap(), appendix: .inline)))
        return notes
    }

    @Test("Every table keeps its header and its column count in every row")
    func tables() throws {
        for note in try Self.notes() {
            let html = try ExportTestSupport.renderGFM(note.markdown)
            let shapes = ExportTestSupport.tableShapes(html)
            let sourceTables = note.markdown.components(separatedBy: "\n").filter { $0.hasPrefix("| --- |") }.count
            #expect(shapes.count == sourceTables, "\(note.name): \(shapes.count) tables rendered, \(sourceTables) written")
            for (i, shape) in shapes.enumerated() {
                #expect(shape.header >= 4, "\(note.name): table \(i) has \(shape.header) header cells")
                #expect(!shape.rows.isEmpty, "\(note.name): table \(i) has no rows")
                for (r, cells) in shape.rows.enumerated() {
                    #expect(cells == shape.header, "\(note.name): table \(i) row \(r) has \(cells) cells, header \(shape.header)")
                }
            }
        }
    }

    @Test("No raw HTML from the map: nothing is dropped as raw HTML, and only the note's own tags appear")
    func noRawHTML() throws {
        let allowed: Set<String> = [
            "h1", "h2", "h3", "p", "ul", "ol", "li", "strong", "em", "code", "pre", "table", "thead", "tbody", "tr",
            "th", "td", "hr",
        ]
        for note in try Self.notes() {
            let safe = try ExportTestSupport.renderGFM(note.markdown)
            #expect(!safe.contains("raw HTML omitted"), "\(note.name): the renderer found raw HTML")
            // With --unsafe any raw HTML would come through as a tag; none may.
            let unsafe = try ExportTestSupport.renderGFM(note.markdown, unsafe: true)
            let tags = ExportTestSupport.tagNames(unsafe)
            #expect(tags.subtracting(allowed).isEmpty, "\(note.name): unexpected tags \(tags.subtracting(allowed).sorted())")
            #expect(!unsafe.contains("<a "), "\(note.name): a link was made")
            #expect(!unsafe.contains("<img"), "\(note.name): an image was made")
        }
    }

    @Test("Headings are only the note's own: a map string never makes one")
    func headings() throws {
        let map = ExportTestSupport.hostileMap()
        let html = try ExportTestSupport.renderGFM(MarkdownExporter(today: Self.day).render(map, appendix: .inline))
        // The note's title and the appendix's.
        #expect(html.components(separatedBy: "<h1>").count - 1 == 2)
        // Six on the page, seven in the appendix.
        #expect(html.components(separatedBy: "<h2>").count - 1 == 12)
        // Appendix: one h3 per offering in two sections, three in "Logs, backups and access" ... counted from the map.
        let expected = map.offerings.count * 2 + 3 + map.flows.count + 2
        #expect(html.components(separatedBy: "<h3>").count - 1 == expected)
        #expect(html.components(separatedBy: "<hr />").count - 1 == 1)
    }

    @Test("Hostile strings come out as their text", arguments: [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"),
        ("[link](javascript:alert(1))", "[link](javascript:alert(1))"),
        ("![img](https://example.com/x.png)", "![img](https://example.com/x.png)"),
        ("*bold* _em_", "*bold* _em_ ~~strike~~ $x^2$ \\escaped"),
        ("# heading", "# heading"),
        ("&amp;", "&amp;amp; &amp;lt;entity&amp;gt; &amp;#60;"),
        ("<!-- comment -->", "&lt;!-- comment --&gt;"),
        ("back`tick", "back`tick`` and ```fence"),
        ("| pipe |", "| pipe | in | cells |"),
        ("line", "line / break / and / more"),
        ("Zürich", "Zürich → 東京 ✓ São Paulo"),
        ("ESC", "␛[31mred␛[0m"),
        ("bidi", "right-to-left &lt;U+202E&gt;txt.exe"),
    ])
    func hostileText(label: String, expectedHTML: String) throws {
        let html = try ExportTestSupport.renderGFM(MarkdownExporter(today: Self.day).render(ExportTestSupport.hostileMap(), appendix: .inline))
        #expect(html.contains(expectedHTML), "\(label) should render as \(expectedHTML)")
    }

    @Test("Mermaid blocks survive as code: only generated ids, escaped labels")
    func mermaid() throws {
        let markdown = MarkdownExporter(today: Self.day).render(ExportTestSupport.hostileMap(), appendix: .inline)
        let blocks = ExportTestSupport.mermaidBlocks(markdown)
        #expect(blocks.count == ExportTestSupport.hostileMap().flows.count)
        let label = #""(?:[^"\\\[\]();<>`|{}]|#quot;|#[0-9]+;)*""#
        let patterns = [
            #"^flowchart (LR|TD)$"#,
            #"^  n[0-9]+\["# + label + #"\]$"#,
            #"^  n0\(\["# + label + #"\]\)$"#,
            #"^  subgraph j[0-9]+\["# + label + #"\]$"#,
            #"^    n[0-9]+\["# + label + #"\]$"#,
            #"^  end$"#,
            #"^  n[0-9]+ (-->|-\.->)\|"# + label + #"\| n[0-9]+$"#,
        ]
        let expressions = try patterns.map { try NSRegularExpression(pattern: $0) }
        for block in blocks {
            for line in block {
                let range = NSRange(line.startIndex..., in: line)
                let matched = expressions.contains { $0.firstMatch(in: line, range: range) != nil }
                #expect(matched, "unexpected Mermaid line: \(line)")
            }
        }
        let html = try ExportTestSupport.renderGFM(markdown)
        #expect(html.components(separatedBy: "<pre><code class=\"language-mermaid\">").count - 1 == blocks.count)
    }

    // MARK: The one-page budget

    static func plainLines(_ markdown: String) throws -> [String] {
        let text = try ExportTestSupport.renderPlainText(markdown)
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    static func checkBudget(_ name: String, _ page: String) throws {
        let lines = try plainLines(page)
        #expect(lines.count <= PageBudget.lines, "\(name): \(lines.count) rendered lines, budget \(PageBudget.lines)")
        for line in lines {
            #expect(line.count <= PageBudget.columns, "\(name): line wider than \(PageBudget.columns): \(line)")
        }
        #expect(!page.contains("| --- |"), "\(name): the page has a table")
        #expect(!page.contains("```"), "\(name): the page has a code block")
    }

    @Test("The page fits its budget for both samples", arguments: ExportTestSupport.sampleNames)
    func pageBudgetSamples(name: String) throws {
        try Self.checkBudget(name, MarkdownExporter(today: Self.day).render(try ExportTestSupport.sample(name)))
    }

    @Test("The page fits its budget at 10,000 systems, naming counts and the worst few", arguments: MapGenerator.Placement.allCases)
    func pageBudgetLarge(placement: MapGenerator.Placement) throws {
        let map = MapGenerator(seed: 11, placement: placement).map(systems: 10_000)
        let page = MarkdownExporter(today: Self.day).render(map)
        try Self.checkBudget("10,000 systems (\(placement))", page)
        #expect(page.contains("more claims: see the appendix"))
    }

    @Test("The hostile map's page fits and keeps its text")
    func pageBudgetHostile() throws {
        try Self.checkBudget("hostile map", MarkdownExporter(today: Self.day).render(ExportTestSupport.hostileMap()))
    }

    @Test("Text survives exactly: names with parentheses, underscores and ampersands render as written")
    func textSurvives() throws {
        let texts = ["Dana Ortiz (Platform)", "file_uploaded event", "R&D team", "C# service #1", "a -> b", "50% off!", "[draft] notes", "x_1 * y_2"]
        for text in texts {
            let markdown = "- " + MarkdownEscaping.inline(text) + "\n"
            let plain = try ExportTestSupport.renderPlainText(markdown)
            #expect(plain.trimmingCharacters(in: .whitespacesAndNewlines) == "- " + text, "\(text) -> \(markdown)")
        }
        #expect(MarkdownEscaping.inline("Dana Ortiz (Platform)") == "Dana Ortiz (Platform)")
        #expect(MarkdownEscaping.inline("file_uploaded") == "file_uploaded")
    }
}
