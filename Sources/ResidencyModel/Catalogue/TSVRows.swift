import Foundation

/// One data line of a built-in table: its fields and its line number (for problem reports).
struct TSVRow: Sendable {
    let line: Int
    let fields: [String]

    /// The field at `index`, or "" when the line is short (a short line is reported elsewhere).
    subscript(_ index: Int) -> String {
        index < fields.count ? fields[index] : ""
    }
}

enum TSVRows {
    /// Splits tab-separated text into rows, skipping the header line, blank lines and `#` notes.
    /// Empty fields are kept: a missing city is an empty field, not a shifted column.
    static func parse(_ text: String) -> [TSVRow] {
        var rows: [TSVRow] = []
        var sawHeader = false
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            if !sawHeader {
                sawHeader = true
                continue
            }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            rows.append(TSVRow(line: index + 1, fields: fields))
        }
        return rows
    }
}
