import ArgumentParser
import ResidencyModel

@main
struct Resmap: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resmap",
        abstract: "Keep a data residency map honest."
    )
    func run() throws {}
}
