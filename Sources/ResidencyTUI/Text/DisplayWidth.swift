import ResidencyModel

/// The TUI's name for ResidencyModel's `DisplayWidth`, so screens and widgets that do not import
/// the model still measure text with the one implementation.
public typealias DisplayWidth = ResidencyModel.DisplayWidth
