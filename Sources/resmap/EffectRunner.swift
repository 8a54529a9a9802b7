import Foundation
import ResidencyModel
import ResidencyTUI

/// Runs the interface's effects that touch the world (files, the journal) and turns their
/// results into messages for the next update. Quitting and redrawing are the session's own.
struct EffectRunner: Sendable {
    let journal: RecoveryJournal?
    /// The file being watched for changes by others, and what it was when last read or written.
    private var watched: (path: String, stamp: FileStamp?, digest: String)?

    init(journal: RecoveryJournal?) {
        self.journal = journal
    }

    mutating func run(_ effect: Effect) -> [AppMessage] {
        switch effect {
        case .quit, .redraw:
            return []
        case .save(let save):
            let outcome = save.perform()
            if case .saved(let snapshot, _, _) = outcome {
                watch(snapshot.path, digest: snapshot.revision.digest)
            }
            return [.saveFinished(outcome)]
        case .reload(let path):
            return [.reloaded(MapSnapshot.read(path: path))]
        case .startJournal(let base, let edits):
            return journaling { try $0.start(base: base, edits: edits) }
        case .appendJournal(let edit):
            return journaling { try $0.append(edit) }
        case .removeJournal:
            journal?.remove()
            return []
        case .watch(let path, let revision):
            watch(path, digest: revision.digest)
            return []
        }
    }

    /// Whether the watched file changed since it was read or saved (by content, so a touch or a
    /// save of the same bytes does not count).
    mutating func fileChanged() -> Bool {
        guard let current = watched else { return false }
        let stamp = FileStamp.read(current.path)
        guard stamp != current.stamp else { return false }
        watched?.stamp = stamp
        guard let data = FileManager.default.contents(atPath: current.path) else { return stamp == nil }
        return ContentDigest.hex(of: data) != current.digest
    }

    private mutating func watch(_ path: String, digest: String) {
        watched = (path, FileStamp.read(path), digest)
    }

    private func journaling(_ write: (RecoveryJournal) throws -> Void) -> [AppMessage] {
        guard let journal else { return [] }
        do {
            try write(journal)
            return []
        } catch {
            return [.journalFailed("\(error)")]
        }
    }
}
