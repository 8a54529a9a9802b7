import ArgumentParser
import ResidencyModel

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "validate", abstract: "(not yet implemented)")
    func run() throws {}
}
