import Foundation

extension String {
    /// The form used to compare names: case-, diacritic- and width-insensitive, so "sao paulo"
    /// finds "São Paulo" and "ZURICH" finds "Zürich". Scripts without case ("東京") are unchanged.
    var catalogueFolded: String {
        folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }
}
