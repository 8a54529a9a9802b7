import ArgumentParser
import Foundation
import ResidencyModel

/// `resmap init FILE`: writes a starter map whose placeholders are the places teams forget.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a starter map: a checklist of the places teams forget to map.",
        discussion: """
            Every system in the starter map is a placeholder (location and status unknown) for \
            a place customer data often lands unnoticed: CDN and edge logs, error tracking, \
            analytics, email, backups, disaster recovery, support desk, staging copies, search, \
            cache, queues and logs. Its notes say what to find out. Never overwrites a file, and \
            a failed or interrupted write (a full disk) leaves no file behind.
            """
    )

    @Argument(help: "The map file to create. Must not exist yet.", completion: .mapFile)
    var file: String

    @Option(help: "The map's name, usually the product's (default: the file name without its extension).")
    var name: String?

    @Option(help: "The one person who keeps the map up to date.")
    var owner: String = "Unassigned (name one person)"

    func run() throws {
        let mapName = name ?? Self.defaultName(for: file)
        do {
            try StarterMap.write(to: file, name: mapName, owner: owner, today: ISODate.today())
        } catch let error as StarterMapError {
            FileHandle.standardError.write(Data("resmap: error: \(error)\n".utf8))
            throw ExitCode(1)
        }
        print("""
            Wrote a starter map to \(file): \(StarterMap.placeholderCount) placeholder systems, one offering, one claim.
            Next:
              1. Open it with `resmap \(file)` (or any editor) and answer each placeholder's question.
              2. Add the roles who can open customer data, and the flows from the browser to the backups.
              3. Run `resmap validate \(file)` after editing by hand.
            """)
    }

    /// "acme-residency.yaml" becomes "acme-residency".
    static func defaultName(for path: String) -> String {
        let base = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return base.isEmpty ? "Untitled map" : base
    }
}
