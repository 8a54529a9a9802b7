import Foundation

/// A request path: what happens, hop by hop, from the browser to the backups.
public struct Flow: Sendable, Hashable, Identifiable, Codable {
    public var id: String
    public var name: String
    /// What starts it ("user submits the signup form").
    public var trigger: String?
    public var steps: [FlowStep]

    public init(id: String, name: String, trigger: String? = nil, steps: [FlowStep] = []) {
        self.id = id
        self.name = name
        self.trigger = trigger
        self.steps = steps
    }
}

/// One hop of a flow: a system and the data that arrives there.
public struct FlowStep: Sendable, Hashable, Codable {
    public var system: String
    /// Where the data comes from; nil means the step before (the start, for step 1).
    public var from: StepOrigin?
    /// Ids of the data categories carried to this system.
    public var data: [String]
    public var when: StepTiming
    public var notes: String?

    public init(system: String, from: StepOrigin? = nil, data: [String] = [], when: StepTiming = .sync, notes: String? = nil) {
        self.system = system
        self.from = from
        self.data = data
        self.when = when
        self.notes = notes
    }
}

/// Where a step's data comes from, as written in `from:`.
public enum StepOrigin: Sendable, Hashable, Codable {
    /// An earlier step, numbered from 1; 0 is the start (the user, before step 1).
    case step(Int)
    /// A system: the latest earlier step at that system, or the system itself when no earlier
    /// step reaches it (a backup step that reads a database this flow never calls).
    case system(String)

    /// The spelling in the file and in forms: the number, or the system id.
    public var text: String {
        switch self {
        case .step(let number): return String(number)
        case .system(let id): return id
        }
    }

    /// Reads `from:` text: digits are a step number, anything else a system id.
    public init?(text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        if trimmed.allSatisfy({ $0.isASCII && $0.isNumber }) {
            guard let number = Int(trimmed) else { return nil }
            self = .step(number)
        } else {
            self = .system(trimmed)
        }
    }
}

/// One edge of a request path: data reaches step `to` (from 0) from `from`.
public struct FlowEdge: Sendable, Hashable {
    public enum Source: Sendable, Hashable {
        /// The start: the user or trigger, before any step.
        case start
        /// An earlier step, from 0.
        case step(Int)
        /// A system no earlier step reaches.
        case system(String)
    }

    public var from: Source
    public var to: Int

    public init(from: Source, to: Int) {
        self.from = from
        self.to = to
    }

    /// The step the data comes from, from 0; nil for the start or a system outside the path.
    public var fromStep: Int? {
        if case .step(let index) = from { return index }
        return nil
    }
}

extension Flow {
    /// The request path's edges, one per step, in step order: where each step's data comes from.
    /// The one place `from:` is read: border crossings, the walk, the note and the diagrams all
    /// use these. A `from` that names no earlier step (a map not yet validated) falls back to the
    /// step before.
    public func edges() -> [FlowEdge] {
        steps.indices.map { index in FlowEdge(from: source(ofStep: index), to: index) }
    }

    /// Where step `index` (from 0) gets its data.
    public func source(ofStep index: Int) -> FlowEdge.Source {
        let previous: FlowEdge.Source = index == 0 ? .start : .step(index - 1)
        guard steps.indices.contains(index), let from = steps[index].from else { return previous }
        switch from {
        case .step(let number):
            if number == 0 { return .start }
            return number >= 1 && number <= index ? .step(number - 1) : previous
        case .system(let id):
            if let earlier = steps[..<index].lastIndex(where: { $0.system == id }) { return .step(earlier) }
            return .system(id)
        }
    }

    /// The system step `index`'s data comes from; nil for the start.
    public func sourceSystem(ofStep index: Int) -> String? {
        switch source(ofStep: index) {
        case .start: return nil
        case .step(let earlier): return steps[earlier].system
        case .system(let id): return id
        }
    }
}

public enum StepTiming: String, Sendable, Hashable, CaseIterable, Codable {
    case sync
    case async
    case onError = "on-error"
    case scheduled
    case hourly
    case nightly
    case daily
    case weekly
    case monthly
    case onDemand = "on-demand"
    case manual
    case incident
}
