import ArgumentParser
import Foundation
import ResidencyModel

/// `resmap export FILE`: the approval note as Markdown, or the map as JSON or CSV.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the one-page approval note (Markdown), or the map as JSON or CSV.",
        discussion: """
            Markdown (the default) is the approval note for sales, legal and security reviewers: \
            header and fingerprint, the one-minute answers, the claims sales may use, then where \
            data lives, logs, backups and access, everything outside the promised region, the \
            request paths with Mermaid diagrams, and the exceptions and findings. JSON is the \
            whole map plus its evaluation; CSV is the inventory, one row per system. See \
            docs/export.md. Writes to standard output, or to the file given with -o, which may \
            never be the map itself: a regular file is replaced atomically, a FIFO or device is \
            written straight to, and - is standard output. Exit codes: 0 written; 1 the output cannot be \
            written or is the input file; 2 the map cannot be read or has problems.
            """
    )

    @OptionGroup var map: MapOptions

    @Option(help: "Output format: markdown, json or csv.")
    var format: ExportFormat = .markdown

    @Option(name: [.customShort("o"), .customLong("output")], help: "Write to this file (a regular file is replaced atomically) instead of standard output; - is standard output.")
    var output: String?

    func run() throws {
        let file = self.map.file
        let map = try self.map.load()
        let day = try self.map.day()
        // `-o -` is standard output, as no -o is.
        let output = self.output == "-" ? nil : self.output
        if let output, ExportFile.isSameFile(output, file) {
            MapLoading.standardError("resmap: error: refusing to write the export over its own map \(TerminalText.sanitize(file)); choose another -o file.\n")
            throw ExitCode(1)
        }
        let text: String
        do {
            text = try format.render(map, today: day)
        } catch {
            MapLoading.standardError("resmap: error: cannot write the \(format.rawValue) export: \(error)\n")
            throw ExitCode(1)
        }
        guard let output else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try ExportFile.write(text, to: output)
        } catch {
            MapLoading.standardError("resmap: error: \(TerminalText.sanitize(String(describing: error)))\n")
            throw ExitCode(1)
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
