/// A map being edited: the map, the file snapshot it came from, its evaluation, and the history.
/// Every change goes through `commit`: apply the edit, validate and re-evaluate (side by side on a
/// large map). Undo and redo commit inverse edits through the same path. A value type, so the
/// interface's state stays a value.
public struct MapDocument: Sendable {
    public private(set) var map: ResidencyMap
    public private(set) var evaluation: Evaluation
    /// The file as last read or saved; nil for a map that lives only in memory (tests).
    public private(set) var snapshot: MapSnapshot?
    public let today: ISODate
    /// Counts commits, so views can tell a new map from the old one without comparing maps.
    public private(set) var generation: Int = 0
    /// Edits applied since the snapshot, in order, undo and redo included: what the journal
    /// holds and what a save's renames are read from.
    public private(set) var sinceSnapshot: [MapEdit] = []
    /// The verdicts and findings of the file as last read or saved, so a save can say what it
    /// changes ("EU customer records: broken -> holds").
    public private(set) var evaluationAtSnapshot: Evaluation

    private var undoStack: [MapEdit] = []
    private var redoStack: [MapEdit] = []
    /// The undo depth at which the map equals the file; nil once that state cannot come back.
    private var savedDepth: Int? = 0
    /// Problems the map had when opened (rules stricter than the file's loader): an edit is
    /// refused only for problems it brings.
    private var baselineProblems: Set<MapProblem>
    private let validator: MapValidator
    private let evaluator: ResidencyEvaluator

    public init(map: ResidencyMap, snapshot: MapSnapshot? = nil, today: ISODate, catalogue: RegionCatalogue = .standard) {
        self.map = map
        self.snapshot = snapshot
        self.today = today
        self.validator = MapValidator(catalogue: catalogue)
        self.evaluator = ResidencyEvaluator(catalogue: catalogue, today: today)
        self.evaluation = evaluator.evaluate(map)
        self.evaluationAtSnapshot = evaluation
        self.baselineProblems = Set(validator.problems(in: map))
    }

    public init(snapshot: MapSnapshot, today: ISODate) {
        self.init(map: snapshot.map, snapshot: snapshot, today: today)
    }

    // MARK: State

    /// Whether the map differs from the file as last read or saved.
    public var isModified: Bool { savedDepth != undoStack.count }
    public var canUndo: Bool { !undoStack.isEmpty }
    public var canRedo: Bool { !redoStack.isEmpty }
    public var undoLabel: String? { undoStack.last?.label }
    public var redoLabel: String? { redoStack.last?.label }
    public var editor: MapEditor { MapEditor(map) }

    /// Every rename since the snapshot, in order, for a save that keeps renamed items in place.
    public var renamesSinceSnapshot: [MapEdit.Rename] { sinceSnapshot.flatMap(\.renames) }

    // MARK: Commit

    /// What a committed edit did.
    public struct Committed: Sendable {
        /// The edit as applied (for undo, an inverse), ready for the journal.
        public var edit: MapEdit
        public var changes: VerdictChanges
    }

    /// The problems `edit` would bring, without committing it (forms check before closing).
    public func problems(with edit: MapEdit) -> [MapProblem] {
        do {
            let next = try edit.applied(to: map)
            return newProblems(in: next, after: edit)
        } catch {
            return [MapProblem(item: nil, field: "", message: error.description)]
        }
    }

    /// Applies, validates and re-evaluates; refuses an edit that does not fit or breaks a rule.
    @discardableResult
    public mutating func commit(_ edit: MapEdit) throws(EditRefusal) -> Committed {
        let committed = try apply(edit)
        undoStack.append(edit)
        redoStack.removeAll()
        if let depth = savedDepth, depth >= undoStack.count { savedDepth = nil }
        return committed
    }

    /// Takes back the last edit. The result's edit is the inverse that was applied.
    public mutating func undo() throws(EditRefusal) -> Committed? {
        guard let last = undoStack.last else { return nil }
        var inverse = last.inverse
        inverse.label = "Undo: \(last.label)"
        let committed = try apply(inverse)
        undoStack.removeLast()
        redoStack.append(last)
        return committed
    }

    public mutating func redo() throws(EditRefusal) -> Committed? {
        guard let next = redoStack.last else { return nil }
        var again = next
        again.label = "Redo: \(next.label)"
        let committed = try apply(again)
        redoStack.removeLast()
        undoStack.append(next)
        return committed
    }

    private mutating func apply(_ edit: MapEdit) throws(EditRefusal) -> Committed {
        guard !edit.isEmpty else { throw EditRefusal.nothingChanged }
        let next: ResidencyMap
        do {
            next = try edit.applied(to: map)
        } catch {
            throw EditRefusal.conflict(error)
        }
        // Validation and evaluation read only `next`: on a large map they run side by side, and
        // a refused edit's evaluation is dropped (forms check `problems(with:)` first, so
        // refusals here are rare).
        let current = self
        let (problems, evaluated) = SideBySide.run(inParallel: next.systems.count >= SideBySide.parallelSystems,
                                                   { current.newProblems(in: next, after: edit) },
                                                   { current.evaluator.evaluate(next) })
        guard problems.isEmpty else { throw EditRefusal.invalid(problems) }
        let before = evaluation
        map = next
        evaluation = evaluated
        generation += 1
        sinceSnapshot.append(edit)
        return Committed(edit: edit, changes: VerdictChanges(from: before, to: evaluation, renames: edit.renames))
    }

    private func newProblems(in map: ResidencyMap) -> [MapProblem] {
        validator.problems(in: map).filter { !baselineProblems.contains($0) }
    }

    /// The problems an edit brings: references and id clashes across the whole map, the
    /// per-item rules only for the items it wrote (the others were valid before it).
    private func newProblems(in map: ResidencyMap, after edit: MapEdit) -> [MapProblem] {
        var changed = Set<ItemKey>()
        var header = false
        for change in edit.changes {
            switch change {
            case .insert(let item, _), .replace(_, let item, _): changed.insert(item.key)
            case .remove: break
            case .header: header = true
            case .declaredCategories(_, let new): for category in new ?? [] { changed.insert(MapItem.category(category).key) }
            }
        }
        return validator.problems(in: map, changed: changed, headerChanged: header).filter { !baselineProblems.contains($0) }
    }

    // MARK: File

    /// After a save: the file now holds this map.
    public mutating func didSave(as snapshot: MapSnapshot) {
        self.snapshot = snapshot
        sinceSnapshot = []
        if snapshot.map == map {
            savedDepth = undoStack.count
        } else {
            adopt(snapshot.map)
        }
        evaluationAtSnapshot = evaluation
    }

    /// What the edits since the file was read or saved change in its verdicts.
    public var changesSinceSnapshot: VerdictChanges {
        VerdictChanges(from: evaluationAtSnapshot, to: evaluation, renames: renamesSinceSnapshot)
    }

    /// A save that merged someone else's changes: the merged map is now the map and the file.
    public mutating func didSaveMerged(as snapshot: MapSnapshot) {
        adopt(snapshot.map)
        self.snapshot = snapshot
        sinceSnapshot = []
        savedDepth = undoStack.count
        evaluationAtSnapshot = evaluation
    }

    /// Drops every unsaved edit and takes the file as it is now.
    public mutating func reload(from snapshot: MapSnapshot) {
        self = MapDocument(snapshot: snapshot, today: today)
    }

    private mutating func adopt(_ newMap: ResidencyMap) {
        map = newMap
        evaluation = evaluator.evaluate(newMap)
        generation += 1
        baselineProblems.formUnion(validator.problems(in: newMap))
    }
}

/// Why an edit was not committed.
public enum EditRefusal: Error, Sendable, CustomStringConvertible {
    /// The edit was made against a version of an item that has changed since.
    case conflict(EditConflict)
    /// The map would break a rule; every problem is listed.
    case invalid([MapProblem])
    case nothingChanged

    public var description: String {
        switch self {
        case .conflict(let conflict): return conflict.description
        case .invalid(let problems): return problems.map(\.description).joined(separator: "; ")
        case .nothingChanged: return "nothing changed"
        }
    }
}
