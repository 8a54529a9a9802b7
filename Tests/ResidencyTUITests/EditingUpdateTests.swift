import ResidencyModel
import ResidencyTUI
import Testing

/// Every kind of edit through keys, asserted on the state and the effects: the form that opens,
/// the map after it applies, the journal effects, the footer naming the verdict that moved.
@Suite("Editing: every kind of edit through keys")
struct EditingUpdateTests {
    // MARK: Systems: edit, add, delete, duplicate

    @Test("e on a system opens its form; typing changes the field; Enter applies, journals and names the verdict that moved")
    func editSystem() throws {
        var state = try Editing.acmeFromFile()
        let original = state.map
        state.press(.character("2"))
        state.select(.system("uploads"))
        #expect(state.evaluation.result(forClaim: "files-frankfurt")?.verdict == .holds)

        state.press(.character("e"))
        let form = try #require(state.topForm)
        #expect(form.kind == .system)
        #expect(form.target == .edit(.system("uploads")))
        #expect(form.texts["location"] == "aws:eu-central-1")

        state.setField("location", to: "aws:us-east-1")
        #expect(state.formText("location") == "aws:us-east-1")
        #expect(state.map == original, "typing never touches the map")

        // Enter on a field without a picker applies the form.
        state.focusField("retention")
        let effects = state.press(.enter)
        #expect(state.overlays.isEmpty)
        #expect(state.map.system("uploads")?.location == .places(["aws:us-east-1"]))
        #expect(effects.names == ["startJournal"], "the first edit starts the journal")
        if case .startJournal(_, let edits)? = effects.first {
            #expect(edits.count == 1)
        }
        #expect(state.evaluation.result(forClaim: "files-frankfurt")?.verdict == .broken)
        let status = try #require(state.status?.text)
        #expect(status.contains("Uploaded files are stored in Frankfurt: holds -> broken"), "\(status)")
        #expect(status.hasSuffix("Edit system File uploads"), "\(status)")
        #expect(state.document.isModified)

        // A second edit appends to the journal.
        state.press(.character("e"))
        state.setField("vendor", to: "AWS S3 (us)")
        let second = state.press(.enter)
        #expect(second.names == ["appendJournal"])
        #expect(state.map.system("uploads")?.vendor == "AWS S3 (us)")
        #expect(state.status?.text.contains("no verdict changed") == true, "\(state.status?.text ?? "")")
    }

    @Test("C-s in a form applies it and asks for a save")
    func applyAndSave() throws {
        var state = try Editing.acmeFromFile()
        state.press(.character("2"))
        state.select(.system("uploads"))
        state.press(.character("e"))
        state.setField("vendor", to: "Amazon S3")
        let effects = state.press(.control("s"))
        #expect(state.overlays.isEmpty)
        #expect(state.map.system("uploads")?.vendor == "Amazon S3")
        #expect(effects.names == ["startJournal", "save"])
    }

    @Test("a on Systems adds a system and selects it")
    func addSystem() throws {
        var state = try Editing.acmeFromFile()
        let count = state.map.systems.count
        state.press(.character("2"), .character("a"))
        let form = try #require(state.topForm)
        #expect(form.kind == .system)
        #expect(form.target == .add(owner: nil, position: nil))
        #expect(form.texts["location"] == "unknown", "a new system starts at an unknown location")
        state.setField("id", to: "ledger")
        state.setField("name", to: "Ledger")
        state.setField("location", to: "aws:eu-central-1")
        state.focusField("name")
        let effects = state.press(.enter)
        #expect(effects.names == ["startJournal"])
        #expect(state.map.systems.count == count + 1)
        #expect(state.map.systems.last?.id == "ledger")
        #expect(state.map.system("ledger")?.location == .places(["aws:eu-central-1"]))
        #expect(state.selectedRef == .system("ledger"))
        #expect(state.status?.text.hasSuffix("Add system Ledger") == true, "\(state.status?.text ?? "")")
    }

    @Test("D deletes an unreferenced item at once")
    func deleteUnreferenced() throws {
        var state = try Editing.acmeFromFile()
        state.press(.character("5"))
        state.select(.claim("eu-staff"))
        let effects = state.press(.character("D"))
        #expect(state.overlays.isEmpty, "no confirmation: nothing refers to the claim")
        #expect(state.map.claim("eu-staff") == nil)
        #expect(effects.names == ["startJournal"])
        #expect(state.status?.text.contains("Only EU staff can access customer data: broken -> removed") == true,
                "\(state.status?.text ?? "")")
    }

    @Test("D on a referenced system lists the referrers; n and Esc keep it, y deletes it with them")
    func deleteReferenced() throws {
        var state = try Editing.acmeFromFile()
        let original = state.map
        state.press(.character("2"))
        state.select(.system("uploads"))
        var effects = state.press(.character("D"))
        #expect(effects.isEmpty)
        let confirm = try #require(state.topConfirm)
        #expect(confirm.title == "Delete system File uploads?")
        #expect(confirm.lines.contains("  · changes flow File upload (loses 1 step)"), "\(confirm.lines)")
        #expect(confirm.choices.map(\.key) == [.character("y"), .character("n")])

        effects = state.press(.character("n"))
        #expect(effects.isEmpty)
        #expect(state.overlays.isEmpty)
        #expect(state.map == original)

        state.press(.character("D"))
        state.press(.escape)
        #expect(state.overlays.isEmpty)
        #expect(state.map == original)

        state.press(.character("D"))
        state.press(.character("z"))
        #expect(state.topConfirm != nil, "another key asks again and keeps the question open")
        #expect(state.status?.text.hasPrefix("Answer with y (delete all), n (keep)") == true)

        effects = state.press(.character("y"))
        #expect(effects.names == ["startJournal"])
        #expect(state.overlays.isEmpty)
        #expect(state.map.system("uploads") == nil)
        #expect(state.map.flow("file-upload")?.steps.contains { $0.system == "uploads" } == false)
        #expect(state.map.flow("file-upload")?.steps.count == 9)
    }

    @Test("y duplicates the selected system after the others and selects the copy")
    func duplicateSystem() throws {
        var state = try Editing.acmeFromFile()
        state.press(.character("2"))
        state.select(.system("db-main"))
        let effects = state.press(.character("y"))
        #expect(effects.names == ["startJournal"])
        let copy = try #require(state.map.system("db-main-copy"))
        #expect(copy.name == "Primary database (copy)")
        #expect(copy.location == state.map.system("db-main")?.location)
        #expect(state.selectedRef == .system("db-main-copy"))
        state.press(.character("y"))
        #expect(state.map.system("db-main-copy-copy") != nil || state.map.system("db-main-copy-2") != nil)
    }

    // MARK: Roles, claims, flows, steps

    @Test("a on Access adds a role")
    func addRole() throws {
        var state = try Editing.acmeFromFile()
        state.press(.character("3"), .character("a"))
        #expect(state.topForm?.kind == .role)
        state.setField("id", to: "auditors")
        state.setField("name", to: "Auditors")
        state.setField("team", to: "legal")
        state.setField("countries", to: "DE, FR")
        state.focusField("headcount")
        state.type("3")
        let effects = state.press(.enter)
        #expect(effects.names == ["startJournal"])
        let role = try #require(state.map.role("auditors"))
        #expect(role.countries == ["DE", "FR"])
        #expect(role.headcount == 3)
        #expect(role.access.isEmpty)
        #expect(state.selectedRef == .role("auditors"))
    }

    @Test("a on Claims adds a claim, which gets a verdict at once")
    func addClaim() throws {
        var state = try Editing.acmeFromFile()
        state.press(.character("5"), .character("a"))
        #expect(state.topForm?.kind == .claim)
        #expect(state.formText("offering") == "eu", "the first offering is filled in")
        state.setField("id", to: "eu-backups")
        state.setField("text", to: "Backups stay in the EU")
        state.press(.enter)
        let claim = try #require(state.map.claim("eu-backups"))
        #expect(claim.offering == "eu")
        #expect(state.evaluation.result(forClaim: "eu-backups") != nil)
        #expect(state.status?.text.contains("Backups stay in the EU: new -> ") == true, "\(state.status?.text ?? "")")
        #expect(state.selectedRef == .claim("eu-backups"))
    }

    @Test("a on the Walk list adds a flow; a while walking adds a step after the current hop")
    func addFlowAndStep() throws {
        var state = try Editing.acmeFromFile()
        state.press(.character("4"), .character("a"))
        #expect(state.topForm?.kind == .flow)
        state.setField("id", to: "login")
        state.setField("name", to: "Log in")
        state.press(.enter)
        #expect(state.map.flow("login")?.name == "Log in")
        #expect(state.map.flow("login")?.steps.isEmpty == true)

        state.select(.flow("signup"))
        state.press(.enter, .character("n"))
        #expect(state.selectedRef == .step(flow: "signup", index: 1))
        state.press(.character("a"))
        let form = try #require(state.topForm)
        #expect(form.kind == .step)
        #expect(form.target == .add(owner: "signup", position: 2))
        state.setField("system", to: "waf")
        state.setField("data", to: "ip-addresses")
        state.focusField("notes")
        let effects = state.press(.enter)
        #expect(effects.names == ["appendJournal"])
        let steps = try #require(state.map.flow("signup")?.steps)
        #expect(steps.count == 11)
        #expect(steps.map(\.system).prefix(4) == ["cdn", "load-balancer", "waf", "api"])
        #expect(state.selectedRef == .step(flow: "signup", index: 2), "the walk moves to the new step")
    }

    @Test("K and J while walking move the current step, and the walk follows it")
    func moveStepWhileWalking() throws {
        var state = try Editing.acmeFromFile()
        state.press(.character("4"))
        state.select(.flow("signup"))
        state.press(.enter, .character("n"))
        #expect(state.selectedRef == .step(flow: "signup", index: 1))
        state.press(.character("J"))
        #expect(state.map.flow("signup")?.steps.map(\.system).prefix(3) == ["cdn", "api", "load-balancer"])
        #expect(state.selectedRef == .step(flow: "signup", index: 2))
        #expect(state.status?.text.hasSuffix("Move step 2 of Sign up down") == true, "\(state.status?.text ?? "")")
        state.press(.character("K"), .character("K"))
        #expect(state.map.flow("signup")?.steps.map(\.system).prefix(3) == ["load-balancer", "cdn", "api"])
        #expect(state.selectedRef == .step(flow: "signup", index: 0))
        state.press(.character("K"))
        #expect(state.status?.text == "Already the first step")
    }

    // MARK: Lists: grants, steps, copies, exceptions, offerings, categories

    @Test("c on Access lists the role's grants; a adds one, e edits, D deletes")
    func grants() throws {
        var state = try Editing.acmeFromFile()
        state.press(.character("3"))
        state.select(.role("finance-uk"))
        state.press(.character("c"))
        let list = try #require(state.topList)
        #expect(list.list == .grants(role: "finance-uk"))
        #expect(list.rows(in: state).map(\.ref) == [.grant(role: "finance-uk", index: 0)])

        state.press(.character("a"))
        let form = try #require(state.topForm)
        #expect(form.kind == .grant)
        #expect(form.target == .add(owner: "finance-uk", position: nil))
        state.setField("system", to: "crm")
        // Every grant field has a picker, so C-s applies (and saves).
        let effects = state.press(.control("s"))
        #expect(effects.names == ["startJournal", "save"])
        #expect(state.map.role("finance-uk")?.access.map(\.system) == ["payments", "crm"])
        #expect(state.topList?.rows(in: state).count == 2, "the list stays open under the form")

        state.press(.character("j"), .character("e"))
        #expect(state.topForm?.target == .edit(.grant(role: "finance-uk", index: 1)))
        state.setField("can", to: "view, export")
        state.press(.control("s"))
        #expect(state.map.role("finance-uk")?.access[1].capabilities == [.view, .export])

        state.press(.character("D"))
        #expect(state.topList != nil, "a grant has no referrers: deleted at once, the list stays")
        #expect(state.map.role("finance-uk")?.access.map(\.system) == ["payments"])
        state.press(.escape)
        #expect(state.overlays.isEmpty)
    }

    @Test("s on a Walk flow lists its steps; J and K move the selected one")
    func stepsList() throws {
        var state = try Editing.acmeFromFile()
        state.press(.character("4"))
        state.select(.flow("plan-upgrade"))
        state.press(.character("s"))
        let list = try #require(state.topList)
        #expect(list.list == .steps(flow: "plan-upgrade"))
        #expect(list.rows(in: state).count == 6)
        state.press(.character("J"))
        #expect(state.map.flow("plan-upgrade")?.steps.map(\.system).prefix(2) == ["load-balancer", "cdn"])
        #expect(state.topList?.selection == 1, "the selection follows the moved step")
        state.press(.character("K"))
        #expect(state.map.flow("plan-upgrade")?.steps.map(\.system).prefix(2) == ["cdn", "load-balancer"])
        #expect(state.topList?.selection == 0)
        state.press(.character("y"))
        #expect(state.map.flow("plan-upgrade")?.steps.map(\.system).prefix(3) == ["cdn", "cdn", "load-balancer"])
        state.press(.character("u"))
        #expect(state.map.flow("plan-upgrade")?.steps.count == 6)
    }

    @Test("c on Systems lists copies from and into the system; a adds one from it")
    func copies() throws {
        var state = try Editing.acmeFromFile()
        let count = state.map.copies.count
        state.press(.character("2"))
        state.select(.system("backup-vault"))
        state.press(.character("c"))
        let list = try #require(state.topList)
        #expect(list.list == .copies(system: "backup-vault"))
        #expect(list.rows(in: state).count == 2, "the nightly backup into it and the restore test out of it")
        state.press(.character("a"))
        #expect(state.topForm?.kind == .copy)
        #expect(state.formText("from") == "backup-vault", "a new copy starts from the system")
        state.setField("to", to: "dr-standby")
        state.setField("schedule", to: "weekly")
        state.press(.enter)
        #expect(state.map.copies.count == count + 1)
        #expect(state.map.copies.last.map { [$0.from, $0.to, $0.schedule ?? ""] } == ["backup-vault", "dr-standby", "weekly"])
        #expect(state.topList?.rows(in: state).count == 3)
    }

    @Test("x on Claims lists the claim's exceptions; a adds one for that claim")
    func exceptions() throws {
        var state = try Editing.acmeFromFile()
        state.press(.character("5"))
        state.select(.claim("eu-staff"))
        state.press(.character("x"))
        #expect(state.topList?.list == .exceptions(claim: "eu-staff"))
        #expect(state.topList?.rows(in: state).isEmpty == true)
        state.press(.character("a"))
        #expect(state.topForm?.kind == .exception)
        #expect(state.formText("claim") == "eu-staff")
        state.setField("id", to: "ex-oncall")
        state.setField("covers", to: "role:oncall-us")
        state.setField("reason", to: "Night cover until EU hires start")
        state.setField("approved_by", to: "Priya Nair (Legal)")
        state.setField("expires", to: "2027-06-30")
        state.press(.enter)
        let exception = try #require(state.map.exception("ex-oncall"))
        #expect(exception.claim == "eu-staff")
        #expect(exception.covers == .role("oncall-us"))
        #expect(exception.expires == ISODate(year: 2027, month: 6, day: 30))
        #expect(state.topList?.rows(in: state).map(\.ref) == [.exception("ex-oncall")])
    }

    @Test("o and c on the Overview list offerings and categories; m edits the header")
    func overviewLists() throws {
        var state = try Editing.acmeFromFile()
        state.press(.character("o"))
        #expect(state.topList?.list == .offerings)
        state.press(.character("a"))
        #expect(state.topForm?.kind == .offering)
        state.setField("id", to: "us")
        state.setField("name", to: "US residency")
        state.setField("region", to: "US")
        state.focusField("name")
        state.press(.enter)
        #expect(state.map.offerings.map(\.id) == ["eu", "us"])
        #expect(state.map.offerings.last?.region == RegionSpec("US"))
        state.press(.escape)

        state.press(.character("c"))
        #expect(state.topList?.list == .categories)
        let categories = state.map.dataCategories.count
        state.press(.character("a"))
        #expect(state.topForm?.kind == .category)
        state.setField("id", to: "telemetry")
        state.setField("name", to: "Telemetry")
        state.focusField("name")
        state.press(.enter)
        #expect(state.map.dataCategories.count == categories + 1)
        #expect(state.map.dataCategories.contains { $0.id == "telemetry" && $0.personal })
        state.press(.escape)

        state.press(.character("m"))
        #expect(state.topForm?.kind == .map)
        #expect(state.topForm?.target == .edit(.map))
        state.setField("name", to: "Acme Platform")
        state.setField("review_interval_days", to: "30")
        let effects = state.press(.enter)
        #expect(effects.names == ["appendJournal"])
        #expect(state.map.header.name == "Acme Platform")
        #expect(state.map.header.reviewIntervalDays == 30)
        #expect(state.map.header.signOffs.count == 3, "the sign-offs the form does not show are kept")
    }

    // MARK: Rename and delete integrity

    @Test("Changing a system's id in its form renames every reference; undo brings the old id back everywhere")
    func renameThroughForm() throws {
        var state = try Editing.acmeFromFile()
        let original = state.map
        state.press(.character("2"))
        state.select(.system("db-main"))
        state.press(.character("e"))
        state.setField("id", to: "primary-db")
        state.press(.enter)
        let map = state.map
        #expect(map.system("db-main") == nil)
        #expect(map.system("primary-db")?.name == "Primary database")
        #expect(map.copies.filter { $0.from == "primary-db" }.count == 6)
        #expect(!map.copies.contains { $0.from == "db-main" || $0.to == "db-main" })
        #expect(map.role("engineers-eu")?.access.first?.system == "primary-db")
        #expect(map.role("dba-vendor")?.access.first?.system == "primary-db")
        #expect(map.flow("signup")?.steps[4].system == "primary-db")
        #expect(map.flow("plan-upgrade")?.steps[4].system == "primary-db")
        #expect(state.selectedRef == .system("primary-db"))
        #expect(state.status?.text.hasSuffix("Rename system db-main to primary-db") == true, "\(state.status?.text ?? "")")

        // A system an exception covers: the exception follows.
        state.select(.system("snapshot-archive"))
        state.press(.character("e"))
        state.setField("id", to: "us-archive")
        state.press(.enter)
        #expect(state.map.exception("ex-archive-purge")?.covers == .system("us-archive"))
        #expect(state.map.copies.contains { $0.from == "primary-db" && $0.to == "us-archive" })

        state.press(.character("u"), .character("u"))
        #expect(state.map == original)
        #expect(state.selectedRef == .system("snapshot-archive"), "the selection follows the selected system back to its old id")
    }

    @Test("Deleting a referenced system through the confirmation removes its references; undo brings all back")
    func deleteWithReferences() throws {
        var state = try Editing.acmeFromFile()
        let original = state.map
        state.press(.character("2"))
        state.select(.system("error-tracking"))
        state.press(.character("D"))
        let lines = try #require(state.topConfirm?.lines)
        #expect(lines.contains("  · removes exception ex-errors-eu-move"), "\(lines)")
        #expect(lines.contains("  · changes role Platform engineers (EU) (loses 1 access grant)"), "\(lines)")
        #expect(lines.contains("  · changes flow Sign up (loses 1 step)"), "\(lines)")
        #expect(lines.last == "Undo (u) brings everything back.")
        state.press(.character("y"))
        let map = state.map
        #expect(map.system("error-tracking") == nil)
        #expect(map.exception("ex-errors-eu-move") == nil)
        #expect(!map.roles.contains { $0.access.contains { $0.system == "error-tracking" } })
        #expect(!map.flows.contains { $0.steps.contains { $0.system == "error-tracking" } })
        #expect(map.flow("signup")?.steps.count == 9)

        let effects = state.press(.character("u"))
        #expect(effects.names == ["appendJournal"])
        #expect(state.map == original)
        #expect(state.selectedRef == .system("analytics"), "the system selected after the delete stays selected")
    }
}

@Suite("Editing: sign-offs on the Overview")
struct SignOffListTests {
    @Test("s on the Overview lists the sign-offs; a adds one through a form")
    func signOffList() throws {
        var state = try Editing.acmeFromFile()
        state.press(.character("s"))
        let list = try #require(state.topList)
        #expect(list.list == .signOffs)
        #expect(list.rows(in: state).map(\.label) == ["Dana Ortiz", "Priya Nair", "Tomás Reyes"])
        state.press(.character("a"))
        #expect(state.topForm?.kind == .signOff)
        state.type("Ana Lima")
        let effects = state.press(.enter)
        #expect(effects.names == ["startJournal"])
        #expect(state.map.header.signOffs.last?.by == "Ana Lima")
        #expect(state.topList?.rows(in: state).count == 4)
    }
}
