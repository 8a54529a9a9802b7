import ResidencyModel

/// A few lines of plain text about a map, printed instead of the full-screen interface when
/// output is not a terminal (a pipe, a file, CI), so nothing ever waits for keys nobody presses.
/// Map text is sanitized, as on screen.
public enum PlainSummary {
    public static func text(for map: ResidencyMap, fileName: String, today: ISODate) -> String {
        let header = map.header
        var lines: [String] = []
        lines.append("\(safe(header.name)) (\(safe(fileName)))")
        lines.append("owner: \(safe(header.owner))")
        if let last = header.lastReviewed {
            var review = "last reviewed: \(last)"
            if let due = header.reviewDue {
                review += header.isReviewOverdue(on: today) ? ", review overdue since \(due)" : ", next review due \(due)"
            }
            lines.append(review)
        } else {
            lines.append("last reviewed: never")
        }
        let counts = [
            CountPhrase.of(map.offerings.count, "offering"), CountPhrase.of(map.systems.count, "system"),
            CountPhrase.of(map.roles.count, "role"), CountPhrase.of(map.flows.count, "flow"),
            CountPhrase.of(map.copies.count, "copy", plural: "copies"),
            CountPhrase.of(map.claims.count, "claim"), CountPhrase.of(map.exceptions.count, "exception"),
        ]
        lines.append(counts.joined(separator: ", "))
        return lines.joined(separator: "\n") + "\n"
    }

    private static func safe(_ text: String) -> String { TextSanitizer.sanitize(text) }
}
