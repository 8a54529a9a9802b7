import ArgumentParser
import ResidencyModel

struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "open", abstract: "(not yet implemented)")
    func run() throws {}
}
