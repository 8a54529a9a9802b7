/// Builds the lines of a details pane at a given width: labelled fields with their values
/// wrapped under a column of their own, headings, and indented items whose wrapped lines hang.
/// All text goes through `Line`, so map text is sanitized on the way in.
struct MapDetailText {
    let width: Int
    let theme: Theme
    /// The label column of `field`.
    var labelWidth: Int
    private(set) var lines: [Line] = []

    init(width: Int, theme: Theme, labelWidth: Int = 10) {
        self.width = max(1, width)
        self.theme = theme
        self.labelWidth = min(labelWidth, max(0, width / 3))
    }

    /// "Label     value", the value wrapped under its own column.
    mutating func field(_ label: String, _ value: Line) {
        let valueWidth = width - labelWidth - 1
        guard valueWidth >= 8 else {
            lines.append(Line(label, style: theme.muted))
            item(value, indent: 1)
            return
        }
        for (index, part) in TextFitting.wrap(value, width: valueWidth).enumerated() {
            let label = index == 0 ? TextFitting.pad(label, to: labelWidth) : String(repeating: " ", count: labelWidth)
            lines.append(Line(label + " ", style: theme.muted) + part)
        }
    }

    mutating func field(_ label: String, _ text: String) {
        field(label, Line(text, style: theme.text))
    }

    /// A field whose text may hold line breaks (notes): each paragraph wrapped on its own.
    mutating func paragraphs(_ label: String, _ text: String) {
        let parts = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, part) in parts.enumerated() {
            field(index == 0 ? label : "", Line(String(part), style: theme.text))
        }
    }

    /// A heading, with a blank line before it unless it is the first line.
    mutating func heading(_ text: String) {
        if !lines.isEmpty { lines.append(Line()) }
        lines.append(Line(text, style: theme.heading))
    }

    /// An indented item; lines after the first hang `hanging` columns further in. (Every line is
    /// wrapped at the hanging width, so the first may end a little early.)
    mutating func item(_ value: Line, indent: Int = 2, hanging: Int = 2) {
        let room = width - indent - hanging
        guard room >= 4 else {
            lines += TextFitting.wrap(value, width: width)
            return
        }
        for (index, part) in TextFitting.wrap(value, width: room).enumerated() {
            lines.append(Line(String(repeating: " ", count: index == 0 ? indent : indent + hanging)) + part)
        }
    }

    /// A muted item, for "none" and explanations.
    mutating func note(_ text: String, indent: Int = 2) {
        item(Line(text, style: theme.muted), indent: indent)
    }

    mutating func blank() { lines.append(Line()) }

    /// A section's items would be unreadable past this many (a CDN in a thousand flows, a system
    /// that breaks four hundred claims), and the pane must cost the same whatever the map's size;
    /// so the rest is counted, not listed.
    static let itemLimit = 50

    /// Items, at most `itemLimit` of them, then a line saying how many more there are and where
    /// they are all listed.
    mutating func items<Element>(_ elements: [Element], more: String, _ line: (Element) -> Line) {
        items(elements.prefix(MapDetailText.itemLimit), count: elements.count, more: more, line)
    }

    /// The same for a list known only by its first items and its length (`BreachListing`).
    mutating func items<Elements: Collection>(_ first: Elements, count: Int, more: String,
                                              _ line: (Elements.Element) -> Line) {
        for element in first.prefix(MapDetailText.itemLimit) { item(line(element)) }
        if count > MapDetailText.itemLimit {
            note("\(Symbols.ellipsis) \(count - MapDetailText.itemLimit) more \(more)")
        }
    }
}
