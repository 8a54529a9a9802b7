import Foundation
import ResidencyModel
import Yams
import CYaml

/// The rows every run measures. Add new rows (export, render) here or in a file of their own
/// with `extension Measurements { static let export = Measurement(...) }` and list them in `all`.
enum Measurements {
    /// libyaml parsing the text into events and dropping them: the floor no YAML loader can beat
    /// (what a 20-line C program does).
    static let events = Measurement(name: "events") { input in
        var text = input.yaml
        return text.withUTF8 { bytes in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return 0 }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            var event = yaml_event_t()
            var count = 0
            while yaml_parser_parse(&parser, &event) == 1 {
                let type = event.type
                yaml_event_delete(&event)
                count += 1
                if type == YAML_STREAM_END_EVENT { break }
            }
            return count
        }
    }

    /// Yams composing the same text into its node tree: how the loader read files before it
    /// composed from events itself.
    static let yams = Measurement(name: "yams") { input in
        let node = try Yams.compose(yaml: input.yaml)
        return node == nil ? 0 : 1
    }

    /// Reading the file, parsing, decoding and validating it into a map.
    static let load = Measurement(name: "load", comparedWith: "events") { input in
        guard case .success(let map) = MapFile.read(path: input.path) else { throw BenchmarkError.loadFailed(input.path) }
        return map.systems.count
    }

    /// Every claim's verdict and every finding: what `resmap check` needs to decide its exit code.
    static let evaluate = Measurement(name: "evaluate") { input in
        let evaluation = ResidencyEvaluator(today: Bench.today).evaluate(input.map)
        return evaluation.claims.reduce(evaluation.findings.count) { $0 &+ $1.verdict.hashValue }
    }

    /// The same evaluation of the map as read back from its file (what the interface and the
    /// commands evaluate), which may sit differently in memory from the generated one.
    static let evaluateLoaded = Measurement(name: "evaluate read") { input in
        let evaluation = ResidencyEvaluator(today: Bench.today).evaluate(input.loadedMap)
        return evaluation.claims.reduce(evaluation.findings.count) { $0 &+ $1.verdict.hashValue }
    }

    /// Evaluating, then every claim's honest answer, counts and first reason: what `resmap answer`
    /// and the approval note's first page need, without the full breach lists.
    static let answers = Measurement(name: "answers") { input in
        let evaluation = ResidencyEvaluator(today: Bench.today).evaluate(input.map)
        return evaluation.claims.reduce(0) { total, result in
            total &+ result.answer.text.utf8.count &+ result.openBreachCount &+ result.uncertaintyCount
                &+ (result.firstReason?.utf8.count ?? 0)
        }
    }

    /// Evaluating, then building every claim's full breach list and honest answer. Their total
    /// length grows with claims times systems (every claim on a worldwide map breaks almost
    /// everywhere), so this row is skipped for the largest maps.
    static let details = Measurement(name: "all breaches", maxSystems: 3_000) { input in
        let evaluation = ResidencyEvaluator(today: Bench.today).evaluate(input.map)
        return evaluation.claims.reduce(0) { $0 &+ $1.breaches.count &+ $1.answer.text.utf8.count }
    }

    /// Writing the canonical YAML back to disk (encode, temp file, fsync, rename).
    static let save = Measurement(name: "save") { input in
        try MapFile.write(input.map, to: input.path + ".saved.yaml")
        return 1
    }

    static let all: [Measurement] = [events, yams, load, evaluate, evaluateLoaded, answers, details, save, exportMarkdown, exportJSON, exportCSV]
}

enum BenchmarkError: Error, CustomStringConvertible {
    case loadFailed(String)

    var description: String {
        switch self {
        case .loadFailed(let path): return "the generated map at \(path) did not load"
        }
    }
}
