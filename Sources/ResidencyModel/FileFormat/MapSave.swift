import Foundation

/// One save of an edited map, as a value: the snapshot the edits started from, the map to
/// write, and the user's choices for conflicts. `perform` checks the file on disk first: when
/// someone else changed it, their changes are merged by item, and different changes to the same
/// item come back as conflicts instead of being overwritten.
public struct MapSave: Sendable {
    public var snapshot: MapSnapshot
    public var map: ResidencyMap
    public var renames: [MapEdit.Rename]
    /// Choices already made for conflicting items.
    public var resolutions: [MapMerge.Subject: MapMerge.Side]
    /// Write over the file whatever it holds now ("keep mine" for everything).
    public var overwrite: Bool
    /// Where to write; the snapshot's path unless saving as another file.
    public var path: String

    public init(snapshot: MapSnapshot, map: ResidencyMap, renames: [MapEdit.Rename],
                resolutions: [MapMerge.Subject: MapMerge.Side] = [:], overwrite: Bool = false, path: String? = nil) {
        self.snapshot = snapshot
        self.map = map
        self.renames = renames
        self.resolutions = resolutions
        self.overwrite = overwrite
        self.path = path ?? snapshot.path
    }

    public enum Outcome: Sendable {
        /// Written. `preserved` is false when the whole file had to be written canonically;
        /// `merged` counts the other side's changes taken in.
        case saved(MapSnapshot, preserved: Bool, merged: Int)
        /// The file changed on disk in the same items: the user chooses, then saves again.
        case conflicts([MapMerge.Conflict], theirs: MapSnapshot)
        /// The file on disk changed into something that does not load.
        case theirsUnreadable(String)
        /// Nothing was written; the message says why.
        case failed(String)
    }

    public func perform() -> Outcome {
        perform(using: AtomicFileWriter())
    }

    func perform(using writer: AtomicFileWriter) -> Outcome {
        let savingAs = path != snapshot.path
        var base = snapshot
        var target = map
        var merged = 0
        if !savingAs && !overwrite && !Self.looksUnchanged(path, since: snapshot.revision),
           let data = try? Data(contentsOf: URL(fileURLWithPath: path)),
           ContentDigest.hex(of: data) != snapshot.revision.digest {
            switch MapSnapshot.parse(data, path: path) {
            case .failure(.problems(let diagnostics)):
                return .theirsUnreadable(diagnostics.first?.description ?? "the file on disk has problems")
            case .failure(.unreadable(let reason)):
                return .theirsUnreadable(reason)
            case .success(let theirs):
                let result = MapMerge(base: snapshot.map, ours: map, theirs: theirs.map).merge(resolving: resolutions)
                if !result.conflicts.isEmpty { return .conflicts(result.conflicts, theirs: theirs) }
                base = theirs
                target = result.map
                merged = result.takenFromTheirs
            }
        }
        do {
            let (rewritten, preserved) = try base.rewritten(as: target, renames: renames)
            let data = Data(rewritten.text.utf8)
            try writer.write(data, to: path)
            return .saved(rewritten.written(as: .of(data, at: path), path: path), preserved: preserved, merged: merged)
        } catch {
            return .failed("\(error)")
        }
    }
}

extension MapSave {
    /// Whether the file is still the one that was read or written: the same inode, size and
    /// modification time to the nanosecond. Only then is reading and hashing it skipped (a
    /// colleague's save, `git pull` or rsync changes the time or the inode); anything else is
    /// compared by content.
    static func looksUnchanged(_ path: String, since revision: MapRevision) -> Bool {
        guard revision.modified != 0, revision.inode != 0, let stamp = FileStamp.read(path) else { return false }
        return stamp.inode == revision.inode && stamp.size == revision.size && stamp.modified == revision.modified
    }
}
