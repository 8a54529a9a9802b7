import ResidencyModel

/// The export rows: the approval note must be written for the 10,000-system map in under 300 ms
/// in a release build, evaluation included, and grow about linearly with the map.
extension Measurements {
    /// Evaluating the map and writing the whole Markdown approval note.
    static let exportMarkdown = Measurement(name: "export md") { input in
        MarkdownExporter(today: Bench.today).render(input.map).utf8.count
    }

    /// The JSON export (map plus evaluation) collected into one string, for comparison with
    /// the same export streamed (`CommandBenchmark`); not a budgeted row. Skipped above 10,000
    /// systems: it holds the whole export in memory.
    static let exportJSON = Measurement(name: "export json", maxSystems: 10_000) { input in
        try JSONExporter(today: Bench.today).render(input.map).utf8.count
    }

    /// The CSV inventory, for comparison; not a budgeted row.
    static let exportCSV = Measurement(name: "export csv") { input in
        try CSVExporter().render(input.map).utf8.count
    }
}
