#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import Foundation
import ResidencyModel
import ResidencyTUI

/// The one place that drives curses, on the main thread: sets the terminal up, feeds keys and
/// sizes to the app state, draws each new frame, and restores the terminal however the session
/// ends (q, Ctrl-C, SIGTERM, or the terminal closing).
enum CursesSession {
    enum Ending {
        /// The user quit.
        case quit
        /// A signal asked the program to stop; the terminal is restored, the caller re-raises it.
        case signal(Int32)
        /// The terminal went away.
        case hangUp
        /// The map did not load; the terminal is restored, the caller prints why.
        case loadFailed(MapLoadFailure)
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
    /// `load` runs on a thread of its own and leaves the map's state in the inbox; meanwhile
    /// `loading` is drawn (when the load takes longer than a frame) and keeps what is typed.
    static func run(loading start: LoadingState, load: @escaping @Sendable (LoadInbox) -> Void,
                    environment: [String: String], forceMonochrome: Bool) throws -> Ending {
        let inbox = LoadInbox()
        let thread = Thread { load(inbox) }
        thread.start()

        // Wide characters need a UTF-8 locale; a bare C locale (common in containers and CI)
        // falls back to C.UTF-8 rather than drawing "Zürich" as escape codes.
        setlocale(LC_ALL, "")
        if resmap_locale_is_utf8() == 0 { setlocale(LC_CTYPE, "C.UTF-8") }

        // A terminal that cannot move the cursor (TERM=dumb, unset) would get one unreadable
        // line: refuse it as clearly as an unknown one.
        let term = environment["TERM"] ?? ""
        guard !Self.cannotAddressCursor.contains(term) else { throw StartError.unusableTerminal(term) }
        guard resmap_newterm() != nil else {
            throw StartError.unusableTerminal(term)
        }
        defer { endwin() }
        resmap_install_stop_handlers()

        let window = resmap_stdscr()
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        resmap_disable_flow_control(STDIN_FILENO)
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
        var drawing = CursesDrawing(colorsEnabled: wantsColor, defaultColorsWork: defaultColorsWork)

        var loading = start
        loading.theme = wantsColor ? .color : .monochrome
        loading.size = terminalSize()
        // A map that loads within a frame opens straight on its verdicts.
        var (stage, opening) = inbox.take(waiting: Self.frameMilliseconds)
        while opening == nil {
            if let stage { loading.stage = stage }
            drawing.draw(loading.render())
            let waiting = resmap_wait_for_input(STDIN_FILENO, Int32(Self.frameMilliseconds))
            let caught = resmap_pending_stop_signal()
            if caught != 0 { return .signal(caught) }
            if waiting < 0 { return .hangUp }
            while let key = CursesInput.nextKey() {
                if key == .resize {
                    loading.update(.resize(terminalSize()))
                    drawing.invalidate()
                } else {
                    loading.update(.key(key))
                }
            }
            (stage, opening) = inbox.take()
        }
        switch opening {
        case .failed(let failure):
            return .loadFailed(failure)
        case .ready(let state, let initial, let effects):
            // Keys typed during the load act first, on the map as it opened; then the offers
            // found when opening (a recovery), so a key typed blind never answers one.
            return loop(loading.opening(state), pending: loading.queued + initial, runner: effects, drawing: &drawing)
        case nil:
            return .quit
        }
    }

    /// How long the loading frame waits between looks at the loader.
    static let frameMilliseconds = 30

    /// Handles messages and draws frames until the session ends.
    private static func loop(_ start: AppState, pending initial: [AppMessage], runner effects: EffectRunner,
                             drawing: inout CursesDrawing) -> Ending {
        var state = start
        var runner = effects
        var pending = initial

        while true {
            // Every message, and every message its effects bring back, before the next frame:
            // a committed edit is in the journal before the screen shows it.
            while !pending.isEmpty {
                let message = pending.removeFirst()
                for effect in state.update(message) {
                    switch effect {
                    case .quit: return .quit
                    case .redraw: drawing.invalidate()
                    default: pending += runner.run(effect)
                    }
                }
            }
            drawing.draw(AppView.render(state))

            // Signals (stop, resize) interrupt the wait; the timeout also paces the file watch.
            let waiting = resmap_wait_for_input(STDIN_FILENO, 1000)
            let caught = resmap_pending_stop_signal()
            if caught != 0 { return .signal(caught) }
            if waiting < 0 { return .hangUp }
            if waiting == 0, runner.fileChanged() { pending.append(.fileChangedOnDisk) }

            // Read every key already typed (a paste, a held key, a resize) before drawing again.
            while let key = CursesInput.nextKey() {
                if key == .resize {
                    pending.append(.resize(terminalSize()))
                    drawing.invalidate()
                } else {
                    pending.append(.key(key))
                }
            }
        }
    }

    /// TERM values of terminals without cursor addressing.
    static let cannotAddressCursor: Set<String> = ["", "dumb", "unknown", "emacs"]

    /// Dies of `signal` as if it had not been caught (call after the terminal is restored).
    static func reraise(_ signal: Int32) {
        resmap_reraise(signal)
    }

    private static func terminalSize() -> Size {
        Size(width: Int(resmap_cols()), height: Int(resmap_lines()))
    }
}
