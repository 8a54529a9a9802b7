#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import Foundation
import ResidencyModel
import ResidencyTUI

/// `resmap FILE`: load the map, then browse it full screen. The screen shows the file's name and
/// what is being done while a large map loads; a map with problems prints them as `resmap
/// validate` does, after the terminal is restored, and exits 2; when output is not a terminal,
/// a short text summary is printed instead of starting the interface. On a terminal curses
/// cannot drive, the summary is printed too, the refusal goes to stderr, and it exits 2.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open a map in the full-screen terminal interface (the default command).",
        discussion: """
            Keys: arrows or h j k l move, Tab and 1-6 switch screens, / searches, Enter opens, \
            Esc goes back, ? lists every key, q quits. e edits the selected item, a adds, D deletes, \
            y duplicates, u undoes, C-r redoes, C-s saves (only the edited items' lines change). The terminal must be at least \
            \(AppView.minimumSize.width) x \(AppView.minimumSize.height). NO_COLOR (or --no-color) \
            draws without colours.
            """
    )

    @Argument(help: "The map file to open (YAML).", completion: .mapFile)
    var file: String

    @Flag(name: .customLong("no-color"), help: "Draw without colours, as NO_COLOR does.")
    var noColor = false

    @Flag(name: .customLong("read-only"), help: "Browse only: every key that would change the map says so.")
    var readOnly = false

    func run() throws {
        let today = ISODate.today()
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            // Problems are listed as `resmap validate` lists them.
            let snapshot = try MapLoading.loadSnapshot(file)
            print(PlainSummary.text(for: snapshot.map, fileName: file, today: today), terminator: "")
            return
        }

        // The screen answers at once: the map is read and checked on a thread of its own while
        // a loading frame shows (see `CursesSession.run(loading:load:)`).
        let (file, readOnly) = (self.file, self.readOnly)
        let loading = LoadingState(fileName: file, size: AppView.minimumSize)
        let environment = ProcessInfo.processInfo.environment
        let ending: CursesSession.Ending
        do {
            ending = try CursesSession.run(loading: loading, load: { inbox in
                inbox.finish(Self.open(file, readOnly: readOnly, today: today, inbox: inbox))
            }, environment: environment, forceMonochrome: noColor)
        } catch let error as CursesSession.StartError {
            // No usable terminal (TERM=dumb, unset or unknown): nothing was drawn, so the answer
            // still reaches the user as the plain summary, with the refusal on standard error.
            let snapshot = try MapLoading.loadSnapshot(file)
            FileHandle.standardOutput.write(Data(PlainSummary.text(for: snapshot.map, fileName: file, today: today).utf8))
            printError("resmap: \(error)")
            throw ExitCode(2)
        } catch {
            printError("resmap: \(error)")
            throw ExitCode(2)
        }
        switch ending {
        case .loadFailed(let failure):
            // The terminal is restored: problems are listed as `resmap validate` lists them.
            try MapLoading.fail(failure, path: file)
        case .signal(let number):
            // The terminal is restored and every edit is in the journal; now stop the way the
            // signal asked, for the parent's sake.
            CursesSession.reraise(number)
        case .quit, .hangUp:
            break
        }
    }

    /// Reads and checks the map, and finds what the session starts with: whether it may be
    /// saved, and a recovery journal from an earlier session. Runs off the main loop.
    static func open(_ file: String, readOnly: Bool, today: ISODate, inbox: LoadInbox) -> MapOpening {
        inbox.post(stage: "Reading the file")
        let snapshot: MapSnapshot
        switch MapSnapshot.read(path: file) {
        case .success(let read): snapshot = read
        case .failure(let failure): return .failed(failure)
        }
        let map = snapshot.map
        inbox.post(stage: "Checking \(CountPhrase.of(map.claims.count, "claim")) against "
            + "\(CountPhrase.of(map.systems.count, "system"))")
        let reason = readOnly ? "Read-only: opened with --read-only" : Self.whyNotWritable(file)
        var state = AppState(document: MapDocument(snapshot: snapshot, today: today), fileName: file, readOnlyReason: reason)
        let journal = RecoveryJournal(forMap: snapshot.path)
        var initial: [AppMessage] = []
        if journal.exists {
            if reason != nil {
                state.status = StatusMessage("Unsaved edits from an earlier session are waiting: open without --read-only to recover them",
                                             kind: .error)
            } else {
                do {
                    if let recovery = try journal.read(), !recovery.edits.isEmpty { initial.append(.recoveryFound(recovery)) }
                } catch {
                    state.status = StatusMessage("\(error)", kind: .error)
                }
            }
        }
        // The first frame's verdicts, answers and counts are worked out here, not on the main loop.
        _ = AppView.render(state)
        var runner = EffectRunner(journal: reason == nil ? journal : nil)
        _ = runner.run(.watch(path: snapshot.path, revision: snapshot.revision))
        return .ready(state, initial: initial, effects: runner)
    }

    /// Why the file cannot be saved here, in words, or nil when it can.
    static func whyNotWritable(_ path: String) -> String? {
        let folder = (path as NSString).deletingLastPathComponent
        if access(path, W_OK) != 0 {
            return "Read-only: you cannot write \(TerminalText.sanitize(path)) (\(String(cString: strerror(errno))))"
        }
        if access(folder.isEmpty ? "." : folder, W_OK) != 0 {
            return "Read-only: you cannot write in the folder of \(TerminalText.sanitize(path)), so it cannot be replaced safely"
        }
        return nil
    }

    private func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
