/// The formats `resmap export` writes.
public enum ExportFormat: String, Sendable, Hashable, CaseIterable {
    /// The one-page approval note (`MarkdownExporter`).
    case markdown
    /// The whole map plus its evaluation (`JSONExporter`, schema `ExportDocument`).
    case json
    /// The inventory, one row per system (`CSVExporter`).
    case csv

    /// Renders `map` in this format, judging exceptions and reviews as of `today`.
    public func render(_ map: ResidencyMap, today: ISODate, catalogue: RegionCatalogue = .standard) throws -> String {
        switch self {
        case .markdown: return MarkdownExporter(catalogue: catalogue, today: today).render(map)
        case .json: return try JSONExporter(catalogue: catalogue, today: today).render(map)
        case .csv: return try CSVExporter(catalogue: catalogue).render(map)
        }
    }
}
