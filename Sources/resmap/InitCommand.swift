import ArgumentParser
import ResidencyModel

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "(not yet implemented)")
    func run() throws {}
}
