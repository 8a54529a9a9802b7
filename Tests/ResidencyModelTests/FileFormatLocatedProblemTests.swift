import Testing
@testable import ResidencyModel

/// Problems the validator finds after decoding are placed in the file too, copies included
/// (they have no id to be found by), and a required choice written empty is said to be empty.
@Suite("File format: every problem has a place in the file")
struct FileFormatLocatedProblemTests {
    static let head = """
        resmap: 1
        map: {name: M, owner: O}
        systems:
          - {id: db, name: DB, kind: database, location: "aws:eu-central-1", status: confirmed}
          - {id: vault, name: Vault, kind: backup, location: "aws:eu-west-1", status: confirmed}

        """

    @Test("A copy from a system to itself is reported at that copy")
    func copyToItself() {
        let problems = FileFormatTestSupport.problems(Self.head + """
            copies:
              - {from: db, to: vault, kind: backup}
              - {from: db, to: db, kind: backup}
            """)
        #expect(problems.count == 1)
        #expect(problems.first?.position == SourcePosition(line: 8, column: 5))
        #expect(problems.first?.message.contains("to itself") == true)
    }

    @Test("`kind: ~` on a system is empty, not silently dropped")
    func emptyKind() {
        let problems = FileFormatTestSupport.problems("""
            resmap: 1
            map: {name: M, owner: O}
            systems:
              - id: db
                name: DB
                kind: ~
                location: aws:eu-central-1
            """)
        #expect(problems.map(\.message) == ["'kind' of system 'db' is empty"])
        #expect(problems.first?.position == SourcePosition(line: 6, column: 11))
    }
}
