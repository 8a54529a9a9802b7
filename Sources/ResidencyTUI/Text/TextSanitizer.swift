import ResidencyModel

/// The TUI's name for ResidencyModel's `TerminalText`: untrusted text (anything read from a map
/// file) is made safe for the cell grid by the same rules as the command-line output, so a name
/// reads the same everywhere (see `TerminalText.sanitize`).
public typealias TextSanitizer = TerminalText
