/// YAML aliases repeat a node without repeating its text, so a small file can stand for an
/// enormous tree ("a billion laughs"): the loader would walk every repetition. The composer
/// counts what aliases add as it meets them and stops at a budget proportional to the file's own
/// size, so any file is read in time proportional to its length.
enum AliasBudget {
    /// How many values aliases may add: generous for hand-written anchors, far below a blow-up.
    static func limit(forLines lines: Int) -> Int { max(200_000, lines * 20) }
}
