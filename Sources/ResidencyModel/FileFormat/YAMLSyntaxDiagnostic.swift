/// Turns a libyaml parse failure into one located diagnostic with a fix a person can act on.
enum YAMLSyntaxDiagnostic {
    /// libyaml's default nesting limit (yaml_set_max_nest_level), which Yams keeps.
    static let maximumNesting = 1000

    static func make(for error: YAMLSyntaxError, yaml: String, fileName: String) -> Diagnostic {
        switch error.stage {
        case .syntax:
            return syntax(problem: error.problem, context: error.context, mark: error.mark, yaml: yaml, fileName: fileName)
        case .reader:
            return Diagnostic(
                file: fileName, position: error.byteOffset.flatMap { position(ofByteOffset: $0, in: yaml) } ?? SourcePosition(error.mark),
                message: "the file holds a character YAML does not allow (\(error.problem))",
                fix: "remove control characters and save the file as UTF-8 text")
        case .memory:
            return Diagnostic(file: fileName, position: nil, message: "cannot read the YAML: out of memory",
                              fix: "close other programs, or split the map")
        case .aliasBudget(let limit):
            return Diagnostic(
                file: fileName, position: SourcePosition(error.mark),
                message: "the file's anchors and aliases (&name, *name) expand to more than \(limit) values",
                fix: "write the repeated values out, or alias fewer of them; a map never needs aliases inside aliases")
        case .duplicateKey(let key, let first):
            return duplicateKey(key, first: SourcePosition(first), second: SourcePosition(error.mark), fileName: fileName)
        }
    }

    private static func syntax(problem: String, context: YAMLSyntaxError.Context?, mark: YAMLMark, yaml: String,
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
    static func fix(problem: String, context: YAMLSyntaxError.Context?, mark: YAMLMark, yaml: String) -> String {
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

    private static func duplicateKey(_ key: String, first: SourcePosition, second: SourcePosition, fileName: String) -> Diagnostic {
        Diagnostic(file: fileName, position: second,
                   message: "the key \(UserText.quoted(key)) appears twice in one mapping (first at line \(first.line), column \(first.column))",
                   fix: "keep one '\(UserText.escaped(key))' and remove or rename the other")
    }

    private static func line(number: Int, in yaml: String) -> Substring? {
        guard number >= 1 else { return nil }
        return yaml.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(number - 1).first
    }

    /// Line and column (in Unicode scalars, as libyaml counts) of a byte offset into the text.
    static func position(ofByteOffset offset: Int, in yaml: String) -> SourcePosition? {
        let bytes = yaml.utf8
        guard offset >= 0, offset <= bytes.count else { return nil }
        var line = 1
        var column = 1
        for byte in bytes.prefix(offset) {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                // Count a scalar at its first byte, not at its continuation bytes.
                column += 1
            }
        }
        return SourcePosition(line: line, column: column)
    }
}
