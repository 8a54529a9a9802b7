import Testing
@testable import ResidencyModel

/// One test per kind of problem: each is found, located at the right line and column, and
/// explained with a fix.
@Suite("File format: located diagnostics")
struct FileFormatDiagnosticTests {
    typealias Support = FileFormatTestSupport

    /// The only problem in `yaml`, or a failed expectation.
    private func onlyProblem(_ yaml: String, sourceLocation: SourceLocation = #_sourceLocation) -> Diagnostic? {
        let problems = Support.problems(yaml)
        #expect(problems.count == 1, "expected one problem, got: \(problems)", sourceLocation: sourceLocation)
        return problems.first
    }

    private func expect(_ diagnostic: Diagnostic?, line: Int, column: Int, message: String, fix: String? = nil,
                        sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(diagnostic?.position == SourcePosition(line: line, column: column),
                "position of \(String(describing: diagnostic))", sourceLocation: sourceLocation)
        #expect(diagnostic?.message.contains(message) == true,
                "message \(String(describing: diagnostic?.message)) lacks \(message)", sourceLocation: sourceLocation)
        if let fix {
            #expect(diagnostic?.fix?.contains(fix) == true,
                    "fix \(String(describing: diagnostic?.fix)) lacks \(fix)", sourceLocation: sourceLocation)
        } else {
            #expect(diagnostic?.fix?.isEmpty == false, sourceLocation: sourceLocation)
        }
    }

    @Test func theBaseMapIsValid() {
        #expect(Support.problems(Support.header).isEmpty)
    }

    @Test func tenDifferentMistakesGiveTenLocatedMessages() {
        let result = MapFile.read(path: Support.fixture("ten-mistakes.yaml"))
        guard case .problems(let problems) = result else {
            Issue.record("expected problems, got \(result)")
            return
        }
        let lines = problems.compactMap { $0.position?.line }
        #expect(problems.count == 10)
        #expect(lines == [6, 10, 14, 16, 17, 20, 25, 27, 35, 44])
        #expect(problems.allSatisfy { $0.fix != nil && $0.file.hasSuffix("ten-mistakes.yaml") })
        #expect(Set(problems.map(\.message)).count == 10)
    }

    @Test func descriptionHasTheCompilerShape() {
        let diagnostic = Diagnostic(file: "map.yaml", position: SourcePosition(line: 3, column: 7),
                                    message: "unknown key 'x'", fix: "remove it")
        #expect(diagnostic.description == "map.yaml:3:7: error: unknown key 'x'\n  fix: remove it")
    }

    // MARK: - Structure and types

    @Test func unknownKeySuggestsTheClosestKey() {
        let problem = onlyProblem(Support.header + "    retension: 30 days\n")
        expect(problem, line: 18, column: 5, message: "unknown key 'retension' in system 'logs'",
               fix: "did you mean 'retention'?")
    }

    @Test func unknownKeyWithoutACloseMatchListsTheAllowedKeys() {
        let problem = onlyProblem(Support.header + "    colour: blue\n")
        expect(problem, line: 18, column: 5, message: "unknown key 'colour'", fix: "id, name, kind")
    }

    @Test func unknownTopLevelKey() {
        let problem = onlyProblem(Support.header + "sytems: []\n")
        expect(problem, line: 18, column: 1, message: "unknown key 'sytems' in the map file",
               fix: "did you mean 'systems'?")
    }

    @Test func missingRequiredKeyIsReportedAtItsMapping() {
        let problem = onlyProblem(Support.header + """
              - id: cache
                name: Cache
                location: DE

            """)
        expect(problem, line: 18, column: 5, message: "system 'cache' has no 'kind'", fix: "kind: database")
    }

    @Test func missingFormatVersion() {
        let problem = onlyProblem(String(Support.header.dropFirst("resmap: 1\n".count)))
        expect(problem, line: 1, column: 1, message: "format version", fix: "resmap: 1")
    }

    @Test func newerFormatVersionIsTheOnlyProblemReported() {
        let yaml = Support.header.replacingOccurrences(of: "resmap: 1", with: "resmap: 2") + "    future_key: 1\n"
        let problem = onlyProblem(yaml)
        expect(problem, line: 1, column: 9, message: "written by a newer resmap (format 2)", fix: "upgrade resmap")
    }

    @Test func textWhereAListBelongs() {
        let problem = onlyProblem(Support.header + "copies: every night\n")
        expect(problem, line: 18, column: 9, message: "expected a list under 'copies'", fix: "- ")
    }

    @Test func listWhereTextBelongs() {
        let yaml = Support.header.replacingOccurrences(of: "name: Logs", with: "name: [Logs, Traces]")
        let problem = onlyProblem(yaml)
        expect(problem, line: 15, column: 11, message: "expected text for 'name' of system 'logs', got a list")
    }

    @Test func wordWhereAWholeNumberBelongs() {
        let problem = onlyProblem(Support.header + """
            roles:
              - id: support
                name: Support
                team: support
                countries: [DE]
                headcount: ten

            """)
        expect(problem, line: 23, column: 16,
               message: "expected a whole number for 'headcount' of role 'support', got 'ten'", fix: "digits only")
    }

    @Test func negativeIntervalIsRejected() {
        let yaml = Support.header.replacingOccurrences(of: "owner: Dana", with: "owner: Dana\n  review_interval_days: -5")
        let problem = onlyProblem(yaml)
        expect(problem, line: 5, column: 25, message: "must be at least 1, got -5")
    }

    @Test func yesIsNotABoolean() {
        let problem = onlyProblem(Support.header + """
            roles:
              - id: support
                name: Support
                team: support
                countries: [DE]
                access:
                  - system: db
                    can: [view]
                    recorded: yes

            """)
        expect(problem, line: 26, column: 19, message: "expected true or false for 'recorded'",
               fix: "`recorded: true` or `recorded: false`")
    }

    @Test func emptyRequiredText() {
        let yaml = Support.header.replacingOccurrences(of: "name: Logs", with: "name: \"  \"")
        let problem = onlyProblem(yaml)
        expect(problem, line: 15, column: 11, message: "'name' of system 'logs' is empty")
    }

    @Test func idWithASpace() {
        let yaml = Support.header.replacingOccurrences(of: "id: logs", with: "id: app logs")
        let problem = onlyProblem(yaml)
        expect(problem, line: 14, column: 9, message: "'id' 'app logs' of system 'app logs' is not a single word")
    }

    @Test func mergeKeysAreRefusedPlainly() {
        let problem = onlyProblem(Support.header + "    <<: {vendor: AWS}\n")
        expect(problem, line: 18, column: 5, message: "merge keys", fix: "write the fields out in full")
    }

    // MARK: - Vocabularies and values

    @Test func misspeltKindSuggestsTheWordAndListsTheRest() {
        let yaml = Support.header.replacingOccurrences(of: "kind: logs", with: "kind: lgos")
        let problem = onlyProblem(yaml)
        expect(problem, line: 16, column: 11, message: "unknown system kind 'lgos' in system 'logs'",
               fix: "did you mean 'logs'? (one of: cdn,")
    }

    @Test func everyVocabularyIsChecked() {
        let problems = Support.problems(Support.header + """
                status: confirmd
            copies:
              - from: db
                to: logs
                kind: backups
            roles:
              - id: support
                name: Support
                team: support
                countries: [DE]
                access:
                  - system: db
                    can: [veiw]
                    when: alwys
            flows:
              - id: signup
                name: Sign up
                steps:
                  - system: db
                    when: nightyl
            claims:
              - id: c
                text: Stays in the EU
                offering: eu
                scope: [storage, copys]

            """)
        let expected: [(Int, String, String)] = [
            (18, "unknown status 'confirmd'", "did you mean 'confirmed'?"),
            (22, "unknown copy kind 'backups'", "did you mean 'backup'?"),
            (30, "unknown capability 'veiw'", "did you mean 'view'?"),
            (31, "unknown access condition 'alwys'", "did you mean 'always'?"),
            (37, "unknown step timing 'nightyl'", "did you mean 'nightly'?"),
            (42, "unknown claim scope 'copys'", "did you mean 'copies'?"),
        ]
        #expect(problems.count == expected.count, "\(problems)")
        for (problem, (line, message, fix)) in zip(problems, expected) {
            #expect(problem.position?.line == line)
            #expect(problem.message.contains(message), "\(problem.message)")
            #expect(problem.fix?.contains(fix) == true, "\(String(describing: problem.fix))")
        }
    }

    @Test func unreadableRetention() {
        let problem = onlyProblem(Support.header + "    retention: 30 dayz\n")
        expect(problem, line: 18, column: 16, message: "cannot read the retention '30 dayz' of system 'logs'",
               fix: "'30 days'")
    }

    @Test func impossibleDate() {
        let yaml = Support.header.replacingOccurrences(of: "owner: Dana", with: "owner: Dana\n  last_reviewed: 2026-02-30")
        let problem = onlyProblem(yaml)
        expect(problem, line: 5, column: 18, message: "'2026-02-30' is not a date", fix: "YYYY-MM-DD")
    }

    @Test func unknownLocationCodeSuggestsAKnownOne() {
        let yaml = Support.header.replacingOccurrences(of: "location: aws:eu-central-1",
                                                       with: "location: aws:eu-centrl-1")
        let problem = onlyProblem(yaml)
        expect(problem, line: 13, column: 15, message: "unknown location code 'aws:eu-centrl-1' in system 'db'",
               fix: "did you mean 'aws:eu-central-1'?")
    }

    @Test func unknownCodeInALocationList() {
        let yaml = Support.header.replacingOccurrences(of: "location: DE", with: "location: [DE, Mars]")
        let problem = onlyProblem(yaml)
        expect(problem, line: 17, column: 20, message: "unknown location code 'Mars' in system 'logs'")
    }

    @Test func unknownCannotBeListedWithCodes() {
        let yaml = Support.header.replacingOccurrences(of: "location: DE", with: "location: [DE, unknown]")
        let problem = onlyProblem(yaml)
        expect(problem, line: 17, column: 20, message: "'unknown' cannot be listed together with location codes")
    }

    @Test func unknownRegionTerm() {
        let yaml = Support.header.replacingOccurrences(of: "region: EU", with: "region: [DE, Europa]")
        let problem = onlyProblem(yaml)
        expect(problem, line: 8, column: 18, message: "unknown region 'Europa' in 'region' of offering 'eu'",
               fix: "EEA")
    }

    @Test func roleCountriesMustBeISOCodes() {
        let problem = onlyProblem(Support.header + """
            roles:
              - id: support
                name: Support
                team: support
                countries: [DE, UK]

            """)
        expect(problem, line: 22, column: 21, message: "unknown country code 'UK' in role 'support'",
               fix: "the ISO code of the United Kingdom is GB")
    }

    @Test func lowerCaseCountryCodeGetsItsUpperCase() {
        let problem = onlyProblem(Support.header + """
            roles:
              - id: support
                name: Support
                team: support
                countries: [de]

            """)
        expect(problem, line: 22, column: 17, message: "unknown country code 'de'", fix: "did you mean 'DE'?")
    }

    // MARK: - Ids and references

    @Test func duplicateIdNamesBothPositions() {
        let yaml = Support.header.replacingOccurrences(of: "id: logs", with: "id: db")
        let problem = onlyProblem(yaml)
        expect(problem, line: 14, column: 9, message: "duplicate system id 'db' (first declared at line 10, column 9)",
               fix: "give each system its own id")
    }

    @Test func duplicateIdsAreCountedPerKind() {
        // A role and a system may share an id: they live in different collections.
        let yaml = Support.header + """
            roles:
              - id: db
                name: Database admins
                team: engineering
                countries: [DE]

            """
        #expect(Support.problems(yaml).isEmpty)
    }

    @Test func copyFromAMissingSystem() {
        let problem = onlyProblem(Support.header + """
            copies:
              - from: dbb
                to: logs
                kind: backup

            """)
        expect(problem, line: 19, column: 11, message: "unknown system 'dbb' in 'from' of copy #1",
               fix: "did you mean 'db'?")
    }

    @Test func grantOnAMissingSystem() {
        let problem = onlyProblem(Support.header + """
            roles:
              - id: support
                name: Support
                team: support
                countries: [DE]
                access:
                  - system: zendesk
                    can: [view]

            """)
        expect(problem, line: 24, column: 17, message: "unknown system 'zendesk' in 'system' of access #1 of role 'support'",
               fix: "add a system with this id under `systems:`")
    }

    @Test func flowStepOnAMissingSystem() {
        let problem = onlyProblem(Support.header + """
            flows:
              - id: signup
                name: Sign up
                steps:
                  - system: db
                  - system: lgos

            """)
        expect(problem, line: 23, column: 17, message: "unknown system 'lgos' in 'system' of step 2 of flow 'signup'",
               fix: "did you mean 'logs'?")
    }

    @Test func unknownDefaultDataCategory() {
        let problem = onlyProblem(Support.header + "    data: [ip-adresses]\n")
        expect(problem, line: 18, column: 12, message: "unknown data category 'ip-adresses' in 'data' of system 'logs'",
               fix: "did you mean 'ip-addresses'?")
    }

    @Test func declaredCategoriesReplaceTheDefaults() {
        let problem = onlyProblem(Support.header + """
                data: [customer-records]
            data_categories:
              - id: tickets
                name: Support tickets

            """)
        expect(problem, line: 18, column: 12, message: "unknown data category 'customer-records'",
               fix: "under `data_categories:`")
    }

    @Test func systemInAnUnknownOffering() {
        let problem = onlyProblem(Support.header + "    offerings: [eu, us]\n")
        expect(problem, line: 18, column: 21, message: "unknown offering 'us' in 'offerings' of system 'logs'")
    }

    @Test func claimOfAnUnknownOffering() {
        let problem = onlyProblem(Support.header + """
            claims:
              - id: eu-records
                text: Customer records stay in the EU
                offering: europe

            """)
        expect(problem, line: 21, column: 15, message: "unknown offering 'europe' in 'offering' of claim 'eu-records'")
    }

    @Test func claimThatCoversNoData() {
        let problem = onlyProblem(Support.header + """
            claims:
              - id: eu-records
                text: Customer records stay in the EU
                offering: eu
                data: []

            """)
        expect(problem, line: 22, column: 11, message: "claim 'eu-records' covers no data", fix: "remove `data:`")
    }

    private let claimAndFlow = FileFormatTestSupport.header + """
        roles:
          - id: support
            name: Support
            team: support
            countries: [DE]
        flows:
          - id: signup
            name: Sign up
            steps:
              - system: db
              - system: logs
        claims:
          - id: eu-records
            text: Customer records stay in the EU
            offering: eu
        exceptions:
          - id: ex
            claim: eu-records
            reason: Approved
            approved_by: Priya

        """

    @Test func exceptionReferencesAreChecked() {
        let yaml = claimAndFlow.replacingOccurrences(of: "claim: eu-records", with: "claim: eu-record")
            .replacingOccurrences(of: "reason: Approved", with: "role: suport\n    reason: Approved")
        let problems = Support.problems(yaml)
        #expect(problems.count == 2)
        expect(problems.first, line: 35, column: 12, message: "unknown claim 'eu-record' in 'claim' of exception 'ex'",
               fix: "did you mean 'eu-records'?")
        expect(problems.last, line: 36, column: 11, message: "unknown role 'suport'", fix: "did you mean 'support'?")
    }

    @Test func exceptionWithoutATarget() {
        let problem = onlyProblem(claimAndFlow)
        expect(problem, line: 34, column: 5, message: "exception 'ex' does not say what it covers",
               fix: "`flow: FLOW-ID` with `step: N`")
    }

    @Test func exceptionWithTwoTargets() {
        let yaml = claimAndFlow.replacingOccurrences(of: "reason: Approved",
                                                     with: "system: db\n    role: support\n    reason: Approved")
        let problem = onlyProblem(yaml)
        expect(problem, line: 37, column: 5, message: "covers both 'system' and 'role'", fix: "second exception")
    }

    @Test func exceptionStepPastTheFlowsEnd() {
        let yaml = claimAndFlow.replacingOccurrences(of: "reason: Approved",
                                                     with: "flow: signup\n    step: 3\n    reason: Approved")
        let problem = onlyProblem(yaml)
        expect(problem, line: 37, column: 11, message: "names step 3 of flow 'signup', which has 2 steps",
               fix: "steps count from 1 to 2")
    }

    @Test func exceptionFlowWithoutAStep() {
        let yaml = claimAndFlow.replacingOccurrences(of: "reason: Approved", with: "flow: signup\n    reason: Approved")
        let problem = onlyProblem(yaml)
        expect(problem, line: 36, column: 5, message: "names a flow but no step", fix: "step: N")
    }

    @Test func exceptionStepZero() {
        let yaml = claimAndFlow.replacingOccurrences(of: "reason: Approved",
                                                     with: "flow: signup\n    step: 0\n    reason: Approved")
        let problem = onlyProblem(yaml)
        expect(problem, line: 37, column: 11, message: "'step' of exception 'ex' must be at least 1")
    }

    @Test func aValidExceptionPassesForEachTarget() {
        for target in ["system: logs", "role: support", "flow: signup\n    step: 2"] {
            let yaml = claimAndFlow.replacingOccurrences(of: "reason: Approved", with: "\(target)\n    reason: Approved")
            #expect(Support.problems(yaml).isEmpty, "\(target)")
        }
    }

    // MARK: - Safety and order

    @Test func controlCharactersInUserTextAreEscapedInMessages() {
        let problem = onlyProblem(Support.header + "    \"\\e[2Jclear\": 1\n")
        #expect(problem?.message.contains("\u{1B}") == false)
        #expect(problem?.message.contains("\\u{1b}[2Jclear") == true)
    }

    /// Found by resmap-fuzz: a Hangul filler (drawn as nothing, not a format character) reached
    /// the message raw.
    @Test func invisibleCharactersInUserTextShowAsStandInsInMessages() {
        let problem = onlyProblem(Support.header.replacingOccurrences(of: "kind: logs", with: "kind: logs\u{3164}"))
        #expect(problem?.message.contains("\u{3164}") == false)
        #expect(problem?.message.contains("'logs<U+3164>'") == true)
        #expect(problem.map { TerminalText.isSafe($0.message) } == true)
    }

    @Test func allProblemsAreReportedInFileOrder() {
        let yaml = Support.header.replacingOccurrences(of: "kind: logs", with: "kind: lgos")
            .replacingOccurrences(of: "location: aws:eu-central-1", with: "location: nowhere")
            + "copies:\n  - from: x\n    to: db\n    kind: backup\n"
        let problems = Support.problems(yaml)
        #expect(problems.compactMap(\.position?.line) == [13, 16, 19])
    }
}
