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
    /// Ids of the data categories carried to this system.
    public var data: [String]
    public var when: StepTiming
    public var notes: String?

    public init(system: String, data: [String] = [], when: StepTiming = .sync, notes: String? = nil) {
        self.system = system
        self.data = data
        self.when = when
        self.notes = notes
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
