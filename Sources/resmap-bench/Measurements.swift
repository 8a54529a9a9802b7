import Foundation
import ResidencyModel
import Yams

/// The rows every run measures. Add new rows (export, render) here or in a file of their own
/// with `extension Measurements { static let export = Measurement(...) }` and list them in `all`.
enum Measurements {
    /// Yams composing the same text into a node tree: the floor the loader cannot beat.
    static let yams = Measurement(name: "yams") { input in
        let node = try Yams.compose(yaml: input.yaml)
        return node == nil ? 0 : 1
    }

    /// Reading the file, parsing, decoding and validating it into a map.
    static let load = Measurement(name: "load", comparedWith: "yams") { input in
        guard case .success(let map) = MapFile.read(path: input.path) else { throw BenchmarkError.loadFailed(input.path) }
        return map.systems.count
    }

    /// Every claim's verdict and every finding: what `resmap check` needs to decide its exit code.
    static let evaluate = Measurement(name: "evaluate") { input in
        let evaluation = ResidencyEvaluator(today: Bench.today).evaluate(input.map)
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

    static let all: [Measurement] = [yams, load, evaluate, answers, details, save, exportMarkdown, exportJSON, exportCSV]
}

enum BenchmarkError: Error, CustomStringConvertible {
    case loadFailed(String)

    var description: String {
        switch self {
        case .loadFailed(let path): return "the generated map at \(path) did not load"
        }
    }
}
