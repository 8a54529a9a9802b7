/// Labelled values, one under another, labels in a column of their own and values wrapped with
/// a hanging indent:
///
///     Owner    Dana Ortiz (Platform)
///     Content  1 offering · 29 systems · 7 roles · 5 flows · 9 copies ·
///              5 claims · 3 exceptions
public struct FieldList: Sendable {
    public struct Field: Sendable, Hashable {
        public var label: String
        public var value: Line

        public init(_ label: String, _ value: Line) {
            self.label = label
            self.value = value
        }
    }

    public var fields: [Field]
    public var labelStyle: CellStyle
    /// The label column's width; `nil` fits the longest label.
    public var labelWidth: Int?
    public var scroll: Int

    public init(_ fields: [Field], labelStyle: CellStyle = CellStyle.plain.dimmed, labelWidth: Int? = nil, scroll: Int = 0) {
        self.fields = fields
        self.labelStyle = labelStyle
        self.labelWidth = labelWidth
        self.scroll = max(0, scroll)
    }

    /// The lines at `width` columns: labels padded, values wrapped under their own column.
    public func layout(width: Int) -> [Line] {
        let labels = labelWidth ?? (fields.map { DisplayWidth.of(TextSanitizer.sanitize($0.label)) }.max() ?? 0)
        let column = min(labels, width / 3)
        let valueWidth = width - column - 2
        guard valueWidth > 0 else { return fields.map(\.value) }
        var lines: [Line] = []
        for field in fields {
            let wrapped = TextFitting.wrap(field.value, width: valueWidth)
            for (index, part) in wrapped.enumerated() {
                let label = index == 0 ? TextFitting.pad(field.label, to: column) : String(repeating: " ", count: column)
                lines.append(Line(label + "  ", style: labelStyle) + part)
            }
        }
        return lines
    }

    /// How many lines the fields take at `width` columns.
    public func lineCount(width: Int) -> Int { layout(width: width).count }

    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        Paragraph(layout(width: area.width), wraps: false, scroll: scroll).render(into: &buffer, area: area)
    }
}
