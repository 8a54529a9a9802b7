import Foundation
import Testing
import Yams
@testable import ResidencyModel

/// The loader composes maps from libyaml's events itself; it used to take Yams' composed tree.
/// Here both compositions feed the same decoder, on the samples, generated maps and mutated
/// files, and must agree: the same map, or the same located problems.
@Suite("Loader: composing from events agrees with Yams' composer")
struct LoaderDifferentialTests {
    typealias Support = FileFormatTestSupport

    /// What the loader did before: Yams composes, the tree is carried over node by node.
    enum YamsComposition {
        case map(ResidencyMap)
        case problems([Diagnostic])
        /// Yams stopped at the YAML itself; the problem and where libyaml put it.
        case yamlError(problem: String, line: Int, column: Int)
        case empty
    }

    static func yamsDecode(_ yaml: String) -> YamsComposition {
        let root: Yams.Node?
        do {
            root = try Yams.compose(yaml: yaml, .default, .default, .utf8)
        } catch let error as YamlError {
            switch error {
            case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
                return .yamlError(problem: problem, line: mark.line, column: mark.column)
            case .duplicatedKeysInMapping:
                return .yamlError(problem: "duplicatedKeysInMapping", line: 0, column: 0)
            default:
                return .yamlError(problem: "\(error)", line: 0, column: 0)
            }
        } catch {
            return .yamlError(problem: "\(error)", line: 0, column: 0)
        }
        guard let root else { return .empty }
        var decoder = MapDecoder(fileName: "test.yaml", catalogue: .standard)
        if let map = decoder.decode(root: carried(root)) { return .map(map) }
        return .problems(MapFile.sortedByPosition(decoder.diagnostics))
    }

    static func carried(_ node: Yams.Node) -> YAMLNode {
        func mark(_ mark: Yams.Mark?) -> YAMLMark {
            YAMLMark(line: mark?.line ?? 0, column: mark?.column ?? 0, index: 0)
        }
        switch node {
        case .scalar(let scalar):
            let style: YAMLNode.Scalar.Style
            switch scalar.style {
            case .singleQuoted: style = .singleQuoted
            case .doubleQuoted: style = .doubleQuoted
            case .literal: style = .literal
            case .folded: style = .folded
            case .any, .plain: style = .plain
            }
            return .scalar(.init(string: scalar.string, style: style, start: mark(scalar.mark), end: mark(scalar.mark)))
        case .mapping(let mapping):
            return .mapping(.init(pairs: mapping.map { (carried($0.key), carried($0.value)) }, isFlow: false,
                                  start: mark(mapping.mark), end: mark(mapping.mark)))
        case .sequence(let sequence):
            return .sequence(.init(items: sequence.map(carried), isFlow: false,
                                   start: mark(sequence.mark), end: mark(sequence.mark)))
        case .alias:
            return .scalar(.init(string: "", style: .plain, start: mark(nil), end: mark(nil)))
        }
    }

    static func expectAgreement(_ yaml: String, _ label: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let new = MapFile.decode(yaml: yaml, fileName: "test.yaml")
        switch (yamsDecode(yaml), new) {
        case (.map(let old), .success(let map)):
            #expect(old == map, "\(label): the maps differ", sourceLocation: sourceLocation)
        case (.problems(let old), .problems(let problems)):
            #expect(old == problems, "\(label): the problems differ", sourceLocation: sourceLocation)
        case (.yamlError(let problem, let line, let column), .problems(let problems)):
            // A key written twice is found by both; the wording is the loader's own.
            if problem.hasPrefix("duplicatedKeysInMapping") {
                #expect(problems.count == 1 && problems[0].message.contains("appears twice"),
                        "\(label): \(problems.map(\.message))", sourceLocation: sourceLocation)
                return
            }
            #expect(problems.count == 1, "\(label): \(problems.map(\.message))", sourceLocation: sourceLocation)
            let position = problems.first?.position
            #expect(position == SourcePosition(line: line, column: column),
                    "\(label): Yams stopped at \(line):\(column) (\(problem)), the loader at \(String(describing: position))",
                    sourceLocation: sourceLocation)
        case (.empty, .problems(let problems)):
            #expect(problems.first?.message == "the file is empty", sourceLocation: sourceLocation)
        case (let old, let new):
            Issue.record("\(label): Yams' composition gave \(old), the loader \(new)", sourceLocation: sourceLocation)
        }
    }

    static var corpus: [(name: String, text: String)] {
        var files: [(String, String)] = []
        for folder in [Support.samples, Support.fixtures] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for name in names.sorted() where name.hasSuffix(".yaml") {
                if let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) {
                    files.append((name, text))
                }
            }
        }
        return files
    }

    @Test("Samples, fixtures and generated maps load to the same map")
    func wholeFiles() throws {
        let files = Self.corpus
        #expect(files.count >= 4)
        for (name, text) in files { Self.expectAgreement(text, name) }
        for seed in UInt64(1)...3 {
            for placement in [MapGenerator.Placement.regional, .worldwide] {
                let text = try MapFile.encode(MapGenerator(seed: seed, placement: placement).map(systems: 60))
                Self.expectAgreement(text, "generated seed \(seed) \(placement)")
            }
        }
    }

    @Test("Mutated files give the same map or the same problems")
    func mutatedFiles() {
        var checked = 0
        for (name, text) in Self.corpus {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for index in stride(from: 1, to: lines.count, by: 11) {
                for (mutation, variant) in Self.mutations(of: lines, at: index) {
                    Self.expectAgreement(variant, "\(name) line \(index + 1) \(mutation)")
                    checked += 1
                }
            }
        }
        #expect(checked > 150)
    }

    static func mutations(of lines: [String], at index: Int) -> [(String, String)] {
        var result: [(String, String)] = []
        func variant(_ name: String, _ change: (inout [String]) -> Void) {
            var copy = lines
            change(&copy)
            result.append((name, copy.joined(separator: "\n")))
        }
        variant("deleted") { $0.remove(at: index) }
        variant("duplicated") { $0.insert($0[index], at: index) }
        variant("indented") { $0[index] = "  " + $0[index] }
        variant("dedented") { $0[index] = String($0[index].drop(while: { $0 == " " })) }
        variant("colon lost") { $0[index] = $0[index].replacingOccurrences(of: ": ", with: " ") }
        variant("bracket opened") { $0[index] += " [" }
        variant("tab") { $0[index] = "\t" + $0[index] }
        variant("quote opened") { $0[index] = $0[index].replacingOccurrences(of: ": ", with: ": \"") }
        variant("value emptied") {
            if let colon = $0[index].range(of: ": ") { $0[index] = String($0[index][..<colon.upperBound]) }
        }
        return result
    }
}
