/// A key press, as the backend reads it from the terminal.
public enum Key: Sendable, Hashable, CustomStringConvertible {
    /// A printable character: "q", "/", "?", "1", "é", " ".
    case character(Character)
    /// Ctrl with a letter, lowercased: `.control("c")` is Ctrl-C.
    case control(Character)
    case up
    case down
    case left
    case right
    case enter
    case escape
    case tab
    /// Shift-Tab.
    case backTab
    case backspace
    case delete
    case home
    case end
    case pageUp
    case pageDown
    /// F1, F2, ...
    case function(Int)
    /// The terminal changed size (the backend reads the new size).
    case resize

    /// The key as the help screen and the footer name it: "↑", "Enter", "S-Tab", "C-c", "q".
    public var description: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let character): return String(character)
        case .control(let character): return "C-\(character)"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .function(let number): return "F\(number)"
        case .resize: return "resize"
        }
    }

    /// A key for a character, reading control characters as Ctrl keys and the usual terminal
    /// codes for Enter, Tab, Esc and Backspace: what the backend sees from `wget_wch`.
    public init(terminalCharacter scalar: Unicode.Scalar) {
        switch scalar.value {
        case 0x0A, 0x0D: self = .enter
        case 0x09: self = .tab
        case 0x1B: self = .escape
        case 0x08, 0x7F: self = .backspace
        case 0x01...0x1A: self = .control(Character(Unicode.Scalar(scalar.value + 0x60) ?? "?"))
        default: self = .character(Character(scalar))
        }
    }
}
