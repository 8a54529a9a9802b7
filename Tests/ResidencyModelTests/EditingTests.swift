import Foundation
import Testing
@testable import ResidencyModel

@Suite("Editing: edits, inverses, cascades, validation")
struct EditingTests {
    private func acme() throws -> MapDocument {
        try EditingSupport.document(EditingSupport.samplePath("acme-saas.yaml"))
    }

    @Test("Setting a field changes only that item, and undo restores the map exactly")
    func setAndUndo() throws {
        var document = try acme()
        let original = document.map
        let edit = try document.editor.set(.system("uploads"), field: "location", to: "aws:us-east-1")
        #expect(edit.changes.count == 1)
        let committed = try document.commit(edit)
        #expect(document.map.systems.first { $0.id == "uploads" }?.location == .places(["aws:us-east-1"]))
        #expect(document.isModified)
        #expect(committed.changes.moved.contains { $0.claimID == "files-frankfurt" && $0.from == .holds && $0.to == .broken })
        #expect(committed.changes.summary.contains("Uploaded files are stored in Frankfurt: holds -> broken"))
        let undone = try document.undo()
        #expect(undone?.edit.label.hasPrefix("Undo: ") == true)
        #expect(document.map == original)
        #expect(!document.isModified)
        _ = try document.redo()
        #expect(document.map.systems.first { $0.id == "uploads" }?.location == .places(["aws:us-east-1"]))
    }

    @Test("An invalid value is refused with the validator's message and changes nothing")
    func invalidRefused() throws {
        var document = try acme()
        let before = document.map
        let edit = try document.editor.set(.system("uploads"), field: "location", to: "aws:eu-cental-1")
        #expect(throws: EditRefusal.self) { try document.commit(edit) }
        #expect(document.problems(with: edit).first?.message.contains("unknown location 'aws:eu-cental-1'") == true)
        #expect(document.problems(with: edit).first?.fix == "did you mean 'aws:eu-central-1'?")
        #expect(document.map == before)
        #expect(!document.canUndo)
    }

    @Test("A field's text is checked before the validator: a bad date names the field")
    func fieldErrors() throws {
        let document = try acme()
        #expect(throws: FieldError.self) { try document.editor.set(.exception("ex-canada-leads"), field: "expires", to: "31/12/2026") }
        #expect(throws: FieldError.self) { try document.editor.set(.system("uploads"), field: "locaton", to: "DE") }
        do {
            _ = try document.editor.set(.system("uploads"), field: "locaton", to: "DE")
        } catch {
            #expect(error.message.contains("Did you mean 'location'"))
        }
    }

    @Test("Renaming a system updates every copy, grant, step and exception that names it")
    func renameCascades() throws {
        var document = try acme()
        let referencesBefore = references(to: "db-main", in: document.map)
        #expect(referencesBefore > 5)
        let edit = try document.editor.rename(.system("db-main"), to: "primary-db")
        try document.commit(edit)
        #expect(references(to: "db-main", in: document.map) == 0)
        #expect(references(to: "primary-db", in: document.map) == referencesBefore)
        #expect(edit.renames == [MapEdit.Rename(section: .systems, from: "db-main", to: "primary-db")])
        _ = try document.undo()
        #expect(references(to: "db-main", in: document.map) == referencesBefore)
    }

    @Test("Renaming to an id in use is refused")
    func renameToTakenID() throws {
        var document = try acme()
        let edit = try document.editor.rename(.system("db-main"), to: "uploads")
        #expect(throws: EditRefusal.self) { try document.commit(edit) }
    }

    @Test("Deleting a referenced system lists and removes what refers to it; undo brings all back")
    func deleteCascades() throws {
        var document = try acme()
        let original = document.map
        let referrers = document.editor.referrers(of: .system("backup-vault"))
        #expect(referrers.contains { $0.contains("removes the backup copy Primary database -> Nightly backups") })
        let edit = document.editor.remove(.system("backup-vault"))
        try document.commit(edit)
        #expect(!document.map.systems.contains { $0.id == "backup-vault" })
        #expect(references(to: "backup-vault", in: document.map) == 0)
        #expect(MapValidator().problems(in: document.map).isEmpty)
        _ = try document.undo()
        #expect(document.map == original)
    }

    @Test("Deleting a flow step renumbers the exceptions on later steps")
    func deleteStepRenumbers() throws {
        var map = try EditingSupport.document(EditingSupport.samplePath("acme-saas.yaml")).map
        let flow = map.flows[0]
        map.exceptions.append(ClaimException(id: "ex-step", claim: "eu-records", covers: .flowStep(flow: flow.id, step: 3),
                                             reason: "r", approvedBy: "a"))
        var document = MapDocument(map: map, today: EditingSupport.today)
        try document.commit(document.editor.remove(.step(flow: flow.id, index: 0)))
        #expect(document.map.exceptions.last?.covers == .flowStep(flow: flow.id, step: 2))
        #expect(document.map.flows[0].steps.count == flow.steps.count - 1)
    }

    @Test("Adding a role working from Canada with export access, then a grant, through field texts")
    func addRoleAndGrant() throws {
        var document = try acme()
        let role = try ItemValue.make(.role, from: ["id": "support-ca", "name": "Support Canada", "team": "support",
                                                    "countries": "CA", "headcount": "2"])
        guard let added = document.editor.add(role) else { throw TestFailure("no edit") }
        try document.commit(added.edit)
        #expect(added.ref == .role("support-ca"))
        let grant = try ItemValue.make(.grant, from: ["system": "db-main", "can": "view, export", "when": "always"])
        guard let addedGrant = document.editor.add(grant, owner: "support-ca") else { throw TestFailure("no grant edit") }
        let committed = try document.commit(addedGrant.edit)
        #expect(document.map.roles.last?.access == [AccessGrant(system: "db-main", capabilities: [.view, .export])])
        #expect(committed.changes.moved.contains { $0.claimID == "eu-staff" || $0.claimID == "eu-records-access" })
    }

    @Test("Duplicating gives a fresh id and name, placed after the original")
    func duplicate() throws {
        var document = try acme()
        guard let copy = document.editor.duplicate(.system("uploads")) else { throw TestFailure("no edit") }
        try document.commit(copy.edit)
        #expect(copy.ref == .system("uploads-copy"))
        #expect(document.map.systems.last?.name == "Uploaded files (copy)" || document.map.systems.last?.name.hasSuffix("(copy)") == true)
    }

    @Test("Moving a step swaps it with its neighbour and exceptions follow")
    func moveStep() throws {
        var document = try acme()
        let steps = document.map.flows[0].steps
        guard let moved = document.editor.moveStep(flow: document.map.flows[0].id, index: 0, by: 1) else { throw TestFailure("no edit") }
        try document.commit(moved.edit)
        #expect(document.map.flows[0].steps[0] == steps[1])
        #expect(document.map.flows[0].steps[1] == steps[0])
        #expect(document.editor.moveStep(flow: document.map.flows[0].id, index: 0, by: -1) == nil)
    }

    @Test("Adding a category to a map on the default set declares the defaults plus the new one")
    func addCategoryMaterialisesDefaults() throws {
        var document = MapDocument(map: ResidencyMap(header: MapHeader(name: "M", owner: "O")), today: EditingSupport.today)
        let category = try ItemValue.make(.category, from: ["id": "health", "name": "Health data", "personal": "yes"])
        guard let added = document.editor.add(category) else { throw TestFailure("no edit") }
        try document.commit(added.edit)
        #expect(document.map.declaredCategories?.count == DataCategory.defaults.count + 1)
        _ = try document.undo()
        #expect(document.map.declaredCategories == nil)
    }

    @Test("Edits are Codable values that round-trip exactly (the journal's and a session's format)")
    func editsAreCodable() throws {
        let document = try acme()
        let edit = try document.editor.rename(.system("db-main"), to: "primary-db")
        let data = try JSONEncoder().encode(edit)
        #expect(try JSONDecoder().decode(MapEdit.self, from: data) == edit)
    }

    @Test("An edit made against an item that changed since is refused, not applied blindly")
    func staleEditRefused() throws {
        var document = try acme()
        let stale = try document.editor.set(.system("uploads"), field: "name", to: "Files")
        try document.commit(try document.editor.set(.system("uploads"), field: "vendor", to: "Other"))
        #expect(throws: EditRefusal.self) { try document.commit(stale) }
    }

    @Test("Item refs parse as users write them")
    func itemRefs() throws {
        let map = try acme().map
        #expect(try ItemRef.parse("system:error-tracking", in: map) == .system("error-tracking"))
        #expect(try ItemRef.parse("copy:1", in: map) == .copy(0))
        #expect(try ItemRef.parse("copy:db-main/db-replica", in: map) == .copy(0))
        #expect(try ItemRef.parse("step:signup/2", in: map) == .step(flow: "signup", index: 1))
        #expect(try ItemRef.parse("grant:support-eu/1", in: map) == .grant(role: "support-eu", index: 0))
        #expect(throws: FieldError.self) { try ItemRef.parse("system:nope", in: map) }
        #expect(throws: FieldError.self) { try ItemRef.parse("gadget:x", in: map) }
    }

    private func references(to system: String, in map: ResidencyMap) -> Int {
        map.copies.filter { $0.from == system }.count + map.copies.filter { $0.to == system }.count
            + map.roles.flatMap(\.access).filter { $0.system == system }.count
            + map.flows.flatMap(\.steps).filter { $0.system == system }.count
            + map.exceptions.filter { $0.covers == .system(system) }.count
    }
}

@Suite("The validator is the loader's too")
struct LoaderValidatorTests {
    @Test("A rule only the in-memory validator knows is reported by the loader, at the item's id")
    func loaderRunsValidator() {
        let yaml = FileFormatTestSupport.header + """
            claims:
              - id: c
                text: Stays in the EU
                offering: eu
            exceptions:
              - id: late
                claim: c
                system: db
                reason: migration
                approved_by: Dana
                approved_on: 2026-10-01
                expires: 2026-09-01
            """
        let problems = FileFormatTestSupport.problems(yaml)
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("expires (2026-09-01) before it was approved (2026-10-01)") == true)
        #expect(problems.first?.position?.line == yaml.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("- id: late") }.map { $0 + 1 })
        #expect(problems.first?.description.hasPrefix("test.yaml:") == true)
    }
}

@Suite("One reference rule for the loader and the validator")
struct ReferenceRuleTests {
    @Test("An unknown step system reads the same from the loader and from a form's validator")
    func sameWording() throws {
        let yaml = FileFormatTestSupport.header + """
            flows:
              - id: signup
                name: Sign up
                steps:
                  - system: db
                  - system: dbb
            """
        let loaded = FileFormatTestSupport.problems(yaml)
        #expect(loaded.count == 1)
        var map = try #require(FileFormatTestSupport.map(FileFormatTestSupport.header + """
            flows:
              - id: signup
                name: Sign up
                steps:
                  - system: db
                  - system: logs
            """))
        map.flows[0].steps[1].system = "dbb"
        let validated = MapValidator().problems(in: map)
        #expect(validated.map(\.message) == loaded.map(\.message))
        #expect(validated.first?.message == "unknown system 'dbb' in 'system' of step 2 of flow 'signup'")
        #expect(validated.first?.fix == loaded.first?.fix)
        #expect(validated.first?.fix == "did you mean 'db'?")
    }
}

@Suite("Editing: header sign-offs")
struct SignOffEditingTests {
    @Test("Sign-offs are added, edited and removed as header changes, and undo restores them")
    func signOffs() throws {
        var document = try EditingSupport.document(EditingSupport.samplePath("acme-saas.yaml"))
        let original = document.map
        let value = try ItemValue.make(.signOff, from: ["by": "Ana Lima", "team": "support", "on": "2026-12-01"])
        let added = try #require(document.editor.add(value))
        try document.commit(added.edit)
        #expect(added.ref == .signOff(3))
        #expect(document.map.header.signOffs.last == SignOff(by: "Ana Lima", team: "support", on: ISODate("2026-12-01")))
        try document.commit(try document.editor.set(.signOff(3), field: "team", to: "legal"))
        #expect(document.map.header.signOffs[3].team == "legal")
        try document.commit(document.editor.remove(.signOff(0)))
        #expect(document.map.header.signOffs.map(\.by) == ["Priya Nair", "Tomás Reyes", "Ana Lima"])
        #expect(throws: FieldError.self) { try document.editor.set(.signOff(0), field: "on", to: "yesterday") }
        #expect(try ItemRef.parse("signoff:2", in: document.map) == .signOff(1))
        for _ in 0..<3 { _ = try document.undo() }
        #expect(document.map == original)
    }
}
