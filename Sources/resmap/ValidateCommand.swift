import ArgumentParser
import Foundation
import ResidencyModel

/// `resmap validate FILE`: reads a map and lists every problem with its line and column.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a map file and list every problem with its line, column and fix.",
        discussion: """
            Prints each problem as `FILE:LINE:COLUMN: error: MESSAGE` followed by an indented \
            `fix:` line, in file order, then a one-line summary. Problems and the summary go to \
            standard output; a file that cannot be read is reported on standard error. \
            Exit codes: 0 the map is valid, 1 it has problems, 2 it cannot be read.
            """
    )

    @Argument(help: "The map file to check.", completion: .mapFile)
    var file: String

    func run() throws {
        switch MapFile.read(path: file) {
        case .success(let map):
            print("\(TerminalText.sanitize(file)): valid — \(Self.summary(of: map))")
        case .problems(let diagnostics):
            for diagnostic in diagnostics {
                print(diagnostic.description)
            }
            print("\(TerminalText.sanitize(file)): \(Self.count(diagnostics.count, "problem"))")
            throw ExitCode(1)
        case .unreadable(let reason):
            FileHandle.standardError.write(Data("resmap: error: \(reason)\n".utf8))
            throw ExitCode(2)
        }
    }

    /// "24 systems, 6 roles, 4 flows, 5 claims".
    static func summary(of map: ResidencyMap) -> String {
        [
            count(map.systems.count, "system"), count(map.roles.count, "role"),
            count(map.flows.count, "flow"), count(map.claims.count, "claim"),
        ].joined(separator: ", ")
    }

    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
