import ArgumentParser
import Foundation
import ResidencyModel

/// `resmap merge-driver %O %A %B %P`: git's custom merge driver for map files.
struct MergeDriverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-driver",
        abstract: "Merge two versions of a map item by item, for git (a custom merge driver).",
        discussion: """
            Set up once per repository: `git config merge.resmap.name "resmap map merge"` and \
            `git config merge.resmap.driver "resmap merge-driver %O %A %B %P"`, then add \
            `*.resmap.yaml merge=resmap` to .gitattributes. Changes to different items (and \
            sign-offs or gap marks added on both sides) merge cleanly, keeping the current \
            branch's comments and layout; different changes to the same item are written \
            as conflict markers around the lines that differ, for the user to resolve. The \
            merged map is validated. Exit codes: 0 merged cleanly into CURRENT; 1 conflicts \
            written into CURRENT, or the merged map breaks a map rule (listed); 2 a version \
            cannot be read or CURRENT cannot be written.
            """
    )

    @Argument(help: "The common ancestor's version (git's %O).")
    var base: String

    @Argument(help: "The current branch's version, where the result is written (git's %A).")
    var current: String

    @Argument(help: "The other branch's version (git's %B).")
    var other: String

    @Argument(help: "The file's path in the repository, for messages (git's %P).")
    var path: String?

    func run() throws {
        let name = TerminalText.sanitize(path ?? current)
        let ancestor = try MapLoading.load(base)
        let ours = try MapLoading.loadSnapshot(current)
        let theirs = try MapLoading.load(other)
        // MapMerge keeps its `theirs` side's order and layout: pass the current branch there so
        // the file keeps its own, and the other branch's new items go at the end.
        let merge = MapMerge(base: ancestor, ours: theirs, theirs: ours.map)
        let first = merge.merge()
        let written: String
        if first.conflicts.isEmpty {
            written = try text(of: first.map, over: ours)
        } else {
            let otherSide = merge.merge(resolving: Dictionary(uniqueKeysWithValues: first.conflicts.map { ($0.subject, .ours) }))
            written = ConflictMarkers.join(ours: try text(of: first.map, over: ours), theirs: try text(of: otherSide.map, over: ours),
                                           oursLabel: "current", theirsLabel: "other")
        }
        do {
            try AtomicFileWriter().write(Data(written.utf8), to: current)
        } catch {
            MapLoading.standardError("resmap: error: cannot write the merge of \(name): \(TerminalText.sanitize("\(error)"))\n")
            throw ExitCode(2)
        }
        if !first.conflicts.isEmpty {
            let subjects = first.conflicts.map { TerminalText.sanitize($0.subject.description) }.joined(separator: ", ")
            MapLoading.standardError("resmap: \(name): both branches changed \(subjects) differently; resolve the conflict markers, then `resmap validate`.\n")
            throw ExitCode(1)
        }
        let problems = MapValidator().problems(in: first.map)
        if !problems.isEmpty {
            for problem in problems {
                let item = problem.item?.description ?? "map header"
                MapLoading.standardError("resmap: error: \(TerminalText.sanitize(item)): \(TerminalText.sanitize(problem.message))\n")
            }
            MapLoading.standardError("resmap: \(name): the branches merge item by item, but the result breaks the map's rules; fix it, then `resmap validate`.\n")
            throw ExitCode(1)
        }
    }

    /// The merged map written over the current branch's text: only changed items rewritten.
    private func text(of map: ResidencyMap, over snapshot: MapSnapshot) throws -> String {
        do {
            return try snapshot.rewritten(as: map, renames: []).snapshot.text
        } catch {
            MapLoading.standardError("resmap: error: cannot write the merged map: \(TerminalText.sanitize("\(error)"))\n")
            throw ExitCode(2)
        }
    }
}
