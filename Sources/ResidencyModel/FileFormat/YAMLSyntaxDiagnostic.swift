import Yams

/// Turns a Yams parse failure into one located diagnostic with a fix a person can act on.
enum YAMLSyntaxDiagnostic {
    /// libyaml's default nesting limit (yaml_set_max_nest_level), which Yams keeps.
    static let maximumNesting = 1000

    static func make(for error: Error, yaml: String, fileName: String) -> Diagnostic {
        guard let error = error as? YamlError else {
            return Diagnostic(file: fileName, position: nil, message: "cannot read the YAML: \(error)",
                              fix: "check that the file is a resmap YAML file")
        }
        switch error {
        case let .scanner(context, problem, mark, _),
             let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            return syntax(problem: problem, context: context, mark: mark, yaml: yaml, fileName: fileName)
        case let .reader(problem, offset, _, _):
            return Diagnostic(
                file: fileName, position: offset.flatMap { position(ofCharacterOffset: $0, in: yaml) },
                message: "the file holds a character YAML does not allow (\(problem))",
                fix: "remove control characters and save the file as UTF-8 text")
        case let .duplicatedKeysInMapping(duplicates, context):
            return duplicateKey(duplicates.first ?? "", firstAt: context.mark, yaml: yaml, fileName: fileName)
        default:
            return Diagnostic(file: fileName, position: nil, message: "cannot read the YAML: \(error)",
                              fix: "check that the file is a resmap YAML file")
        }
    }

    private static func syntax(problem: String, context: YamlError.Context?, mark: Mark, yaml: String,
                               fileName: String) -> Diagnostic {
        var message = "YAML syntax error: \(problem)"
        if problem.contains("nesting level") {
            // libyaml names its own setting; say what it means.
            return Diagnostic(file: fileName, position: SourcePosition(mark),
                              message: "the YAML is nested deeper than \(maximumNesting) levels here",
                              fix: "a map file needs a few levels: look for brackets or indentation that never close")
        }
        if let context, context.text.contains("single document") {
            message = "the file holds more than one YAML document"
        } else if let context {
            message += " (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
        }
        return Diagnostic(file: fileName, position: SourcePosition(mark), message: message,
                          fix: fix(problem: problem, context: context, mark: mark, yaml: yaml))
    }

    /// The likely cause, guessed from libyaml's wording and the text around the mark.
    static func fix(problem: String, context: YamlError.Context?, mark: Mark, yaml: String) -> String {
        let contextText = context?.text ?? ""
        let lines = [mark.line - 1, mark.line].compactMap { line(number: $0, in: yaml) }
        if problem.contains("tab") || lines.contains(where: { $0.prefix(while: { $0 == " " || $0 == "\t" }).contains("\t") }) {
            return "indent with spaces; YAML does not allow tabs in indentation"
        }
        if problem.contains("unknown escape") {
            return "inside double quotes write \\\\ for a backslash, or use single quotes"
        }
        if contextText.contains("quoted scalar"), let context {
            return "close the quote opened at line \(context.mark.line), column \(context.mark.column)"
        }
        if problem.contains("mapping values are not allowed") {
            return "put text containing ': ' in quotes, or fix this line's indentation"
        }
        if problem.contains("did not find expected key") || problem.contains("did not find expected '-'") {
            return "line this entry up with the keys or `- ` items above it"
        }
        if problem.contains("could not find expected ':'") {
            return "add ': ' after the key, or put the whole text in quotes"
        }
        if problem.contains("undefined alias") {
            return "define the anchor (&name) before using *name, or write the value out"
        }
        if contextText.contains("single document") {
            return "keep one map per file: remove the second `---` and what follows, or move it to its own file"
        }
        if problem.contains("found character that cannot start any token") {
            return "put text that starts with @, ` or another special character in quotes"
        }
        return "check this line and the one above for a missing quote, colon or indentation"
    }

    private static func duplicateKey(_ key: String, firstAt mark: Mark, yaml: String, fileName: String) -> Diagnostic {
        let first = SourcePosition(mark)
        let second = secondOccurrence(of: key, after: first, in: yaml)
        let message = second == nil
            ? "the key \(UserText.quoted(key)) appears twice in one mapping"
            : "the key \(UserText.quoted(key)) appears twice in one mapping (first at line \(first.line), column \(first.column))"
        return Diagnostic(file: fileName, position: second ?? first, message: message,
                          fix: "keep one '\(UserText.escaped(key))' and remove or rename the other")
    }

    /// The next line of the same block mapping that starts with `key:` at the first one's column.
    private static func secondOccurrence(of key: String, after first: SourcePosition, in yaml: String) -> SourcePosition? {
        var lineNumber = 0
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            guard lineNumber > first.line else { continue }
            let indent = line.prefix(while: { $0 == " " }).count
            let content = line.dropFirst(indent)
            if content.isEmpty || content.hasPrefix("#") { continue }
            if indent < first.column - 1 { return nil }  // left the mapping
            if indent == first.column - 1, content.hasPrefix(key + ":") {
                return SourcePosition(line: lineNumber, column: first.column)
            }
        }
        return nil
    }

    private static func line(number: Int, in yaml: String) -> Substring? {
        guard number >= 1 else { return nil }
        return yaml.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(number - 1).first
    }

    /// Line and column (in Unicode scalars, as libyaml counts) of a character offset.
    static func position(ofCharacterOffset offset: Int, in yaml: String) -> SourcePosition? {
        guard offset >= 0, let index = yaml.index(yaml.startIndex, offsetBy: offset, limitedBy: yaml.endIndex) else {
            return nil
        }
        var line = 1
        var column = 1
        for scalar in yaml[..<index].unicodeScalars {
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return SourcePosition(line: line, column: column)
    }
}
