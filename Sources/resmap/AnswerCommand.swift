import ArgumentParser
import ResidencyModel

struct AnswerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "answer", abstract: "(not yet implemented)")
    func run() throws {}
}
