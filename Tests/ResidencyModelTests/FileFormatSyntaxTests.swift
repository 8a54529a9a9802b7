import Testing
@testable import ResidencyModel

/// YAML that libyaml cannot parse becomes one located diagnostic with a likely fix.
@Suite("File format: YAML syntax errors")
struct FileFormatSyntaxTests {
    private func onlyProblem(_ yaml: String, sourceLocation: SourceLocation = #_sourceLocation) -> Diagnostic? {
        let problems = FileFormatTestSupport.problems(yaml)
        #expect(problems.count == 1, "\(problems)", sourceLocation: sourceLocation)
        return problems.first
    }

    @Test func tabIndentation() {
        let problem = onlyProblem("resmap: 1\nmap:\n\tname: x\n")
        #expect(problem?.position == SourcePosition(line: 3, column: 1))
        #expect(problem?.message.hasPrefix("YAML syntax error:") == true)
        #expect(problem?.fix == "indent with spaces; YAML does not allow tabs in indentation")
    }

    @Test func unclosedQuotePointsAtTheOpeningQuote() {
        let problem = onlyProblem("resmap: 1\nmap:\n  name: 'Acme\n  owner: x\n")
        #expect(problem?.fix == "close the quote opened at line 3, column 9")
    }

    @Test func colonInsidePlainText() {
        let problem = onlyProblem("resmap: 1\nmap:\n  name: a: b\n")
        #expect(problem?.position == SourcePosition(line: 3, column: 10))
        #expect(problem?.fix?.contains("quotes") == true)
    }

    @Test func badIndentation() {
        let problem = onlyProblem("resmap: 1\nmap:\n  name: x\n owner: y\n")
        #expect(problem?.position == SourcePosition(line: 4, column: 2))
        #expect(problem?.fix == "line this entry up with the keys or `- ` items above it")
    }

    @Test func duplicateKeyNamesBothLines() {
        let problem = onlyProblem("resmap: 1\nmap:\n  name: x\n  owner: y\n  name: z\n")
        #expect(problem?.position == SourcePosition(line: 5, column: 3))
        #expect(problem?.message == "the key 'name' appears twice in one mapping (first at line 3, column 3)")
    }

    @Test func secondDocument() {
        let problem = onlyProblem("resmap: 1\n---\nresmap: 1\n")
        #expect(problem?.position == SourcePosition(line: 2, column: 1))
        #expect(problem?.message == "the file holds more than one YAML document")
    }

    @Test func undefinedAlias() {
        let problem = onlyProblem("resmap: 1\nmap: *header\n")
        #expect(problem?.position == SourcePosition(line: 2, column: 6))
        #expect(problem?.fix?.contains("&name") == true)
    }

    @Test func badEscapeInDoubleQuotes() {
        let problem = onlyProblem("resmap: 1\nmap:\n  name: \"C:\\qdata\"\n")
        #expect(problem?.position?.line == 3)
        #expect(problem?.fix?.contains("single quotes") == true)
    }

    @Test func controlCharacterInTheFile() {
        let problem = onlyProblem("resmap: 1\nmap:\n  name: a\u{7}b\n")
        #expect(problem?.position == SourcePosition(line: 3, column: 10))
        #expect(problem?.fix?.contains("control characters") == true)
    }

    @Test func emptyFileAndCommentOnlyFile() {
        for yaml in ["", "# nothing yet\n"] {
            let problem = onlyProblem(yaml)
            #expect(problem?.position == SourcePosition(line: 1, column: 1))
            #expect(problem?.message == "the file is empty")
        }
    }

    @Test func listAtTheTop() {
        let problem = onlyProblem("- a\n- b\n")
        #expect(problem?.message.contains("got a list") == true)
    }
}
