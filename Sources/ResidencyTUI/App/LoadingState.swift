import ResidencyModel

/// The interface while a large map is read and evaluated off the main loop: the first frame
/// names the map and says what is being done, so the screen answers at once. Keys and resizes
/// that arrive meanwhile are kept, in order, and handed to the map's state once it is there
/// (`queued`), so nothing typed during the load is lost.
public struct LoadingState: Sendable {
    public var fileName: String
    public var size: Size
    public var theme: Theme
    /// What the loader is doing now: "Reading the file", "Checking 400 claims".
    public var stage: String
    /// Messages for the map's state, in the order they came.
    public private(set) var queued: [AppMessage] = []

    public init(fileName: String, size: Size, theme: Theme = .color, stage: String = "Reading the file") {
        self.fileName = fileName
        self.size = size
        self.theme = theme
        self.stage = stage
    }

    /// Keeps a key or a resize for later (a resize also redraws this frame at the new size).
    /// The loading frame acts on nothing itself; results of effects cannot arrive before the map.
    public mutating func update(_ message: AppMessage) {
        if case .resize(let size) = message { self.size = size }
        queued.append(message)
    }

    /// The state the map opens in: `state` sized as the terminal is now and in this theme.
    /// The caller then sends it `queued`.
    public func opening(_ state: AppState) -> AppState {
        var state = state
        state.theme = theme
        state.resize(to: size)
        return state
    }

    /// The map's name on the top line, the stage under it in the middle of the screen, and
    /// how many keys wait for the map.
    public func render() -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        guard size.width > 0, size.height > 0 else { return buffer }
        let name = TextSanitizer.sanitize(fileName)
        buffer.write(Line([Span(" resmap ", style: theme.title), Span(" \(name)", style: theme.text)]),
                     in: Rect(x: 0, y: 0, width: size.width, height: 1))
        let middle = max(1, size.height / 2 - 1)
        buffer.write(Line("\(stage)\(Symbols.ellipsis)", style: theme.text),
                     in: Rect(x: 0, y: middle, width: size.width, height: 1), alignment: .center)
        let keys = queued.filter { if case .key = $0 { return true } else { return false } }.count
        let note = keys == 0 ? "The verdicts show as soon as the map is checked."
                             : "\(CountPhrase.of(keys, "key")) typed: they act once the map is open."
        buffer.write(Line(note, style: theme.muted), in: Rect(x: 0, y: middle + 1, width: size.width, height: 1),
                     alignment: .center)
        return buffer
    }
}
