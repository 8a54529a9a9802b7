import Foundation
import ResidencyModel

enum FailureKind: String {
    case crash
    case hang
    case memory
    /// A finished input broke one of `InputCheck`'s rules.
    case check
}

/// The failures found, each input saved once per distinct failure (so a thousand mutants that
/// hit one bug leave one file), with a report beside it and the command that reproduces it.
struct FailureRecords {
    let folder: String
    let seed: UInt64
    /// The planted bug, which the reproduction must plant too.
    let plant: Worker.Plant?
    private var signatures: Set<String> = []
    private(set) var count = 0
    /// Distinct failures saved to the folder.
    var saved: Int { min(signatures.count, Self.maximumSaved) }
    /// Inputs that failed in a way already saved.
    private(set) var repeats = 0
    /// At most this many files; past it, failures are only counted.
    static let maximumSaved = 25

    init(folder: String, seed: UInt64, plant: Worker.Plant?) {
        self.folder = folder
        self.seed = seed
        self.plant = plant
    }

    mutating func add(_ input: Campaign.Input, kind: FailureKind, detail: String, log: String, note: String?) {
        count += 1
        let signature = Self.signature(kind: kind, detail: detail, log: log)
        guard signatures.insert(signature).inserted, signatures.count <= Self.maximumSaved else {
            repeats += 1
            return
        }
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let digest = String(MapRevision.of(Data(input.bytes), at: nil).digest.prefix(12))
        let path = (folder as NSString).appendingPathComponent("\(kind.rawValue)-\(digest).yaml")
        _ = FileManager.default.createFile(atPath: path, contents: Data(input.bytes))
        let reproduce = "swift run resmap-fuzz --reproduce \(path)" + (plant.map { " --plant \($0.rawValue)" } ?? "")
        var report = """
            \(kind.rawValue): \(detail)
            input: iteration \(input.iteration) of seed \(seed), from \(input.origin), \(input.bytes.count) bytes
            reproduce: \(reproduce)

            """
        if let note { report += "note: \(note)\n" }
        let lastWords = log.split(separator: "\n").suffix(20).joined(separator: "\n")
        if !lastWords.isEmpty { report += "\nthe worker's last output:\n\(lastWords)\n" }
        _ = FileManager.default.createFile(atPath: path.replacingOccurrences(of: ".yaml", with: ".txt"), contents: Data(report.utf8))

        say("resmap-fuzz: FAILURE (\(kind.rawValue)): \(TerminalText.sanitize(detail))")
        say("  input:     iteration \(input.iteration), \(TerminalText.sanitize(input.origin)), \(input.bytes.count) bytes")
        say("  saved:     \(path) (report beside it, .txt)")
        say("  reproduce: \(reproduce)")
        if let note { say("  note:      \(note)") }
        if let fatal = log.split(separator: "\n").last(where: { $0.contains("Fatal error") || $0.contains("rror:") }) {
            say("  worker:    \(TerminalText.sanitize(String(fatal)))")
        }
    }

    /// What makes two failures the same: the kind and the rule (or the runtime's message),
    /// without the details that differ from input to input.
    static func signature(kind: FailureKind, detail: String, log: String) -> String {
        switch kind {
        case .check:
            return "check " + (detail.split(separator: ":").first.map(String.init) ?? detail)
        case .crash:
            let fatal = log.split(separator: "\n").last { $0.contains("Fatal error") } ?? Substring(detail)
            return "crash " + fatal.filter { !$0.isNumber }
        case .hang, .memory:
            return kind.rawValue
        }
    }
}
