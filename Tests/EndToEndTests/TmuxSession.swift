import Foundation

/// Runs a command in a tmux server of its own (a private socket, `tmux -L resmap-e2e-<random>`),
/// at a fixed size and with `escape-time 0`, so tests can type keys and read the screen as a
/// person would. Waiting is always polling `capture-pane` against a deadline, never a fixed sleep.
/// `close()` kills this session's server and nothing else.
struct TmuxSession {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let socket: String
    private let target = "e2e"
    let tmux: URL
    /// The socket file, removed on close (tmux leaves it behind after kill-server).
    private var socketPath = ""

    /// Whether tmux is installed; tests that need it are skipped otherwise.
    static var isAvailable: Bool { tmuxURL() != nil }

    /// What the wrapper shell prints when the command ends, followed by its exit status.
    static let exitMarker = "[e2e] command exited with status "

    /// Starts `command` (run by `sh -c`) in a detached session of `width` x `height`. When the
    /// command ends, the shell prints `exitMarker` and its status, then waits for Enter: tmux's own
    /// record of a pane's exit status is unreliable, and a pty's last output can be lost if the
    /// shell exits at once.
    init(command: String, width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
        guard let tmux = TmuxSession.tmuxURL() else { throw Failure(description: "tmux is not installed") }
        self.tmux = tmux
        self.socket = "resmap-e2e-\(UUID().uuidString.prefix(8).lowercased())"
        var arguments = ["-f", "/dev/null", "new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)"]
        let env = ["LANG": "C.UTF-8", "TERM_PROGRAM": ""].merging(environment) { $1 }
        for (key, value) in env.sorted(by: { $0.key < $1.key }) { arguments += ["-e", "\(key)=\(value)"] }
        let wrapped = "\(command)\nstatus=$?; echo; echo \"\(TmuxSession.exitMarker)$status\"; read reply"
        arguments += ["sh", "-c", wrapped]
        // One tmux call: the options are in force before the command can exit.
        arguments += [";", "set-option", "-s", "escape-time", "0"]
        arguments += [";", "set-option", "-g", "status", "off"]
        try run(arguments)
        socketPath = (try? run(["display-message", "-p", "#{socket_path}"]))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    }

    // MARK: Input

    /// Sends tmux key names: "q", "Escape", "Tab", "BTab", "Down", "Enter", "C-c".
    func sendKeys(_ keys: String...) throws {
        try run(["send-keys", "-t", target] + keys)
    }

    /// Types text literally.
    func type(_ text: String) throws {
        try run(["send-keys", "-t", target, "-l", text])
    }

    /// The process id of the pane's shell (the command runs as its child).
    func panePID() throws -> pid_t {
        let text = try run(["display-message", "-p", "-t", target, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let pid = pid_t(text) else { throw Failure(description: "tmux gave no pane pid: \(text)") }
        return pid
    }

    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
    }

    // MARK: Output

    /// The visible screen as text.
    func capture() throws -> String {
        try run(["capture-pane", "-p", "-t", target])
    }

    /// Polls the screen until `text` appears; returns that screen.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 20) throws -> String {
        try waitUntil("\"\(text)\" on screen", timeout: timeout) { $0.contains(text) }
    }

    /// Polls the screen until `condition` holds on a settled frame; returns that screen.
    /// A frame counts as settled when the next capture is identical: tmux can show a frame while
    /// the program's output for it is still arriving, so the first sight of the text is not enough.
    @discardableResult
    func waitUntil(_ what: String, timeout: TimeInterval = 20, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            if condition(screen) {
                Thread.sleep(forTimeInterval: 0.02)
                if try capture() == screen { return screen }
                continue
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Failure(description: "timed out after \(Int(timeout)) s waiting for \(what); the screen was:\n\(screen)")
    }

    /// Polls until the command has exited (the wrapper printed its status); returns the status.
    func waitForExit(timeout: TimeInterval = 20) throws -> Int32 {
        let screen = try waitFor(TmuxSession.exitMarker, timeout: timeout)
        let line = screen.split(separator: "\n").last { $0.contains(TmuxSession.exitMarker) } ?? ""
        let digits = line.components(separatedBy: TmuxSession.exitMarker).last ?? ""
        guard let status = Int32(digits.trimmingCharacters(in: .whitespaces)) else {
            throw Failure(description: "cannot read the exit status from: \(line)")
        }
        return status
    }

    /// Kills this session's tmux server (only this one: it has its own socket).
    func close() {
        _ = try? run(["kill-server"])
        if socketPath.hasSuffix("/\(socket)") { try? FileManager.default.removeItem(atPath: socketPath) }
    }

    // MARK: Running tmux

    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        // A test run inside tmux must not have this server mistaken for the outer one.
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil
        environment["TMUX_PANE"] = nil
        let result = try Subprocess.run(tmux, ["-L", socket] + arguments, environment: environment)
        guard result.status == 0 else {
            throw Failure(description: "tmux \(arguments.first ?? "") failed (\(result.status)): \(result.errors)")
        }
        return result.output
    }

    private static func tmuxURL() -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let directories = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"]
        for directory in directories {
            let candidate = URL(fileURLWithPath: directory).appendingPathComponent("tmux")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }
}
