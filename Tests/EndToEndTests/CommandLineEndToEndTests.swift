import Foundation
import ResidencyModel
import Testing

/// The command line as users of well-kept CLIs expect: --version, an export format picked from
/// the -o extension, one `--format` style with snake_case JSON, shell completion that completes
/// files and option values, and invisible characters made visible in what the binary prints.
@Suite("resmap's command line: version, formats, completion, invisible characters")
struct CommandLineEndToEndTests {
    private static let today = ["--today", "2026-01-15"]

    private func resmap(_ arguments: [String]) throws -> Subprocess.Result {
        try Subprocess.run(try ResmapBinary.url(), arguments)
    }

    private func withFolder(_ body: (String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("resmap-cli-e2e-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try body(folder)
    }

    private func contents(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    // MARK: --version

    @Test("--version prints one version line and exits 0")
    func version() throws {
        let result = try resmap(["--version"])
        #expect(result.status == 0, "\(result.errors)")
        let line = result.output.trimmingCharacters(in: .newlines)
        #expect(!line.isEmpty && !line.contains("\n"))
        #expect(line.range(of: #"^[0-9]+\.[0-9]+\.[0-9]+"#, options: .regularExpression) != nil, "\(line)")
    }

    // MARK: export -o picks the format

    @Test("export -o FILE without --format picks the format from the extension", arguments: [
        ("note.json", "json"), ("NOTE.JSON", "json"), ("inventory.csv", "csv"), ("note.md", "markdown"),
        ("note.markdown", "markdown"), ("note", "markdown"),
    ])
    func formatFromExtension(name: String, format: String) throws {
        let sample = ResmapBinary.acmeSample.path
        let expected = try resmap(["export", sample, "--format", format] + Self.today)
        #expect(expected.status == 0)
        try withFolder { folder in
            let output = folder + "/" + name
            let result = try resmap(["export", sample, "-o", output] + Self.today)
            #expect(result.status == 0, "\(result.errors)")
            #expect(try contents(output) == expected.output, "\(name)")
        }
    }

    @Test("export -o with an unknown extension and no --format is a command-line error (64) that writes nothing")
    func unknownExtension() throws {
        try withFolder { folder in
            let output = folder + "/note.txt"
            let result = try resmap(["export", ResmapBinary.acmeSample.path, "-o", output] + Self.today)
            #expect(result.status == 64)
            #expect(result.errors.contains("Cannot tell the export format from the extension '.txt'"), "\(result.errors)")
            #expect(result.errors.contains("--format"))
            #expect(result.output.isEmpty)
            #expect(!FileManager.default.fileExists(atPath: output))
        }
    }

    @Test("an explicit --format wins over the -o extension")
    func explicitFormatWins() throws {
        let sample = ResmapBinary.acmeSample.path
        let csv = try resmap(["export", sample, "--format", "csv"] + Self.today)
        try withFolder { folder in
            for name in ["export.json", "export.txt"] {
                let output = folder + "/" + name
                let result = try resmap(["export", sample, "--format", "csv", "-o", output] + Self.today)
                #expect(result.status == 0, "\(result.errors)")
                #expect(try contents(output) == csv.output)
            }
        }
    }

    @Test("export -o - is standard output, in markdown unless --format says otherwise")
    func dashIsStandardOutput() throws {
        let sample = ResmapBinary.acmeSample.path
        let markdown = try resmap(["export", sample] + Self.today)
        let dash = try resmap(["export", sample, "-o", "-"] + Self.today)
        #expect(dash.status == 0)
        #expect(dash.output == markdown.output)
        let json = try resmap(["export", sample, "-o", "-", "--format", "json"] + Self.today)
        #expect(json.output.hasPrefix("{"))
    }

    // MARK: one --format style, snake_case JSON

    @Test("regions --format json prints snake_case keys, and --json is the same output")
    func regionsFormatJSON() throws {
        let result = try resmap(["regions", "frankfurt", "--format", "json"])
        #expect(result.status == 0, "\(result.errors)")
        let alias = try resmap(["regions", "frankfurt", "--json"])
        #expect(alias.status == 0)
        #expect(alias.output == result.output)
        let places = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        #expect(!places.isEmpty)
        let aws = try #require(places.first { $0["code"] as? String == "aws:eu-central-1" })
        #expect(aws["country_name"] as? String == "Germany")
        #expect(aws["countryName"] == nil)
        #expect(try resmap(["regions", "frankfurt", "--format", "text"]).output.contains("aws:eu-central-1"))
    }

    @Test("regions --groups --format json, and --json with --format text is refused")
    func regionsGroupsAndConflict() throws {
        let groups = try resmap(["regions", "--groups", "--format", "json"])
        #expect(groups.status == 0)
        let list = try #require(try JSONSerialization.jsonObject(with: Data(groups.output.utf8)) as? [[String: Any]])
        #expect(list.contains { $0["name"] as? String == "EU" })
        let conflict = try resmap(["regions", "--json", "--format", "text"])
        #expect(conflict.status == 64)
        #expect(!(try resmap(["regions", "--help"]).output.contains("--json")))
    }

    /// Every key of every JSON object the binary writes: `check`, `export` and `regions`.
    @Test("every JSON key resmap writes is snake_case")
    func snakeCaseEverywhere() throws {
        let sample = ResmapBinary.acmeSample.path
        let outputs = [
            try resmap(["check", sample, "--format", "json"] + Self.today).output,
            try resmap(["export", sample, "--format", "json"] + Self.today).output,
            try resmap(["regions", "--format", "json"]).output,
            try resmap(["regions", "--groups", "--format", "json"]).output,
        ]
        for output in outputs {
            var keys: Set<String> = []
            collectKeys(try JSONSerialization.jsonObject(with: Data(output.utf8)), into: &keys)
            #expect(!keys.isEmpty)
            for key in keys {
                #expect(key.range(of: #"^[a-z0-9]+(_[a-z0-9]+)*$"#, options: .regularExpression) != nil, "key \(key)")
            }
        }
    }

    private func collectKeys(_ value: Any, into keys: inout Set<String>) {
        if let object = value as? [String: Any] {
            for (key, child) in object {
                keys.insert(key)
                collectKeys(child, into: &keys)
            }
        } else if let array = value as? [Any] {
            for child in array { collectKeys(child, into: &keys) }
        }
    }

    // MARK: completion

    @Test("completion scripts complete map files as YAML, files for -o, providers and formats", arguments: ["bash", "zsh", "fish"])
    func completionScripts(shell: String) throws {
        let result = try resmap(["--generate-completion-script", shell])
        #expect(result.status == 0, "\(result.errors)")
        let script = result.output
        #expect(script.contains("yaml") && script.contains("yml"), "\(shell): no YAML file completion")
        for provider in RegionCatalogue.standard.providers {
            #expect(script.contains(provider), "\(shell): provider \(provider)")
        }
        for format in ["markdown", "csv", "json", "text"] {
            #expect(script.contains(format), "\(shell): format \(format)")
        }
    }

    // MARK: invisible characters

    @Test("a name with ZWNJ, a soft hyphen or a Hangul filler prints them as stand-ins; emoji stay whole")
    func invisibleCharactersInOutput() throws {
        try withFolder { folder in
            let map = folder + "/map.yaml"
            try FileManager.default.copyItem(atPath: ResmapBinary.acmeSample.path, toPath: map)
            let name = "Feature\u{200C}flags\u{AD} \u{3164} 👩‍💻"
            let set = try resmap(["set", map, "system:feature-flags", "name", name] + Self.today)
            #expect(set.status == 0, "\(set.errors)")
            #expect(set.output.contains("to Feature<U+200C>flags<U+00AD> <U+3164> 👩‍💻\n"), "\(set.output)")
            let check = try resmap(["check", map] + Self.today)
            #expect(check.output.contains("Feature<U+200C>flags<U+00AD> <U+3164> 👩‍💻 is believed to run"), "\(check.output)")
            #expect(!check.output.unicodeScalars.contains { $0.value == 0x200C || $0.value == 0xAD || $0.value == 0x3164 })
        }
    }
}
