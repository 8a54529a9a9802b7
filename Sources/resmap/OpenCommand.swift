#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import Foundation
import ResidencyModel
import ResidencyTUI

/// `resmap FILE`: load the map, then browse it full screen. A map with problems prints them as
/// `resmap validate` does and exits 2 before the screen is touched; when output is not a
/// terminal, a short text summary is printed instead of starting the interface.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open a map in the full-screen terminal interface (the default command).",
        discussion: """
            Keys: arrows or h j k l move, Tab and 1-6 switch screens, / searches, Enter opens, \
            Esc goes back, ? lists every key, q quits. The terminal must be at least \
            \(AppView.minimumSize.width) x \(AppView.minimumSize.height). NO_COLOR (or --no-color) \
            draws without colours.
            """
    )

    @Argument(help: "The map file to open (YAML).")
    var file: String

    @Flag(name: .customLong("no-color"), help: "Draw without colours, as NO_COLOR does.")
    var noColor = false

    func run() throws {
        // Problems are listed as `resmap validate` lists them, before the screen is touched.
        let map = try MapLoading.load(file)

        let today = ISODate.today()
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            print(PlainSummary.text(for: map, fileName: file, today: today), terminator: "")
            return
        }

        let environment = ProcessInfo.processInfo.environment
        let state = AppState(map: map, fileName: file, today: today)
        let ending: CursesSession.Ending
        do {
            ending = try CursesSession.run(state, environment: environment, forceMonochrome: noColor)
        } catch {
            printError("resmap: \(error)")
            throw ExitCode(2)
        }
        if case .signal(let number) = ending {
            // The terminal is restored; now stop the way the signal asked, for the parent's sake.
            CursesSession.reraise(number)
        }
    }

    private func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
