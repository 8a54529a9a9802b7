#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import ResidencyTUI

/// The one place that drives curses, on the main thread: sets the terminal up, feeds keys and
/// sizes to the app state, draws each new frame, and restores the terminal however the session
/// ends (q, Ctrl-C, SIGTERM, or the terminal closing).
enum CursesSession {
    enum Ending: Equatable {
        /// The user quit.
        case quit
        /// A signal asked the program to stop; the terminal is restored, the caller re-raises it.
        case signal(Int32)
        /// The terminal went away.
        case hangUp
    }

    enum StartError: Error, CustomStringConvertible {
        case unusableTerminal(String)

        var description: String {
            switch self {
            case .unusableTerminal(let term):
                return "cannot use this terminal (TERM=\(term.isEmpty ? "unset" : term)): try TERM=xterm-256color"
            }
        }
    }

    /// Runs the interface until it ends. The terminal is always restored before this returns.
    static func run(_ initial: AppState, environment: [String: String], forceMonochrome: Bool) throws -> Ending {
        // Wide characters need a UTF-8 locale; a bare C locale (common in containers and CI)
        // falls back to C.UTF-8 rather than drawing "Zürich" as escape codes.
        setlocale(LC_ALL, "")
        if resmap_locale_is_utf8() == 0 { setlocale(LC_CTYPE, "C.UTF-8") }

        guard resmap_newterm() != nil else {
            throw StartError.unusableTerminal(environment["TERM"] ?? "")
        }
        defer { endwin() }
        resmap_install_stop_handlers()

        let window = resmap_stdscr()
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)          // Esc acts at once, not after curses' default second
        curs_set(0)
        nodelay(window, true)     // reads never block: waiting happens in poll()

        let wantsColor = has_colors() && Theme.resolve(
            environment: environment, terminalHasColors: true, forceMonochrome: forceMonochrome).usesColor
        var defaultColorsWork = false
        if wantsColor {
            start_color()
            defaultColorsWork = use_default_colors() != ERR
        }

        var state = initial
        state.theme = wantsColor ? .color : .monochrome
        state.resize(to: terminalSize())
        var drawing = CursesDrawing(colorsEnabled: wantsColor, defaultColorsWork: defaultColorsWork)
        var needsDrawing = true

        while true {
            if needsDrawing {
                if state.needsFullRedraw {
                    drawing.invalidate()
                    state.needsFullRedraw = false
                }
                drawing.draw(AppView.render(state))
                needsDrawing = false
            }
            if state.isQuitting { return .quit }

            // Signals (stop, resize) interrupt the wait; the timeout only covers one arriving
            // between the check below and the next wait.
            let waiting = resmap_wait_for_input(STDIN_FILENO, 1000)
            let caught = resmap_pending_stop_signal()
            if caught != 0 { return .signal(caught) }
            if waiting < 0 { return .hangUp }

            // Read every key already typed (a paste, a held key, a resize) before drawing again.
            while let key = CursesInput.nextKey() {
                if key == .resize {
                    state.resize(to: terminalSize())
                    drawing.invalidate()
                } else {
                    state.handle(key)
                }
                needsDrawing = true
                if state.isQuitting { break }
            }
        }
    }

    /// Dies of `signal` as if it had not been caught (call after the terminal is restored).
    static func reraise(_ signal: Int32) {
        resmap_reraise(signal)
    }

    private static func terminalSize() -> Size {
        Size(width: Int(resmap_cols()), height: Int(resmap_lines()))
    }
}
