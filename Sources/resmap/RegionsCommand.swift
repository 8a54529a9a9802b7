import ArgumentParser
import ResidencyModel

struct RegionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "regions", abstract: "(not yet implemented)")
    func run() throws {}
}
