import ArgumentParser
import Foundation
import ResidencyModel

/// The map file, the day to judge it by, and `--dry-run`: the arguments `set`, `add`, `rm` and
/// `rename` share.
struct EditOptions: ParsableArguments {
    @Argument(
        help: "The map file (YAML). It is changed in place: only the lines of the items the edit changes are rewritten.",
        completion: .mapFile
    )
    var file: String

    @Option(help: "Judge exceptions and reviews as of this day (YYYY-MM-DD) instead of today, for reproducible output.")
    var today: String?

    @Flag(help: "Print what would change, and check the edit, without writing the file.")
    var dryRun = false

    func validate() throws {
        _ = try MapLoading.day(today)
    }
}

/// One edit a command built against the map as read: the edit, lines to print under its label
/// (what a delete takes along), and where the new thing is (for `add`).
struct EditPlan {
    var edit: MapEdit
    var notes: [String] = []
    var ref: ItemRef?
}

/// The one path every editing command takes: read the file, build the edit, commit it through
/// the document (which validates it), print what changed, and save only the edited lines.
/// Exit codes: 0 done (or nothing to change), 1 the edit was refused, 2 the file cannot be read,
/// has problems, changed on disk meanwhile, or cannot be written.
enum EditRunner {
    static func run(_ options: EditOptions, build: (ResidencyMap) throws(FieldError) -> EditPlan) throws {
        let path = options.file
        let shown = TerminalText.sanitize(path)
        let day = try MapLoading.day(options.today)

        let snapshot: MapSnapshot
        switch MapSnapshot.read(path: path) {
        case .success(let read):
            snapshot = read
        case .failure(.problems(let diagnostics)):
            let text = diagnostics.map { TerminalText.sanitize($0.description, keepingNewlines: true) }.joined(separator: "\n")
            let count = diagnostics.count
            MapLoading.standardError(text + "\n\(shown): \(count) problem\(count == 1 ? "" : "s"); fix them first (`resmap validate` lists them the same way).\n")
            throw ExitCode(2)
        case .failure(.unreadable(let reason)):
            MapLoading.standardError("resmap: error: \(TerminalText.sanitize(reason))\n")
            throw ExitCode(2)
        }

        var document = MapDocument(snapshot: snapshot, today: day)
        let plan: EditPlan
        do {
            plan = try build(document.map)
        } catch {
            throw refusal(error, file: shown)
        }

        let committed: MapDocument.Committed
        do throws(EditRefusal) {
            committed = try document.commit(plan.edit)
        } catch {
            switch error {
            case .nothingChanged:
                print("Nothing to change: \(shown) already says that.")
                return
            case .invalid(let problems):
                for problem in problems {
                    let item = problem.item?.description ?? "map header"
                    let field = problem.field.isEmpty ? "" : ": \(problem.field)"
                    MapLoading.standardError("resmap: error: \(TerminalText.sanitize(item + field)): \(TerminalText.sanitize(problem.message))\n")
                    if let fix = problem.fix {
                        MapLoading.standardError("  fix: \(TerminalText.sanitize(fix))\n")
                    }
                }
                MapLoading.standardError("resmap: the edit was refused; \(shown) not changed.\n")
                throw ExitCode(1)
            case .conflict(let conflict):
                MapLoading.standardError("resmap: error: \(TerminalText.sanitize(conflict.description))\nresmap: \(shown) not changed.\n")
                throw ExitCode(1)
            }
        }

        print(report(plan, committed.changes), terminator: "")

        if options.dryRun {
            print("dry run: \(shown) not changed.")
            return
        }
        let save = MapSave(snapshot: snapshot, map: document.map, renames: document.renamesSinceSnapshot)
        switch save.perform() {
        case .saved(_, let preserved, let merged):
            var line = "Saved \(shown)."
            if merged > 0 {
                line += " Took in \(merged) change\(merged == 1 ? "" : "s") made to the file meanwhile."
            }
            if !preserved {
                line += " The whole file was written in canonical form (its layout did not allow changing only the edited lines)."
            }
            print(line)
        case .conflicts(let conflicts, _):
            let items = conflicts.map { TerminalText.sanitize($0.subject.description) }.joined(separator: ", ")
            MapLoading.standardError("resmap: error: \(shown) changed on disk while it was being edited, in the same items (\(items)); nothing was written. Run the command again.\n")
            throw ExitCode(2)
        case .theirsUnreadable(let reason):
            MapLoading.standardError("resmap: error: \(shown) changed on disk while it was being edited and no longer loads (\(TerminalText.sanitize(reason))); nothing was written.\n")
            throw ExitCode(2)
        case .failed(let message):
            MapLoading.standardError("resmap: error: cannot write \(shown): \(TerminalText.sanitize(message)); the file is unchanged.\n")
            throw ExitCode(2)
        }
    }

    /// Says why a field cannot be read (`resmap: error: FIELD: message`); the caller exits 1.
    static func refusal(_ error: FieldError, file shown: String) -> ExitCode {
        MapLoading.standardError("resmap: error: \(TerminalText.sanitize(error.key)): \(TerminalText.sanitize(error.message))\nresmap: \(shown) not changed.\n")
        return ExitCode(1)
    }

    /// What the edit did: its label, what else it took along, then each verdict that moved and
    /// the findings that came or went.
    static func report(_ plan: EditPlan, _ changes: VerdictChanges) -> String {
        var lines: [String] = []
        let label = TerminalText.sanitize(plan.edit.label)
        lines.append(plan.ref.map { "\(label) (\(TerminalText.sanitize($0.description)))" } ?? label)
        for note in plan.notes {
            lines.append("  also \(TerminalText.sanitize(note))")
        }
        if changes.moved.isEmpty {
            lines.append("No verdict changed.")
        } else {
            for moved in changes.moved {
                let from = moved.from?.label ?? "new"
                let to = moved.to?.label ?? "removed"
                lines.append("  \(TerminalText.sanitize(moved.claimText)) (\(TerminalText.sanitize(moved.claimID))): \(from) -> \(to)")
            }
        }
        if changes.newFindings > 0 {
            lines.append("  \(changes.newFindings) new finding\(changes.newFindings == 1 ? "" : "s")")
        }
        if changes.resolvedFindings > 0 {
            lines.append("  \(changes.resolvedFindings) finding\(changes.resolvedFindings == 1 ? "" : "s") resolved")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
