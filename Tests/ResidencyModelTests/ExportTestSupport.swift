import Foundation
@testable import ResidencyModel

/// Shared helpers for the export tests: the samples, a map full of hostile strings, and the
/// cmark-gfm renderer.
enum ExportTestSupport {
    /// The day the golden notes are written for.
    static let day = ISODate(year: 2026, month: 11, day: 30) ?? ISODate(dayNumber: 0)

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func samplePath(_ name: String) -> String {
        packageRoot.appendingPathComponent("Samples").appendingPathComponent(name).path
    }

    static func sample(_ name: String) throws -> ResidencyMap {
        switch MapFile.read(path: samplePath(name)) {
        case .success(let map): return map
        case .problems(let diagnostics): throw ExportTestError(diagnostics.map(\.description).joined(separator: "\n"))
        case .unreadable(let reason): throw ExportTestError(reason)
        }
    }

    static let sampleNames = ["acme-saas.yaml", "northwind-multi-region.yaml"]

    // MARK: A hostile map

    /// Strings that break Markdown, HTML, tables, Mermaid or the terminal when passed through raw.
    static let hostile: [String] = [
        "<script>alert(1)</script>",
        "| pipe | in | cells |",
        "line\nbreak\r\nand\rmore",
        "back`tick`` and ```fence",
        "# heading",
        "[link](javascript:alert(1))",
        "![img](https://example.com/x.png)",
        "\"]); click n1 call alert(1); %% end",
        "<img src=x onerror=alert(1)>",
        "&amp; &lt;entity&gt; &#60;",
        "- looks like a list",
        "1. looks numbered",
        "> a quote",
        "===",
        "\u{1B}[31mred\u{1B}[0m",
        "right-to-left \u{202E}txt.exe",
        "*bold* _em_ ~~strike~~ $x^2$ \\escaped",
        "    indented code",
        "<!-- comment -->",
        "Zürich → 東京 ✓ São Paulo",
    ]

    /// A map whose every user string is hostile, touching every section of the note.
    static func hostileMap() -> ResidencyMap {
        let h = hostile
        func pick(_ i: Int) -> String { h[i % h.count] }
        var systems: [DataSystem] = []
        for (i, text) in h.enumerated() {
            systems.append(DataSystem(
                id: "s\(i)", name: text, kind: SystemKind.allCases[i % SystemKind.allCases.count],
                vendor: pick(i + 1),
                location: i % 5 == 4 ? .unknown : .places([["aws:us-east-1", "DE", "evil:<b>|x", "cloudflare:eu"][i % 4]]),
                data: ["customer-records", "c<1>", "ip-addresses"],
                retention: Retention(text: pick(i + 2), days: 30),
                offerings: i % 3 == 0 ? [] : ["o|1"],
                status: KnowledgeStatus.allCases[i % 4],
                evidence: Evidence(how: pick(i + 3), on: day, by: pick(i + 4)),
                notes: pick(i + 5)))
        }
        let copies = (0..<h.count).map { i in
            DataCopy(from: "s\(i)", to: "s\((i + 1) % h.count)", kind: CopyKind.allCases[i % CopyKind.allCases.count],
                     schedule: pick(i + 6), retention: Retention(text: pick(i + 7), days: nil), notes: pick(i + 8))
        }
        let roles = (0..<6).map { i in
            Role(id: "r\(i)", name: pick(i), team: pick(i + 9), countries: i == 5 ? [] : ["CA", "X|Y", "DE"],
                 headcount: i, access: (0..<3).map { j in
                    AccessGrant(system: "s\(i + j)", capabilities: AccessCapability.allCases,
                                when: AccessCondition.allCases[j % 3], recorded: j == 1)
                 }, notes: pick(i + 10))
        }
        let flows = (0..<4).map { f in
            Flow(id: "f\(f)|x", name: pick(f + 11), trigger: pick(f + 12), steps: (0..<7).map { s in
                FlowStep(system: s == 6 ? "missing<system>" : "s\((f * 5 + s) % h.count)", data: ["customer-records", "c<1>"],
                         when: StepTiming.allCases[s % StepTiming.allCases.count], notes: pick(f + s))
            })
        }
        let claims = (0..<4).map { c in
            Claim(id: "c\(c)", text: pick(c + 13), offering: c == 3 ? "missing|offering" : "o|1",
                  region: c == 2 ? RegionSpec(["EU", "<b>"]) : nil,
                  data: c == 1 ? ["customer-records"] : nil)
        }
        let exceptions = [
            ClaimException(id: "e|0", claim: "c0", covers: .system("s0"), reason: pick(14), approvedBy: pick(15),
                           approvedOn: day, expires: day.adding(days: 10)),
            ClaimException(id: "e`1", claim: "c1", covers: .role("r1"), reason: pick(16), approvedBy: pick(17),
                           approvedOn: nil, expires: day.adding(days: -3)),
            ClaimException(id: "e<2>", claim: "c0", covers: .flowStep(flow: "f0|x", step: 2), reason: pick(18),
                           approvedBy: pick(19), approvedOn: day, expires: nil),
        ]
        return ResidencyMap(
            header: MapHeader(name: pick(0), owner: pick(1), lastReviewed: day.adding(days: -200), reviewIntervalDays: 90,
                              signOffs: [SignOff(by: pick(2), team: pick(3), on: day.adding(days: -300)),
                                         SignOff(by: pick(4), team: nil, on: nil)]),
            offerings: [Offering(id: "o|1", name: pick(5), region: RegionSpec("EU")),
                        Offering(id: "o2", name: pick(6), region: RegionSpec(["DE", "<i>"]))],
            declaredCategories: [
                DataCategory(id: "customer-records", name: pick(7), personal: true),
                DataCategory(id: "c<1>", name: pick(8), personal: true),
                DataCategory(id: "ip-addresses", name: pick(9), personal: false),
            ],
            systems: systems, copies: copies, roles: roles, flows: flows, claims: claims, exceptions: exceptions)
    }

    // MARK: cmark-gfm

    /// The cmark-gfm executable on PATH, if any.
    static let cmarkPath: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/cmark-gfm"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    static var hasCmark: Bool { cmarkPath != nil }

    /// GitHub-flavoured Markdown rendered to HTML with GitHub's extensions. With `unsafe`, raw HTML
    /// would pass through as tags instead of being dropped, so a leak would show.
    /// The note as cmark-gfm prints it as plain text wrapped at `PageBudget.columns`: the text the
    /// page budget counts.
    static func renderPlainText(_ markdown: String) throws -> String {
        try renderGFM(markdown, extra: ["-t", "plaintext", "--width", String(PageBudget.columns)])
    }

    static func renderGFM(_ markdown: String, unsafe: Bool = false, extra: [String] = []) throws -> String {
        guard let cmarkPath else { throw ExportTestError("cmark-gfm is not installed") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: cmarkPath)
        process.arguments = ["-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tagfilter"]
            + (unsafe ? ["--unsafe"] : []) + extra
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        // Write on another thread so a large document cannot deadlock against a full output pipe.
        let data = Data(markdown.utf8)
        let writer = Thread {
            input.fileHandleForWriting.write(data)
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let html = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ExportTestError("cmark-gfm exited \(process.terminationStatus)") }
        return String(decoding: html, as: UTF8.self)
    }

    /// The tables of an HTML document: for each, the cell count of its header row and of each body row.
    static func tableShapes(_ html: String) -> [(header: Int, rows: [Int])] {
        html.components(separatedBy: "<table>").dropFirst().map { chunk in
            let table = chunk.components(separatedBy: "</table>").first ?? ""
            let head = table.components(separatedBy: "</thead>").first ?? ""
            let body = table.components(separatedBy: "<tbody>").dropFirst().first ?? ""
            let headerCells = head.components(separatedBy: "<th>").count - 1
            let rows = body.components(separatedBy: "<tr>").dropFirst().map { $0.components(separatedBy: "<td>").count - 1 }
            return (headerCells, rows)
        }
    }

    /// Every HTML tag name used in `html`, as `<name`.
    static func tagNames(_ html: String) -> Set<String> {
        var names: Set<String> = []
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            let after = rest[rest.index(after: open)...]
            let name = after.prefix { $0.isLetter || $0.isNumber || $0 == "/" || $0 == "!" }
            names.insert(String(name.lowercased()).replacingOccurrences(of: "/", with: ""))
            rest = after
        }
        return names
    }

    /// Fenced Mermaid blocks in Markdown source, as their lines.
    static func mermaidBlocks(_ markdown: String) -> [[String]] {
        var blocks: [[String]] = []
        var current: [String]?
        for line in markdown.components(separatedBy: "\n") {
            if current == nil, line == "```mermaid" {
                current = []
            } else if current != nil, line == "```" {
                blocks.append(current ?? [])
                current = nil
            } else if current != nil {
                current?.append(line)
            }
        }
        return blocks
    }
}

struct ExportTestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
