import ArgumentParser
import ResidencyModel

@main
struct Resmap: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resmap",
        abstract: "Keep a data residency map honest: where customer data lands, moves and who can open it.",
        discussion: """
            Run `resmap FILE` to open a map. Exit codes: 0 success, 1 problems found \
            (invalid map, broken claim, error finding, refused edit), 2 file unreadable or unloadable.
            """,
        version: ResmapVersion.string,
        subcommands: [
            OpenCommand.self,
            ValidateCommand.self,
            CheckCommand.self,
            AnswerCommand.self,
            ExportCommand.self,
            RegionsCommand.self,
            InitCommand.self,
            DriftCommand.self,
            SetCommand.self,
            AddCommand.self,
            RemoveCommand.self,
            RenameCommand.self,
            DiffCommand.self,
            MergeDriverCommand.self,
        ],
        defaultSubcommand: OpenCommand.self
    )
}
