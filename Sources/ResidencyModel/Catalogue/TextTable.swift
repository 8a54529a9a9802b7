/// Rows of text in columns padded to the widest cell, measured in terminal columns.
struct TextTable {
    var header: [String]
    var rows: [[String]]

    /// Column widths over the header and every row; pass several tables' cells to align them.
    static func widths(of tables: [TextTable]) -> [Int] {
        var widths: [Int] = []
        for table in tables {
            for row in [table.header] + table.rows {
                for (index, cell) in row.enumerated() {
                    let width = DisplayWidth.of(cell)
                    if index < widths.count {
                        widths[index] = max(widths[index], width)
                    } else {
                        widths.append(width)
                    }
                }
            }
        }
        return widths
    }

    /// The header and rows, two spaces between columns, no trailing spaces.
    func render(widths: [Int]? = nil) -> String {
        let widths = widths ?? Self.widths(of: [self])
        return ([header] + rows).map { row in
            let cells = row.enumerated().map { index, cell in
                let target = index < widths.count ? widths[index] : 0
                let padding = max(0, target - DisplayWidth.of(cell))
                return cell + String(repeating: " ", count: padding)
            }
            return String(cells.joined(separator: "  ").reversed().drop(while: { $0 == " " }).reversed())
        }.joined(separator: "\n")
    }
}
