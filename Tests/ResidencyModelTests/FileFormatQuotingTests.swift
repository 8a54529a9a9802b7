import Testing
@testable import ResidencyModel

/// Text that a YAML 1.1 reader (PyYAML, Ruby) would take for a boolean, number, date or null is
/// written quoted; everything else stays plain.
@Suite("File format: quoting")
struct FileFormatQuotingTests {
    @Test(arguments: [
        "", "~", "null", "NULL", "yes", "No", "NO", "on", "OFF", "y", "n", "true", "False", ".inf", "-.Inf", ".NaN",
        "<<", "=", "12", "-3", "+7", "1_000", "0x1F", "0o17", "0b101", "1e3", "1.5", ".5", "12:30", "190:20:30.15",
        "2026-10-01", "2026-10-01T10:00:00Z", "2026-1-1",
    ])
    func ambiguousTextIsQuoted(_ text: String) {
        #expect(YAMLText.needsQuotes(text))
        #expect(YAMLText.style(for: text) == .singleQuoted)
    }

    @Test(arguments: [
        "Zürich", "30 days", "35d", "13 months", "24h", "aws:eu-central-1", "DE", "EU", "db-main", "nightly",
        "1st floor", "v1.2", "Norway", "yesterday", "nope", "on-error", "e", "東京",
    ])
    func ordinaryTextStaysPlain(_ text: String) {
        #expect(!YAMLText.needsQuotes(text))
        #expect(YAMLText.style(for: text) == .plain)
    }

    @Test func multiLineTextAsksForALiteralBlock() {
        #expect(YAMLText.style(for: "one\ntwo\n") == .literal)
        #expect(YAMLText.style(for: "one\r\ntwo") == .doubleQuoted)
        #expect(YAMLText.style(for: "one\u{2028}two") == .doubleQuoted)
    }

    @Test func norwayIsWrittenSoEveryReaderSeesAString() throws {
        let yaml = try MapFile.encode(FileFormatTestSupport.sampleMap())
        #expect(yaml.contains("countries: ['NO']"))
        #expect(yaml.contains("location: [JP, 'NO']"))
    }
}
