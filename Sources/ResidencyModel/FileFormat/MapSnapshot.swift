import Foundation

/// A map as read from its file: the text, the map, where each item sits in the text, and the
/// revision. Saving writes relative to a snapshot (only what changed) and checks the file on
/// disk still is that revision.
public struct MapSnapshot: Sendable {
    public let path: String
    public let text: String
    public let map: ResidencyMap
    public let revision: MapRevision
    let layout: MapLayout?

    init(path: String, text: String, map: ResidencyMap, revision: MapRevision, layout: MapLayout?) {
        self.path = path
        self.text = text
        self.map = map
        self.revision = revision
        self.layout = layout
    }

    /// Reads and validates `path`.
    public static func read(path: String) -> Result<MapSnapshot, MapLoadFailure> {
        switch MapFileBytes.read(path) {
        case .success(let data): return parse(data, path: path)
        case .failure(let failure): return .failure(.unreadable(failure.message))
        }
    }

    /// A snapshot of bytes that are (or are about to be) the file at `path`.
    public static func parse(_ data: Data, path: String) -> Result<MapSnapshot, MapLoadFailure> {
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(.unreadable("cannot read \(TerminalText.sanitize(path)): it is not UTF-8 text"))
        }
        let (result, root) = MapFile.decodeTree(yaml: text, fileName: path)
        switch result {
        case .success(let map):
            let layout = root.flatMap { MapLayout(text: text, root: $0) }
            return .success(MapSnapshot(path: path, text: text, map: map, revision: .of(data, at: path), layout: layout))
        case .problems(let diagnostics):
            return .failure(.problems(diagnostics))
        case .unreadable(let reason):
            return .failure(.unreadable(reason))
        }
    }

    /// `map` written over this snapshot: only edited items change. Falls back to the whole file
    /// in canonical form when the file's layout does not allow that (`preserved` is then false,
    /// so the user can be told comments were not kept). The result is the snapshot a successful
    /// write of its text leaves.
    public func rewritten(as map: ResidencyMap, renames: [MapEdit.Rename]) throws -> (snapshot: MapSnapshot, preserved: Bool) {
        if map == self.map { return (self, true) }
        if let layout, let written = ChangeOnlyWriter(baseText: text, layout: layout, baseMap: self.map)
            .write(map, renames: renames), Self.readsBack(written.text, as: map) {
            return (MapSnapshot(path: path, text: written.text, map: map, revision: revision, layout: written.layout), true)
        }
        let text = try MapFile.encode(map)
        return (MapSnapshot(path: path, text: text, map: map, revision: revision, layout: nil), false)
    }

    /// The same snapshot with the revision its text has on disk now that it is written.
    func written(as revision: MapRevision, path: String? = nil) -> MapSnapshot {
        MapSnapshot(path: path ?? self.path, text: text, map: map, revision: revision, layout: layout)
    }

    /// Whether `text` reads back as `map`. Checked for files up to 1 MB (every hand-kept file);
    /// a larger one was written by resmap itself, where the layout is its own.
    private static func readsBack(_ text: String, as map: ResidencyMap) -> Bool {
        guard text.utf8.count <= 1_000_000 else { return true }
        if case .success(let read) = MapFile.decode(yaml: text, fileName: "") { return read == map }
        return false
    }
}

/// Why a map file could not be opened.
public enum MapLoadFailure: Error, Sendable {
    case problems([Diagnostic])
    case unreadable(String)
}
