import ResidencyModel

/// Everything that can happen to the interface, as a value: the bubbletea shape. The backend
/// turns terminal input and the results of effects into messages; `AppState.update` takes one
/// and returns the effects to run next.
public enum AppMessage: Sendable {
    case key(Key)
    case resize(Size)
    /// A save finished (written, conflicting, or failed).
    case saveFinished(MapSave.Outcome)
    /// The file on disk no longer matches what was read or last saved.
    case fileChangedOnDisk
    /// A re-read of the file finished.
    case reloaded(Result<MapSnapshot, MapLoadFailure>)
    /// Writing the recovery journal failed: edits are only in memory now.
    case journalFailed(String)
    /// A journal from an earlier session was found when the map was opened.
    case recoveryFound(RecoveryJournal.Recovery)
}

/// Work the interface asks the backend to do. Each result comes back as a message.
public enum Effect: Sendable {
    /// Restore the terminal and exit.
    case quit
    /// Clear the terminal and draw everything again.
    case redraw
    /// Write the map; the outcome comes back as `.saveFinished`.
    case save(MapSave)
    /// Read the file again; the result comes back as `.reloaded`.
    case reload(path: String)
    /// Start the journal for edits on a revision (with the edits already made, if any).
    case startJournal(base: MapRevision, edits: [MapEdit])
    /// Append one committed edit to the journal, flushed, before the next frame is drawn.
    case appendJournal(MapEdit)
    /// The edits are saved (or thrown away): the journal goes.
    case removeJournal
    /// Watch the file for changes made by others, from this revision on.
    case watch(path: String, revision: MapRevision)
}

extension Effect {
    /// A name for tests and logs ("save", "appendJournal").
    public var name: String {
        switch self {
        case .quit: return "quit"
        case .redraw: return "redraw"
        case .save: return "save"
        case .reload: return "reload"
        case .startJournal: return "startJournal"
        case .appendJournal: return "appendJournal"
        case .removeJournal: return "removeJournal"
        case .watch: return "watch"
        }
    }
}
