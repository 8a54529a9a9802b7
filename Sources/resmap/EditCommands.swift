import ArgumentParser
import Foundation
import ResidencyModel

private let itemHelp = """
    The item: system:ID, role:ID, flow:ID, claim:ID, exception:ID, offering:ID, category:ID, \
    copy:N or copy:FROM/TO, grant:ROLE/N or grant:ROLE/SYSTEM, step:FLOW/N, signoff:N, gap:N (N counted from 1), or map.
    """

private let exitCodes = """
    Exit codes: 0 done (or nothing to change); 1 the edit was refused (a field that cannot be \
    read, or a map rule it would break: each problem is listed with its fix); 2 the file cannot \
    be read, has problems, changed on disk meanwhile, or cannot be written.
    """

/// `resmap set FILE ITEM FIELD VALUE...`: one field of one item.
struct SetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Change one field of one item in a map file.",
        discussion: """
            Prints the edit, each claim whose verdict changed and the findings that came or \
            went, then saves: only the item's lines are rewritten, comments elsewhere stay. \
            Several VALUE words are joined with spaces, or with commas for a list field \
            (location, data, offerings, countries, region, can, scope). Write "" to clear a \
            field; setting id renames the item everywhere. Field keys per kind are listed in \
            docs/cli.md. \(exitCodes)
            """
    )

    @OptionGroup var options: EditOptions

    @Argument(help: ArgumentHelp(itemHelp, valueName: "item"))
    var item: String

    @Argument(help: "The field's key as the file names it (location, status, evidence.how, approved_by, ...).")
    var field: String

    @Argument(help: "The new text.")
    var value: [String]

    func run() throws {
        try EditRunner.run(options) { map throws(FieldError) in
            let ref = try ItemRef.parse(item, in: map)
            let key = EditFields.key(field, of: ref.kind) ?? field
            let list = ref.kind.field(key)?.type.isList ?? false
            let text = value.joined(separator: list ? ", " : " ")
            return EditPlan(edit: try MapEditor(map).set(ref, field: key, to: text))
        }
    }
}

/// `resmap add FILE KIND --KEY VALUE...`: a new item, from its fields.
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add an item to a map file, from --KEY VALUE fields.",
        discussion: """
            KIND is offering, category, system, copy, role, grant, flow, step, claim, \
            exception, signoff or gap. A sign-off approves the map's content as it is now: \
            its fingerprint is filled in, the day when --on is not given, and what it saw \
            (HEAD's commit when the file is committed and unchanged in git, else a copy in \
            .resmap-signed/ beside the map). A gap mark needs --about ITEM, --team and --text. Each field is --KEY followed by its value (several words are joined with \
            spaces, or with commas for a list field); the keys are the kind's fields as the \
            file names them (docs/cli.md lists them), and fields not given take their defaults \
            (a system starts with location and status unknown, a grant can view, always). A \
            grant needs --role ROLE and a step --flow FLOW: the role or flow it goes into. \
            Prints the new item's reference (for a later set or rm) and the verdicts that \
            changed, then saves, rewriting only the lines of the item it changes. \(exitCodes)
            """
    )

    @OptionGroup var options: EditOptions

    @Argument(help: "What to add: offering, category, system, copy, role, grant, flow, step, claim, exception, signoff or gap.")
    var kind: String

    @Option(help: "For a step: its place in the flow, counted from 1 (default: the end).")
    var position: Int?

    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("The fields: --KEY VALUE, for each field to fill.", valueName: "--key value"))
    var fields: [String] = []

    func validate() throws {
        if let position, position < 1 {
            throw ValidationError("--position counts from 1, not \(position).")
        }
        if position != nil, kind != ItemKind.step.rawValue {
            throw ValidationError("--position is for adding a step.")
        }
    }

    func run() throws {
        let day = try MapLoading.day(options.today)
        try EditRunner.run(options) { map throws(FieldError) in
            let kind = try EditFields.kind(self.kind)
            let owner: (key: String, section: MapSection)? = switch kind {
            case .grant: ("role", .roles)
            case .step: ("flow", .flows)
            default: nil
            }
            var (texts, ownerID) = try EditFields.pairs(fields, of: kind, ownerKey: owner?.key)
            for (key, text) in ItemValue.blank(kind, in: map) where texts[key] == nil {
                texts[key] = text
            }
            if let owner {
                let known = owner.section.items(in: map).compactMap(\.id)
                guard let ownerID else {
                    throw FieldError(key: owner.key, message: "say which \(owner.key) the \(kind.noun) goes into with --\(owner.key) ID (\(EditFields.list(known)))")
                }
                guard known.contains(ownerID) else {
                    throw FieldError(key: owner.key, message: "the map has no \(owner.key) '\(ownerID)'. \(owner.section.noun.capitalized)s: \(EditFields.list(known))")
                }
            }
            if kind == .signOff, texts["fingerprint", default: ""].isEmpty {
                // A sign-off approves the map as it is now, and remembers what it saw: the git
                // commit holding exactly this file, or else a copy of it beside the map.
                let fingerprint = MapFingerprint.content(map)
                texts["fingerprint"] = fingerprint
                if texts["revision", default: ""].isEmpty {
                    if let revision = Git.cleanRevision(of: options.file) {
                        texts["revision"] = revision
                    } else if !options.dryRun, let bytes = FileManager.default.contents(atPath: options.file) {
                        do {
                            try SignedCopy.write(bytes, forMap: options.file, fingerprint: fingerprint)
                        } catch {
                            throw FieldError(key: "fingerprint", message: "cannot keep a copy of the signed file: \(error)")
                        }
                    }
                }
            }
            if kind == .signOff || kind == .gap, texts["on", default: ""].isEmpty { texts["on"] = day.description }
            let value = try ItemValue.make(kind, from: texts)
            guard let (edit, ref) = MapEditor(map).add(value, owner: ownerID, position: position.map { $0 - 1 }) else {
                throw FieldError(key: "kind", message: "a \(kind.noun) cannot be added this way")
            }
            return EditPlan(edit: edit, ref: ref)
        }
    }
}

/// `resmap rm FILE ITEM`: delete an item and what cannot stand without it.
struct RemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rm",
        abstract: "Remove an item from a map file, with what cannot stand without it.",
        discussion: """
            Removing a system also removes the copies to and from it, the access grants and \
            flow steps at it, and exceptions covering it; a claim takes its exceptions, an \
            offering its claims; a category is dropped from every list that names it. Prints \
            each of those (`also removes ...`, `also changes ...`) before the verdicts that \
            changed. \(exitCodes)
            """,
        aliases: ["remove"]
    )

    @OptionGroup var options: EditOptions

    @Argument(help: ArgumentHelp(itemHelp, valueName: "item"))
    var item: String

    func run() throws {
        try EditRunner.run(options) { map throws(FieldError) in
            let ref = try ItemRef.parse(item, in: map)
            if ref == .map { throw FieldError(key: "item", message: "the map header cannot be removed") }
            let editor = MapEditor(map)
            return EditPlan(edit: editor.remove(ref), notes: editor.referrers(of: ref))
        }
    }
}

/// `resmap rename FILE ITEM NEW-ID`: a new id, and every reference to it.
struct RenameCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rename",
        abstract: "Give an item a new id and update every reference to it.",
        discussion: """
            Works for items with ids (system, role, flow, claim, exception, offering, \
            category). Copies, grants, steps, exceptions and claims that name the old id are \
            updated; the item stays where it is in the file. \(exitCodes)
            """
    )

    @OptionGroup var options: EditOptions

    @Argument(help: ArgumentHelp("The item: system:ID, role:ID, flow:ID, claim:ID, exception:ID, offering:ID or category:ID.", valueName: "item"))
    var item: String

    @Argument(help: ArgumentHelp("The new id: letters, digits and dashes.", valueName: "new-id"))
    var newID: String

    func run() throws {
        try EditRunner.run(options) { map throws(FieldError) in
            let ref = try ItemRef.parse(item, in: map)
            let edit = try MapEditor(map).rename(ref, to: newID)
            let updated = edit.changes.dropFirst().compactMap { change -> String? in
                guard case .replace(let old, _, _) = change else { return nil }
                return "updates \(old.section.noun) \(old.displayName)"
            }
            return EditPlan(edit: edit, notes: updated)
        }
    }
}

/// Reading kinds and `--KEY VALUE` fields from the command line.
enum EditFields {
    static func kind(_ text: String) throws(FieldError) -> ItemKind {
        let kinds = ItemKind.allCases.filter { $0 != .map }.map(\.rawValue)
        if text == ItemKind.map.rawValue {
            throw FieldError(key: "kind", message: "the map header is always there: change it with `resmap set FILE map FIELD VALUE`")
        }
        guard let kind = ItemKind(rawValue: text == "data_category" ? "category" : text) else {
            let near = closest(to: text, in: kinds).map { " Did you mean '\($0)'?" } ?? ""
            throw FieldError(key: "kind", message: "there is no kind '\(text)'.\(near) Kinds: \(list(kinds))")
        }
        return kind
    }

    /// The field key `text` names: as written, or with dashes for underscores (`--approved-by`).
    static func key(_ text: String, of kind: ItemKind) -> String? {
        if kind.field(text) != nil { return text }
        let underscored = text.replacingOccurrences(of: "-", with: "_")
        return kind.field(underscored) != nil ? underscored : nil
    }

    /// `--KEY VALUE...` words as field texts (list fields joined with ", ", others with spaces),
    /// and the owner given with `--OWNERKEY` (a grant's role, a step's flow).
    static func pairs(_ words: [String], of kind: ItemKind, ownerKey: String?) throws(FieldError) -> (texts: [String: String], owner: String?) {
        var order: [String] = []
        var values: [String: [String]] = [:]
        var current: String?
        for word in words {
            if word.hasPrefix("--"), word.count > 2 {
                var name = String(word.dropFirst(2))
                var inline: String?
                if let equals = name.firstIndex(of: "=") {
                    inline = String(name[name.index(after: equals)...])
                    name = String(name[..<equals])
                }
                let key: String
                if let ownerKey, name == ownerKey {
                    key = ownerKey
                } else if let known = Self.key(name, of: kind) {
                    key = known
                } else {
                    let keys = kind.fields.map(\.key) + (ownerKey.map { [$0] } ?? [])
                    let near = closest(to: name, in: keys + keys.map { $0.replacingOccurrences(of: "_", with: "-") })
                        .map { " Did you mean '--\($0)'?" } ?? ""
                    throw FieldError(key: name, message: "a \(kind.noun) has no field '\(name)'.\(near) Fields: \(list(keys))")
                }
                guard values[key] == nil else {
                    throw FieldError(key: key, message: "given twice; give each field once")
                }
                order.append(key)
                values[key] = inline.map { [$0] } ?? []
                current = key
            } else {
                guard let current else {
                    throw FieldError(key: "fields", message: "'\(word)' follows no --KEY: write each field as --KEY VALUE")
                }
                values[current, default: []].append(word)
            }
        }
        var texts: [String: String] = [:]
        var owner: String?
        for key in order {
            let words = values[key] ?? []
            if key == ownerKey {
                owner = words.joined(separator: " ").trimmingCharacters(in: .whitespaces)
            } else {
                texts[key] = words.joined(separator: kind.field(key)?.type.isList == true ? ", " : " ")
            }
        }
        return (texts, owner)
    }

    static func list(_ words: [String]) -> String {
        words.isEmpty ? "none" : words.joined(separator: ", ")
    }

    /// The candidate nearest `word` when it looks like a typo of it (the model's one matcher).
    static func closest(to word: String, in candidates: [String]) -> String? {
        Suggestions.closest(to: word, in: candidates)
    }
}
