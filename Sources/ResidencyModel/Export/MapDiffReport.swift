import Foundation

/// `resmap diff` output: text for a terminal (colour only when asked), Markdown to paste into a
/// pull request, JSON for tools. The verdicts that moved come first, with why; then every item
/// added, removed, renamed, moved or changed, field by field.
public struct MapDiffReport: Sendable {
    public var diff: MapDiff
    /// How the two sides are named: "acme.yaml at HEAD~1", "acme.yaml".
    public var oldName: String
    public var newName: String

    public init(diff: MapDiff, oldName: String, newName: String) {
        self.diff = diff
        self.oldName = oldName
        self.newName = newName
    }

    // MARK: Text

    /// Every map string goes through `TerminalText.sanitize`.
    public func text(style: TextStyle = .plain) -> String {
        func safe(_ text: String) -> String { TerminalText.sanitize(text) }
        var lines: [String] = [style.bold("Changes from \(safe(oldName)) to \(safe(newName))")]
        lines.append("")
        lines.append(style.bold("Verdicts (\(diff.verdicts.isEmpty ? "none changed" : "\(diff.verdicts.count) changed"))"))
        for change in diff.verdicts {
            let from = change.from.map { style.verdict($0.label, $0) } ?? "new"
            let to = change.to.map { style.verdict($0.label, $0) } ?? "removed"
            lines.append("  \(safe(change.claimText)) (\(safe(change.claimID))): \(from) -> \(to)")
            for reason in change.because { lines.append("    because " + safe(reason)) }
        }
        lines.append("")
        lines.append(style.bold("Items (\(diff.items.isEmpty ? "no change" : "\(diff.items.count) changed"))"))
        for item in diff.items {
            let mark: String
            switch item.change {
            case .added: mark = style.wrap("+", "32")
            case .removed: mark = style.wrap("-", "31")
            default: mark = style.wrap("~", "33")
            }
            lines.append("  \(mark) \(safe(item.kind.noun)) \(safe(item.name)) (\(safe(item.ref))): \(Self.words(item.change))")
            for field in item.fields {
                lines.append("      \(safe(field.key)): \(safe(Self.shown(field.old))) -> \(safe(Self.shown(field.new)))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func words(_ change: MapDiff.Change) -> String {
        switch change {
        case .added: return "added"
        case .removed: return "removed"
        case .changed: return "changed"
        case .renamed(let from): return "renamed from \(from)"
        case .moved(let from, let to): return "moved from step \(from) to \(to)"
        }
    }

    static func shown(_ text: String) -> String { text.isEmpty ? "(none)" : text }

    // MARK: Markdown

    /// GFM for a pull request; user text escaped as the note escapes it.
    public func markdown() -> String {
        var document = MarkdownDocument()
        document.heading(2, "Residency map changes: \(oldName) → \(newName)")
        if diff.verdicts.isEmpty {
            document.paragraph("No claim's verdict changed.")
        } else {
            document.heading(3, "Verdicts that changed")
            document.bullets(diff.verdicts.map { change in
                let from = change.from?.label ?? "new"
                let to = change.to?.label ?? "removed"
                var line: Markup = "**\(change.claimText)** (`\(Markup(text: change.claimID))`): \(from) → **\(to)**"
                if !change.because.isEmpty {
                    line += ", because " + change.because.map { Markup(text: $0) }.joined(separator: "; ")
                }
                return line
            })
        }
        if !diff.items.isEmpty {
            document.heading(3, "Items")
            document.table(["Item", "Change", "Fields"], rows: diff.items.map { item in
                let fields = item.fields.map { field -> Markup in
                    "\(field.key): \(Self.shown(field.old)) → \(Self.shown(field.new))"
                }
                return ["\(item.kind.noun) \(item.name) (`\(Markup(text: item.ref))`)", "\(Self.words(item.change))",
                        fields.joined(separator: "; ")]
            })
        }
        return document.text
    }

    // MARK: JSON

    /// The JSON schema (docs/cli.md): keys snake_case and sorted, arrays in diff order.
    public struct JSON: Codable, Sendable, Hashable {
        public var old: String
        public var new: String
        public var verdictsChanged: Bool
        public var verdicts: [Verdict]
        public var items: [Item]

        public struct Verdict: Codable, Sendable, Hashable {
            public var claim: String
            public var text: String
            public var from: String?
            public var to: String?
            public var because: [String]
        }

        public struct Item: Codable, Sendable, Hashable {
            public var kind: String
            public var ref: String
            public var name: String
            /// added, removed, changed, renamed or moved.
            public var change: String
            public var renamedFrom: String?
            public var movedFrom: Int?
            public var movedTo: Int?
            public var fields: [Field]

            enum CodingKeys: String, CodingKey {
                case kind, ref, name, change, renamedFrom = "renamed_from", movedFrom = "moved_from", movedTo = "moved_to", fields
            }
        }

        public struct Field: Codable, Sendable, Hashable {
            public var key: String
            public var old: String
            public var new: String
        }

        enum CodingKeys: String, CodingKey {
            case old, new, verdictsChanged = "verdicts_changed", verdicts, items
        }
    }

    public var json: JSON {
        JSON(
            old: oldName, new: newName, verdictsChanged: !diff.verdicts.isEmpty,
            verdicts: diff.verdicts.map {
                JSON.Verdict(claim: $0.claimID, text: $0.claimText, from: $0.from?.rawValue, to: $0.to?.rawValue, because: $0.because)
            },
            items: diff.items.map { item in
                var json = JSON.Item(kind: item.kind.rawValue, ref: item.ref, name: item.name, change: "",
                                     fields: item.fields.map { JSON.Field(key: $0.key, old: $0.old, new: $0.new) })
                switch item.change {
                case .added: json.change = "added"
                case .removed: json.change = "removed"
                case .changed: json.change = "changed"
                case .renamed(let from): json.change = "renamed"; json.renamedFrom = from
                case .moved(let from, let to): json.change = "moved"; json.movedFrom = from; json.movedTo = to
                }
                return json
            })
    }

    /// Pretty-printed, sorted keys, ending in a newline; control characters escaped as the other
    /// JSON outputs do, so the text is safe on a terminal.
    public func jsonText() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let text = String(decoding: try encoder.encode(json), as: UTF8.self)
        return JSONText.escapingForTerminals(text) + "\n"
    }
}
