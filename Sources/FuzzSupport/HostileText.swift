/// Pieces of text that break YAML loaders and terminal output: each one has found a bug in some
/// loader or viewer. The mutator inserts them, replaces values with them, or builds from them.
enum HostileText {
    /// YAML syntax that changes what the text around it means.
    static let yamlTokens: [String] = [
        ": ", "- ", "? ", "&a ", "*a", "*undefined", "<<: ", "!!str ", "!!int ", "!!binary ", "!!map ", "!!seq ",
        "!custom ", "!<tag:yaml.org,2002:float> ", "---\n", "...\n", "%YAML 1.1\n", "%TAG ! tag:x,2026:\n",
        "\t", "\r\n", "\r", "\"", "'", "\\", "\\u0000", "\\x", "#", " #", "|", ">-", "|+", "[", "]", "{", "}", ",",
        "@", "`", "%", "~", "null", "Null", "NULL", "true", "yes", "no", "NO", "on", "off", "y", "n", ".inf", "-.inf", ".nan",
        "0x1F", "0o17", "017", "1e999", "-0", "12:30", "1_000", "2026-02-30", "2026-13-01", "0000-00-00", "9999-12-31",
        "2026-09-15T10:00:00Z", "=1+1", "+1", "@SUM(A1)",
    ]

    /// Values a field of the map might hold, right or wrong.
    static let values: [String] = [
        "", "~", "null", "[]", "{}", "[DE, FR]", "[[DE]]", "{a: b}", "DE", "de", "US", "GB", "UK", "EU", "EEA", "XX", "ZZ",
        "aws:eu-central-1", "aws:us-east-1", "aws:", ":", "aws:eu-central-1:extra", "gcp:europe-west3", "azure:germanywestcentral",
        "cloudflare:eu", "ovh:DE1", "unknown", "planned", "assumed", "confirmed", "database", "cdn", "logs", "backup",
        "replica", "dr", "staging", "view", "export", "admin", "dpf", "scc", "bcr", "none", "EEA+adequacy", "2026-09-15",
        "2026-02-29", "2024-02-29", "1", "0", "-1", "99999999999999999999", "1.5", "true", "\"quoted\"", "'single'",
        "\"unterminated", "|\n      block\n      text", ">\n      folded", "&x [DE]", "*x", "!!binary aGVsbG8=",
    ]

    /// Characters a terminal or a layout trips over, each as text.
    static let unicode: [String] = [
        "\u{202E}", "\u{202D}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}", "\u{200E}", "\u{200F}", "\u{061C}",
        "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{00AD}", "\u{3164}", "\u{115F}", "\u{FFFC}", "\u{FFFD}",
        "\u{2028}", "\u{2029}", "\u{0085}", "\u{0080}", "\u{009B}", "\u{009D}", "\u{009F}",
        "\u{1B}[2J", "\u{1B}]0;title\u{07}", "\u{1B}[31m", "\u{07}", "\u{08}", "\u{0B}", "\u{0C}", "\u{7F}", "\u{01}", "\u{00}",
        "👩\u{200D}👩\u{200D}👧", "❤\u{FE0F}", "👍🏽", "🇩🇪", "🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}",
        "e\u{0301}", "\u{0301}", String(repeating: "\u{0301}", count: 200), "\u{FE0F}", "\u{E0041}",
        "東京", "Zürich", "ﷺ", "𒐫", "\u{10FFFF}", "\u{FFFF}", "\u{E000}", "Å", "ｗｉｄｅ",
    ]

    /// Byte sequences that are not UTF-8 (or are the edge cases readers disagree on).
    static let bytes: [[UInt8]] = [
        [0x80], [0xBF], [0xC0, 0xAF], [0xC1, 0xBF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF],
        [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xFE], [0xFF], [0xFF, 0xFE], [0xFE, 0xFF],
        [0xE6, 0x9D], [0xF0, 0x9F, 0x98], [0xC2], [0xEF, 0xBB, 0xBF], [0x00], [0x00, 0x00, 0xFE, 0xFF],
    ]

    /// Strings to repeat into very long scalars.
    static let repeatable: [String] = ["x", "eu-central-", "é", "東", "👩\u{200D}👩\u{200D}👧", "\u{0301}", "a b ", "\\n", "'"]

    /// Lengths of long scalars: the value limit (256 KB) and either side of it, and smaller.
    static let longLengths: [Int] = [1_000, 10_000, 65_536, 100_000, 262_143, 262_144, 262_145, 300_000]
}
