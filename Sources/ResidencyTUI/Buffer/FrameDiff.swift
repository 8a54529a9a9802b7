/// What a terminal must redraw to go from one frame to the next: runs of adjacent cells, row by
/// row, that differ in character or style. A key that moves a selection changes a few rows of a
/// list and a details pane, so the backend writes those cells and leaves the rest of the screen
/// alone. Pure: backends draw the runs, tests and benchmarks apply them to a buffer.
public struct FrameDiff: Sendable, Hashable {
    /// `count` cells of `row` from `column` on. A run never starts on the second half of a wide
    /// character and never ends between its two halves, so drawing it redraws whole characters.
    public struct Run: Sendable, Hashable {
        public var row: Int
        public var column: Int
        public var count: Int

        public init(row: Int, column: Int, count: Int) {
            self.row = row
            self.column = column
            self.count = count
        }
    }

    /// Row by row, left to right.
    public let runs: [Run]
    /// Whether every cell is redrawn: there was no previous frame, or it had another size.
    public let isWhole: Bool

    /// The runs that turn `previous` into `frame`; every row whole when `previous` is nil or of
    /// another size.
    public init(from previous: ScreenBuffer?, to frame: ScreenBuffer) {
        let width = frame.width
        guard let previous, previous.size == frame.size else {
            runs = width == 0 ? [] : (0..<frame.height).map { Run(row: $0, column: 0, count: width) }
            isWhole = true
            return
        }
        isWhole = false
        var runs: [Run] = []
        let old = previous.cells
        let new = frame.cells
        for row in 0..<frame.height {
            let base = row * width
            var column = 0
            while column < width {
                guard old[base + column] != new[base + column] else {
                    column += 1
                    continue
                }
                // A changed second half redraws its first half too.
                var start = column
                if new[base + start].isContinuation, start > 0 { start -= 1 }
                var end = column + 1
                while end < width, old[base + end] != new[base + end] || new[base + end].isContinuation { end += 1 }
                if let last = runs.last, last.row == row, last.column + last.count >= start {
                    runs[runs.count - 1].count = end - last.column
                } else {
                    runs.append(Run(row: row, column: start, count: end - start))
                }
                column = end
            }
        }
        self.runs = runs
    }

    /// How many cells the runs cover.
    public var cellCount: Int { runs.reduce(0) { $0 + $1.count } }

    /// Whether nothing needs drawing.
    public var isEmpty: Bool { runs.isEmpty }
}

extension ScreenBuffer {
    /// Copies the cells a diff names from `frame` (of the same size): what a terminal showing
    /// this buffer holds after the diff is drawn. Benchmarks and tests use it as the terminal.
    public mutating func apply(_ diff: FrameDiff, from frame: ScreenBuffer) {
        guard frame.size == size else {
            self = frame
            return
        }
        for run in diff.runs { copyCells(row: run.row, columns: run.column..<(run.column + run.count), from: frame) }
    }
}
