/// The rule for an id that names something declared elsewhere (a step's system, a claim's
/// offering, a system's data category): it must name an item that exists. One rule, worded once,
/// for the loader (which adds where the reference is written) and for the validator (forms, the
/// command line, every commit).
enum ReferenceRule {
    /// The problem with `id` as a reference to a `noun` (from `section`), or nil when `known`
    /// holds it. `key` is the field as the file names it, `what` the item it sits in
    /// ("step 2 of flow 'signup'"); `defaultCategories` says the map uses the default set.
    static func problem(id: String, noun: String, section: String, known: Set<String>, key: String, what: String,
                        defaultCategories: Bool = false) -> (message: String, fix: String)? {
        guard !known.contains(id) else { return nil }
        let message = "unknown \(noun) \(UserText.quoted(id)) in '\(key)' of \(what)"
        if let suggestion = Suggestions.closest(to: id, in: known.sorted()) {
            return (message, "did you mean \(UserText.quoted(suggestion))?")
        }
        if section == MapSection.categories.fileKey && defaultCategories {
            return (message, "use a default category (\(DataCategory.defaults.map(\.id).joined(separator: ", "))) "
                        + "or declare it under `data_categories:`")
        }
        return (message, "add a \(noun) with this id under `\(section):`, or correct the id")
    }
}
