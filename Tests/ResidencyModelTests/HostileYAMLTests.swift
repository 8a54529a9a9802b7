import Foundation
import Testing
@testable import ResidencyModel

/// Files built to make the loader work hard get a located message at once, never a hang.
@Suite("File format: hostile YAML is refused quickly, with a located message")
struct HostileYAMLTests {
    @Test("Aliases inside aliases that expand to millions of values are refused in time proportional to the file")
    func billionLaughs() {
        var lines = ["resmap: 1", "map:", "  name: x", "  owner: y", "anchors:", "  a0: &a0 [DE, FR]"]
        for level in 1..<12 {
            lines.append("  a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        let start = Date()
        let problems = FileFormatTestSupport.problems(lines.joined(separator: "\n") + "\n")
        #expect(Date().timeIntervalSince(start) < 2)
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("anchors and aliases (&name, *name) expand to more than") == true)
        #expect(problems.first?.position != nil)
    }

    @Test("A few aliases in a hand-written map are fine")
    func modestAliases() {
        let yaml = FileFormatTestSupport.header.replacingOccurrences(of: "    location: DE\n", with: "    location: &de DE\n") + """
            roles:
              - id: support
                name: Support
                team: support
                countries: [DE]
            """
        #expect(FileFormatTestSupport.problems(yaml).isEmpty)
    }

    @Test("Nesting past libyaml's limit says how deep, at the line, without naming libyaml's internals")
    func deepNesting() {
        let yaml = "resmap: 1\nmap:\n  name: x\n  owner: y\nsystems: " + String(repeating: "[", count: 2000) + String(repeating: "]", count: 2000) + "\n"
        let problems = FileFormatTestSupport.problems(yaml)
        #expect(problems.first?.message == "the YAML is nested deeper than 1000 levels here")
        #expect(problems.first?.position?.line == 5)
        #expect(problems.first?.description.contains("yaml_set_max_nest_level") == false)
    }

    @Test("A value longer than 256 KB is refused at its place, with the limit")
    func hugeValue() {
        let yaml = FileFormatTestSupport.header.replacingOccurrences(
            of: "    location: DE\n", with: "    location: DE\n    notes: " + String(repeating: "x", count: 300 * 1024) + "\n")
        let problems = FileFormatTestSupport.problems(yaml)
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("'notes' of system 'logs' is 300 KB; a value may be at most 256 KB") == true)
    }
}

@Suite("Editing: a value the loader would refuse is refused in the form")
struct OversizedValueEditTests {
    @Test("Notes longer than 256 KB cannot be committed, so a save never writes a file that will not load")
    func oversizedNotes() throws {
        var document = try EditingSupport.document(EditingSupport.samplePath("acme-saas.yaml"))
        let edit = try document.editor.set(.system("uploads"), field: "notes", to: String(repeating: "n", count: 300 * 1024))
        #expect(throws: EditRefusal.self) { try document.commit(edit) }
        #expect(document.problems(with: edit).first?.message.contains("a value may be at most 256 KB") == true)
    }
}
