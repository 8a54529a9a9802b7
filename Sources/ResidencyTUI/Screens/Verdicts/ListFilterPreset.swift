/// One key that sets a list's named filter to a fixed value ("e": severity error), without typing.
///
/// `Action` has no case for this, so a preset travels as `startFilter("name=value")`: a filter
/// name never contains "=". The screen that binds the key handles the action in `update` before
/// the app's default (which would start typing a filter) could see it. Should `Action` gain a
/// case for setting a filter, only this type changes.
enum ListFilterPreset {
    static let separator: Character = "="

    static func action(_ name: String, _ value: String) -> Action {
        .startFilter("\(name)\(separator)\(value)")
    }

    /// The filter name and value an action sets, if it is a preset.
    static func parse(_ action: Action) -> (name: String, value: String)? {
        guard case .startFilter(let text) = action, let split = text.firstIndex(of: separator) else { return nil }
        return (String(text[..<split]), String(text[text.index(after: split)...]))
    }
}
