import Foundation
import ResidencyModel
import ResidencyTUI

/// The editor's rows. The budgets (release build):
///
/// - a committed edit with its re-evaluation: under 50 ms on the 10,000-system map, under 5 ms on
///   the samples;
/// - a keypress inside a form or picker: under 2 ms at any map size;
/// - a save of the 10,000-system map after one edit: under 100 ms.
///
/// Every map is written to a temporary file and read back as a snapshot (`MapSnapshot.read`), as
/// `resmap FILE` opens it, so saves write relative to a real layout. Each measurement starts from
/// the same prepared value (a document, an interface state with a form or picker open, a file on
/// disk) copied afresh before every run, outside the timing.
enum EditingBenchmark {
    static let size = RenderBenchmark.size

    /// Timed runs of each keypress row (they are short).
    static let keypresses = 60

    static func run(_ options: BenchOptions) throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("resmap-editing-bench-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        // Samples are copied, so saving never touches them.
        var sources: [(name: String, path: String)] = []
        for sample in RenderBenchmark.samples() {
            let path = folder.appendingPathComponent(sample.name).path
            try FileManager.default.copyItem(atPath: sample.path, toPath: path)
            sources.append((sample.name, path))
        }
        for count in options.sizes {
            let path = folder.appendingPathComponent("editing-\(count).yaml").path
            try MapFile.write(MapGenerator(seed: options.seed, placement: options.placement).map(systems: count), to: path)
            sources.append(("generated \(count)", path))
        }

        let repeats = max(options.repeats, 5)
        var commits = BenchmarkTable(headings: ["map", "systems", "commit", "validate", "evaluate", "verdict diff",
                                                "form Enter", "frame after", "undo"])
        var keys = BenchmarkTable(headings: ["map", "form key", "frame", "location key", "frame", "system picker open",
                                             "system key", "frame", "system key 2", "frame"])
        var saves = BenchmarkTable(headings: ["map", "file KB", "first save", "second save", "whole file", "preserved"])
        var checksum = 0
        for source in sources {
            guard case .success(let snapshot) = MapSnapshot.read(path: source.path) else {
                throw BenchmarkError.loadFailed(source.path)
            }
            let document = MapDocument(snapshot: snapshot, today: Bench.today)
            let map = document.map
            let (firstEdit, secondEdit) = try edits(in: document)

            // Commits: the document's path (validate, apply, evaluate, verdict changes), and its parts.
            let commit = try timeEach(repeats, from: document) { doc in try doc.commit(firstEdit).changes.summary.utf8.count }
            let validate = Benchmark.time(repeats: repeats) { document.problems(with: firstEdit).count }
            let evaluator = ResidencyEvaluator(today: Bench.today)
            let next = try firstEdit.applied(to: map)
            let evaluate = Benchmark.time(repeats: repeats) { evaluator.evaluate(next).claims.count }
            let after = evaluator.evaluate(next)
            let diff = Benchmark.time(repeats: repeats) {
                VerdictChanges(from: document.evaluation, to: after, renames: []).summary.utf8.count
            }
            var committed = document
            try committed.commit(firstEdit)
            let undo = try timeEach(repeats, from: committed) { doc in try doc.undo()?.changes.summary.utf8.count ?? 0 }

            // The same through the interface: a system form with its name changed, Enter applies
            // (the form's check, the commit, selections kept), then the first frame of the new map.
            let fresh = AppState(document: document, fileName: source.name, size: size)
            var formOpen = fresh
            for key: Key in [.character("2"), .character("j"), .character("e")] { formOpen.handle(key) }
            guard case .form(let systemForm)? = formOpen.overlays.last, systemForm.kind == .system else {
                throw EditingBenchmarkError.notOpen("a system form", source.name)
            }
            _ = AppView.render(formOpen)
            var typed = formOpen
            for key: Key in [.tab, .character("x")] { typed.handle(key) }
            var formEnter: [Double] = []
            var frameAfter: [Double] = []
            for _ in 0..<repeats {
                var state = typed
                formEnter.append(measure { state.handle(.enter).count })
                guard state.overlays.isEmpty, state.document.generation == document.generation + 1 else {
                    throw EditingBenchmarkError.notOpen("a committed form", source.name)
                }
                frameAfter.append(measure { AppView.render(state).cells.count })
            }
            commits.add([source.name, "\(map.systems.count)", med(commit), med(validate.milliseconds), med(evaluate.milliseconds),
                         med(diff.milliseconds), med(formEnter), med(frameAfter), med(undo)])

            // Keypresses: a letter typed into the open system form, into a location picker and into
            // the system picker of an add-grant form, each followed by the frame it shows.
            let formKey = try keypress(from: formOpen, .character("x"), source: source.name)
            var locationPicker = formOpen
            if let index = systemForm.fields.firstIndex(where: { $0.key == "location" }) {
                for _ in 0..<((index - systemForm.focus + systemForm.fields.count) % systemForm.fields.count) {
                    locationPicker.handle(.tab)
                }
            }
            locationPicker.handle(.control("p"))
            guard case .picker(let picker)? = locationPicker.overlays.last, picker.type == .location else {
                throw EditingBenchmarkError.notOpen("a location picker", source.name)
            }
            let locationKey = try keypress(from: locationPicker, .character("e"), source: source.name)

            var grantForm = fresh
            for key: Key in [.character("3"), .character("j"), .character("c"), .character("a")] { grantForm.handle(key) }
            guard case .form(let form)? = grantForm.overlays.last, form.kind == .grant,
                  form.focusedField.type == .reference(.systems) else {
                throw EditingBenchmarkError.notOpen("an add-grant form", source.name)
            }
            _ = AppView.render(grantForm)
            let pickerOpen = try timeEach(keypresses, from: grantForm) { state in state.handle(.control("p")).count }
            var systemPicker = grantForm
            systemPicker.handle(.control("p"))
            guard case .picker(let references)? = systemPicker.overlays.last, references.type == .reference(.systems) else {
                throw EditingBenchmarkError.notOpen("a system picker", source.name)
            }
            let systemKey = try keypress(from: systemPicker, .character("e"), source: source.name)
            var narrowed = systemPicker
            narrowed.handle(.character("e"))
            let systemKey2 = try keypress(from: narrowed, .character("r"), source: source.name)
            keys.add([source.name, med(formKey.key), med(formKey.frame), med(locationKey.key), med(locationKey.frame),
                      med(pickerOpen), med(systemKey.key), med(systemKey.frame), med(systemKey2.key), med(systemKey2.frame)])

            // Saves: `MapSave.perform` after one edit, from the snapshot the file was read as (the
            // first save), then after a second edit from the snapshot the first save left (its
            // layout written alongside the text, no second parse). The file is put back before
            // every run, so no run sees a file changed on disk.
            let mapAfterOne = try firstEdit.applied(to: map)
            let mapAfterTwo = try secondEdit.applied(to: mapAfterOne)
            let baseText = Data(snapshot.text.utf8)
            let first = try timeSaves(repeats, file: source.path, text: baseText,
                                      save: MapSave(snapshot: snapshot, map: mapAfterOne, renames: []))
            let second = try timeSaves(repeats, file: source.path, text: Data(first.snapshot.text.utf8),
                                       save: MapSave(snapshot: first.snapshot, map: mapAfterTwo, renames: []))
            let whole = try Benchmark.time(repeats: repeats) {
                try MapFile.write(mapAfterOne, to: source.path + ".whole.yaml")
                return 1
            }
            checksum &+= first.snapshot.text.utf8.count &+ second.snapshot.text.utf8.count
            saves.add([source.name, (Double(baseText.count) / 1_024).formatted, med(first.times), med(second.times),
                       med(whole.milliseconds), first.preserved && second.preserved ? "yes" : "no"])
            try FileManager.default.removeItem(atPath: source.path)
        }

        print("")
        print("Editing: a committed edit (`set` of a system's location), median of \(repeats) runs, milliseconds.")
        print("commit = MapDocument.commit (apply, validate, evaluate, verdict changes); validate, evaluate and")
        print("verdict diff are its parts alone; form Enter = Enter in a system form whose name was changed (the")
        print("form's check, the commit, selections kept); frame after = the next frame, the new map's first;")
        print("undo = MapDocument.undo of the commit:")
        print(commits.render())
        print("")
        print("Keypresses at \(size), median of \(keypresses), milliseconds: state.handle(key), then")
        print("AppView.render(state). form key = \"x\" typed into an open system form; location key = \"e\" typed")
        print("into its location picker; system picker open = C-p on the System field of an add-grant form;")
        print("system key = \"e\" typed into that picker; system key 2 = \"r\" after it (query \"er\"):")
        print(keys.render())
        print("")
        print("Saves: MapSave.perform() after one edit, median of \(repeats), milliseconds. first save = from the")
        print("snapshot read from the file; second save = a second edit, from the snapshot the first save left;")
        print("whole file = MapFile.write of the same map in canonical form, for comparison:")
        print(saves.render())
        print("editing checksum \(checksum)")
    }

    /// Two edits: the location of the system in the middle of the list set to another system's,
    /// then the same for the system a third of the way in. `resmap set SYSTEM location CODE`.
    static func edits(in document: MapDocument) throws -> (MapEdit, MapEdit) {
        let systems = document.map.systems
        func edit(at position: Int, of map: ResidencyMap) throws -> MapEdit {
            let system = systems[position]
            let current = ItemValue.system(system).texts["location"] ?? ""
            let other = systems.lazy.map { ItemValue.system($0).texts["location"] ?? "" }
                .first { $0 != current && $0 != "unknown" && !$0.isEmpty } ?? "aws:eu-central-1"
            return try MapEditor(map).set(.system(system.id), field: "location", to: other)
        }
        let first = try edit(at: systems.count / 2, of: document.map)
        let second = try edit(at: systems.count / 3, of: try first.applied(to: document.map))
        return (first, second)
    }

    /// Runs `body` on a fresh copy of `start` each time; times the body alone.
    static func timeEach<Value>(_ repeats: Int, from start: Value, _ body: (inout Value) throws -> Int) throws -> [Double] {
        var value = start
        _ = try body(&value) // warm up
        var times: [Double] = []
        for _ in 0..<repeats {
            var value = start
            var result = 0
            times.append(try measure { result = try body(&value); return result })
        }
        return times
    }

    /// One key on a copy of `state`, then the frame after it, timed apart.
    static func keypress(from state: AppState, _ key: Key, source: String) throws -> (key: [Double], frame: [Double]) {
        _ = AppView.render(state)
        var keyTimes: [Double] = []
        var frameTimes: [Double] = []
        for run in 0...keypresses {
            var copy = state
            let keyTime = measure { copy.handle(key).count }
            let frameTime = measure { AppView.render(copy).cells.count }
            if run == 0 {
                guard copy.overlays.count == state.overlays.count else {
                    throw EditingBenchmarkError.notOpen("the overlay after \(key)", source)
                }
                continue // warm up
            }
            keyTimes.append(keyTime)
            frameTimes.append(frameTime)
        }
        return (keyTimes, frameTimes)
    }

    /// Puts `text` back at `file`, then times `save.perform()`; one untimed warm-up first.
    static func timeSaves(_ repeats: Int, file: String, text: Data, save: MapSave) throws
        -> (times: [Double], snapshot: MapSnapshot, preserved: Bool) {
        var times: [Double] = []
        var last: (MapSnapshot, Bool)?
        for run in 0...repeats {
            try text.write(to: URL(fileURLWithPath: file))
            var outcome: MapSave.Outcome?
            let time = measure { outcome = save.perform(); return 0 }
            guard case .saved(let snapshot, let preserved, let merged)? = outcome, merged == 0 else {
                throw EditingBenchmarkError.saveFailed(file, String(describing: outcome))
            }
            last = (snapshot, preserved)
            if run > 0 { times.append(time) }
        }
        guard let last else { throw EditingBenchmarkError.saveFailed(file, "no run") }
        return (times, last.0, last.1)
    }

    static func measure(_ body: () throws -> Int) rethrows -> Double {
        var sink = 0
        let duration = try ContinuousClock().measure { sink = try body() }
        blackHole(sink)
        return Benchmark.milliseconds(duration)
    }

    static func med(_ values: [Double]) -> String { Benchmark.median(values).formatted }
}

@inline(never)
func blackHole(_ value: Int) {
    if value == .min { print("") }
}

enum EditingBenchmarkError: Error, CustomStringConvertible {
    case notOpen(String, String)
    case saveFailed(String, String)

    var description: String {
        switch self {
        case .notOpen(let what, let map): return "the editing benchmark could not reach \(what) on \(map)"
        case .saveFailed(let path, let outcome): return "saving \(path) did not succeed: \(outcome)"
        }
    }
}
