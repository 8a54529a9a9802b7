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
            written straight to, and - is standard output. Without --format, the -o file's \
            extension picks the format (.md or .markdown, .json, .csv). Exit codes: 0 written; 1 \
            the output cannot be written or is the input file; 2 the map cannot be read or has \
            problems; 64 an -o extension that names no format and no --format.
            """
    )

    @OptionGroup var map: MapOptions

    @Option(help: ArgumentHelp(
        "Output format: markdown, json or csv. Default: the one the -o file's extension names (.md or .markdown, .json, .csv), else markdown.",
        valueName: "format"
    ))
    var format: ExportFormat?

    @Option(
        name: [.customShort("o"), .customLong("output")],
        help: "Write to this file (a regular file is replaced atomically) instead of standard output; - is standard output.",
        completion: .file()
    )
    var output: String?

    func validate() throws {
        _ = try resolvedFormat()
    }

    /// `--format` when given; else the format the `-o` file's extension names. An extension that
    /// names none is a command-line error (exit 64), so `-o note.txt` never silently writes Markdown.
    func resolvedFormat() throws -> ExportFormat {
        if let format { return format }
        guard let output, output != "-" else { return .markdown }
        let pathExtension = URL(fileURLWithPath: output).pathExtension
        if pathExtension.isEmpty { return .markdown }
        guard let format = ExportFormat(fileExtension: pathExtension) else {
            throw ValidationError(
                "Cannot tell the export format from the extension \(quote("." + pathExtension)) of -o \(quote(output)). "
                    + "Name the file .md, .markdown, .json or .csv, or give --format markdown, json or csv."
            )
        }
        return format
    }

    func run() throws {
        let file = self.map.file
        let format = try resolvedFormat()
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

extension ExportFormat: ExpressibleByArgument {
    /// The format a file name's extension (without the dot, any case) names, if any.
    init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "md", "markdown": self = .markdown
        case "json": self = .json
        case "csv": self = .csv
        default: return nil
        }
    }
}
