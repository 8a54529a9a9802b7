import ArgumentParser
import Foundation
import ResidencyModel

/// `resmap export FILE`: the approval note as Markdown, or the map as JSON or CSV.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the one-page approval note (Markdown), or the map as JSON or CSV.",
        discussion: """
            Markdown (the default) is the one-page approval note for sales, legal and security \
            reviewers: owner, review and fingerprint, the one-minute answer per offering, the \
            claims sales can use and must not, the exceptions that need sign-off, where data, \
            logs, backups and access go, and what sits outside each promised region. The \
            appendix keeps every detail (each claim's answer, the inventory, copies, access, \
            request paths with Mermaid diagrams, the exceptions register and findings): \
            --appendix writes it after the note in the same output, --appendix-file FILE writes \
            it to a file of its own. JSON is the whole map plus its evaluation; CSV is the \
            inventory, one row per system. See docs/export.md. Writes to standard output, or to the file given with -o, which may \
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

    @Flag(help: "Markdown only: write the appendix after the note, in the same output.")
    var appendix = false

    @Option(name: .customLong("appendix-file"), help: ArgumentHelp("Markdown only: write the appendix to this file (replaced atomically), the note to -o or standard output.", valueName: "file"))
    var appendixFile: String?

    func validate() throws {
        let format = try resolvedFormat()
        if format != .markdown, appendix || appendixFile != nil {
            throw ValidationError("--appendix and --appendix-file go with --format markdown only.")
        }
        if appendix, appendixFile != nil {
            throw ValidationError("choose one: --appendix (same output) or --appendix-file FILE (its own file).")
        }
        if let appendixFile, appendixFile == "-" || appendixFile == output {
            throw ValidationError("--appendix-file must name another file than the note's; use --appendix for one output.")
        }
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
        if let appendixFile, ExportFile.isSameFile(appendixFile, file) {
            MapLoading.standardError("resmap: error: refusing to write the appendix over its own map \(TerminalText.sanitize(file)); choose another --appendix-file.\n")
            throw ExitCode(1)
        }
        if format == .json {
            // Streamed: the export is written as it is made, never held whole in memory.
            let exporter = JSONExporter(today: day)
            do {
                if let output {
                    try ExportFile.write(to: output) { exporter.write(map, to: $0) }
                } else {
                    let sink = DescriptorSink(descriptor: STDOUT_FILENO)
                    exporter.write(map, to: sink)
                    sink.flush()
                    if let code = sink.failure {
                        throw MapFileError(path: nil, message: "cannot write to standard output: \(String(cString: strerror(code)))")
                    }
                }
            } catch {
                MapLoading.standardError("resmap: error: \(TerminalText.sanitize(String(describing: error)))\n")
                throw ExitCode(1)
            }
            return
        }
        let text: String
        var appendixText: String?
        do {
            if format == .markdown {
                let exporter = MarkdownExporter(today: day)
                if let _ = appendixFile {
                    let parts = exporter.renderParts(map)
                    text = parts.page
                    appendixText = parts.appendix
                } else {
                    text = exporter.render(map, appendix: appendix ? .inline : .none)
                }
            } else {
                text = try format.render(map, today: day)
            }
        } catch {
            MapLoading.standardError("resmap: error: cannot write the \(format.rawValue) export: \(error)\n")
            throw ExitCode(1)
        }
        do {
            // The appendix first: a note never points to an appendix that failed to be written.
            if let appendixFile, let appendixText { try ExportFile.write(appendixText, to: appendixFile) }
            if let output {
                try ExportFile.write(text, to: output)
            } else {
                FileHandle.standardOutput.write(Data(text.utf8))
            }
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
