import CNcursesw
import ResidencyTUI

/// Reads keys from curses: `wget_wch` characters and key codes become `Key` values.
enum CursesInput {
    /// The next key already typed, or `nil` when none is waiting (the window is in no-delay mode).
    static func nextKey() -> Key? {
        var value: UInt32 = 0
        switch resmap_read_input(&value) {
        case RESMAP_INPUT_CHARACTER:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return Key(terminalCharacter: scalar)
        case RESMAP_INPUT_KEY:
            return key(forCode: Int32(bitPattern: value))
        default:
            return nil
        }
    }

    /// The `Key` for a curses key code; `nil` for keys the app does not use.
    static func key(forCode code: Int32) -> Key? {
        switch code {
        case resmap_key_up(): return .up
        case resmap_key_down(): return .down
        case resmap_key_left(): return .left
        case resmap_key_right(): return .right
        case resmap_key_home(): return .home
        case resmap_key_end(): return .end
        case resmap_key_ppage(): return .pageUp
        case resmap_key_npage(): return .pageDown
        case resmap_key_enter(): return .enter
        case resmap_key_backspace(): return .backspace
        case resmap_key_dc(): return .delete
        case resmap_key_btab(): return .backTab
        case resmap_key_resize(): return .resize
        default:
            let first = resmap_key_f(1)
            let last = resmap_key_f(12)
            if code >= first && code <= last { return .function(Int(code - resmap_key_f0())) }
            return nil
        }
    }
}
