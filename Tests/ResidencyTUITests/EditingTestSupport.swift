import Foundation
import ResidencyModel
import ResidencyTUI
import Testing

/// Helpers for the editor's update tests: states with and without a file behind them, key
/// presses that collect effects, selecting an item by identity, filling form fields.
enum Editing {
    static let today = MapScreenMaps.today

    static let samplesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()   // ResidencyTUITests
        .deletingLastPathComponent()   // Tests
        .deletingLastPathComponent()
        .appendingPathComponent("Samples")

    static let acmePath = samplesFolder.appendingPathComponent("acme-saas.yaml").path

    /// The Acme sample as read from its file: a document with a snapshot, so edits are journaled
    /// and can be saved. Never saved to: tests that save use `temporaryCopy`.
    static func acmeFromFile(path: String = acmePath, readOnly: String? = nil) throws -> AppState {
        let snapshot = try snapshot(path)
        return AppState(document: MapDocument(snapshot: snapshot, today: today), fileName: path,
                        size: MapScreenMaps.small, readOnlyReason: readOnly)
    }

    static func snapshot(_ path: String) throws -> MapSnapshot {
        switch MapSnapshot.read(path: path) {
        case .success(let snapshot): return snapshot
        case .failure(let failure): throw EditingTestFailure("cannot read \(path): \(failure)")
        }
    }

    /// A fresh folder with a copy of `source` in it; returns the copy's path.
    static func temporaryCopy(of source: String = acmePath) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("resmap-tui-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let target = folder.appendingPathComponent(URL(fileURLWithPath: source).lastPathComponent).path
        try FileManager.default.copyItem(atPath: source, toPath: target)
        return target
    }

    static func removeFolder(of path: String) {
        try? FileManager.default.removeItem(at: URL(fileURLWithPath: path).deletingLastPathComponent())
    }
}

struct EditingTestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension AppState {
    /// Presses the keys in order; returns every effect they asked for.
    @discardableResult
    mutating func press(_ keys: Key...) -> [Effect] { press(keys) }

    @discardableResult
    mutating func press(_ keys: [Key]) -> [Effect] { keys.flatMap { handle($0) } }

    /// Types the text one character at a time.
    @discardableResult
    mutating func type(_ text: String) -> [Effect] { press(text.map { Key.character($0) }) }

    /// The form on top, if the top overlay is one.
    var topForm: FormState? {
        if case .form(let form)? = overlays.last { return form }
        return nil
    }

    var topPicker: PickerState? {
        if case .picker(let picker)? = overlays.last { return picker }
        return nil
    }

    var topConfirm: ConfirmState? {
        if case .confirm(let confirm)? = overlays.last { return confirm }
        return nil
    }

    var topList: ItemListState? {
        if case .list(let list)? = overlays.last { return list }
        return nil
    }

    var topConflicts: ConflictState? {
        if case .conflicts(let conflicts)? = overlays.last { return conflicts }
        return nil
    }

    /// The item `e` would edit on the current screen.
    var selectedRef: ItemRef? { ScreenCatalog.screen(for: currentScreen).selectedItem(in: self) }

    /// Moves the current screen's selection down from the top until `ref` is selected.
    mutating func select(_ ref: ItemRef, sourceLocation: SourceLocation = #_sourceLocation) {
        press(.character("g"))
        var steps = 0
        while selectedRef != ref && steps < 200 {
            press(.character("j"))
            steps += 1
        }
        #expect(selectedRef == ref, "could not select \(ref)", sourceLocation: sourceLocation)
    }

    /// Moves the top form's focus to the field with `key`.
    mutating func focusField(_ key: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var steps = 0
        while let form = topForm, form.focusedField.key != key, steps < 30 {
            press(.tab)
            steps += 1
        }
        #expect(topForm?.focusedField.key == key, "no field \(key) in the form", sourceLocation: sourceLocation)
    }

    /// Replaces the text of the top form's field `key` with `text` by keys (Ctrl-U clears what is
    /// before the cursor, which starts at the end).
    mutating func setField(_ key: String, to text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        focusField(key, sourceLocation: sourceLocation)
        press(.end, .control("u"))
        type(text)
        // Typing into a field with choices searches them: Enter takes the value typed.
        if topPicker != nil { press(.enter) }
    }

    /// The text of a field of the top form.
    func formText(_ key: String) -> String? { topForm?.texts[key] }
}

extension Array where Element == Effect {
    var names: [String] { map(\.name) }
}

extension ResidencyMap {
    func system(_ id: String) -> DataSystem? { systems.first { $0.id == id } }
    func role(_ id: String) -> Role? { roles.first { $0.id == id } }
    func flow(_ id: String) -> Flow? { flows.first { $0.id == id } }
    func claim(_ id: String) -> Claim? { claims.first { $0.id == id } }
    func exception(_ id: String) -> ClaimException? { exceptions.first { $0.id == id } }
}
