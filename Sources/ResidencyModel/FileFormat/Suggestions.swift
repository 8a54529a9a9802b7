/// "Did you mean" suggestions: the closest known word by edit distance, ignoring case.
public enum Suggestions {
    /// The closest candidate to `word`, if it is close enough to be a plausible typo. A word
    /// longer than `EditDistance.maximumLength` gets none.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        guard !word.isEmpty, EditDistance.isShortEnough(word) else { return nil }
        let target = word.lowercased()
        let length = target.unicodeScalars.count
        // A typo changes about one character in three; short words allow one edit, others two.
        let limit = length <= 3 ? 1 : max(2, length / 3)
        var best: (word: String, distance: Int)?
        for candidate in candidates {
            guard let distance = EditDistance.within(limit, target, candidate.lowercased()) else { continue }
            if let best, best.distance <= distance { continue }
            best = (candidate, distance)
        }
        return best?.word
    }
}
