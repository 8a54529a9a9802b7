import Foundation
import Testing
@testable import ResidencyModel

/// Load, save, load is lossless for every field, and saving is a fixed point.
@Suite("File format: round trip")
struct FileFormatRoundTripTests {
    typealias Support = FileFormatTestSupport

    /// Encodes, decodes and encodes again; checks both the map and the text come back the same.
    private func expectLossless(_ map: ResidencyMap, _ label: String,
                                sourceLocation: SourceLocation = #_sourceLocation) throws {
        let yaml = try MapFile.encode(map)
        switch MapFile.decode(yaml: yaml, fileName: label) {
        case .success(let decoded):
            #expect(decoded == map, "\(label): decoded map differs", sourceLocation: sourceLocation)
            #expect(try MapFile.encode(decoded) == yaml, "\(label): encoding is not a fixed point",
                    sourceLocation: sourceLocation)
        case .problems(let problems):
            Issue.record("\(label): own output does not load: \(problems.prefix(3))", sourceLocation: sourceLocation)
        case .unreadable(let reason):
            Issue.record("\(label): \(reason)", sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: [1, 2, 3, 17, 2026] as [UInt64])
    func generatedMaps(seed: UInt64) throws {
        for size in [0, 1, 2, 12, 150] {
            try expectLossless(MapGenerator(seed: seed).map(systems: size), "seed \(seed), \(size) systems")
        }
    }

    @Test func everySample() throws {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: Support.samples.path)) ?? []
        let samples = files.filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(!samples.isEmpty, "no samples in \(Support.samples.path)")
        for name in samples {
            let path = Support.samples.appendingPathComponent(name).path
            switch MapFile.read(path: path) {
            case .success(let map): try expectLossless(map, name)
            case .problems(let problems): Issue.record("\(name) is not valid: \(problems.prefix(3))")
            case .unreadable(let reason): Issue.record("\(name): \(reason)")
            }
        }
    }

    /// canonical.yaml was written by the encoder and read by hand: every field, in canonical order.
    @Test func canonicalFixtureIsAFixedPoint() throws {
        let path = Support.fixture("canonical.yaml")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        guard case .success(let map) = MapFile.read(path: path) else {
            Issue.record("canonical.yaml does not load")
            return
        }
        #expect(try MapFile.encode(map) == text)
        #expect(map.systems.map(\.id) == ["db-main", "cdn", "backup-vault", "sentry"])
        #expect(map.systems[0].notes == "Two lines of notes.\nKept as written.\n")
        #expect(map.systems[1].location == .places(["DE", "NO", "JP"]))
        #expect(map.systems[3].location == .unknown)
        #expect(map.systems[3].notes == "yes")
        #expect(map.copies[0].notes == "12:30")
        #expect(map.roles[0].countries == ["NO", "SE"])
        #expect(map.roles[0].notes == "on")
        #expect(map.flows[0].steps[1].notes == "null")
        #expect(map.declaredCategories?.map(\.personal) == [true, false])
        #expect(map.exceptions.map(\.covers) == [.system("sentry"), .role("support-no"), .flowStep(flow: "signup", step: 1)])
    }

    /// The complete example in docs/file-format.md is the canonical fixture, byte for byte.
    @Test func documentationExampleIsCanonical() throws {
        let docs = Support.samples.deletingLastPathComponent().appendingPathComponent("docs/file-format.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        let blocks = text.components(separatedBy: "```yaml\n")
        let example = try #require(blocks.dropFirst().first?.components(separatedBy: "```").first)
        let fixture = try String(contentsOfFile: Support.fixture("canonical.yaml"), encoding: .utf8)
        #expect(example == fixture)
    }

    @Test func unicodeIsWrittenAsItself() throws {
        let yaml = try MapFile.encode(Support.sampleMap())
        for text in ["Zürich map", "渡辺 さくら", "Database in São Paulo", "東京 edge"] {
            #expect(yaml.contains(text), "\(text) is not written literally")
        }
        #expect(!yaml.contains("\\u"))
        #expect(!yaml.contains("\\x"))
    }

    @Test func yamlWordsAreReadAsTheTextWritten() throws {
        let yaml = FileFormatTestSupport.header + """
                vendor: yes
                notes: 2026-10-01
            roles:
              - id: support
                name: NO
                team: on
                countries: [NO, DE]
            """
        let map = try #require(Support.map(yaml))
        #expect(map.systems[1].vendor == "yes")
        #expect(map.systems[1].notes == "2026-10-01")
        #expect(map.roles[0].name == "NO")
        #expect(map.roles[0].team == "on")
        #expect(map.roles[0].countries == ["NO", "DE"])
    }

    @Test(arguments: [
        "", " ", "yes", "NO", "null", "~", "12:30", "0x1F", "  padded  ", "ends with space ", "a: b", "a #b", "#c",
        "- item", "[a, b]", "{a: b}", "'quoted'", "\"double\"", "@at", "`tick", "%pct", "!tag", "&a *b", "| bar",
        "> gt", "line one\nline two", "trailing newline\n", "two trailing\n\n", "\nleading newline",
        "  indented\nsecond", "space before break \nnext", "tab\there", "crlf\r\nline", "nel\u{85}x",
        "ls\u{2028}ps\u{2029}", "bell\u{7}", "esc\u{1B}[31m", "bom\u{FEFF}", "Zürich → 東京 ✓", "🇳🇴 flag",
        String(repeating: "long words ", count: 30),
    ])
    func notesSurviveExactly(_ notes: String) throws {
        try expectLossless(Support.sampleMap(notes: notes), "notes \(notes.debugDescription)")
    }
}
