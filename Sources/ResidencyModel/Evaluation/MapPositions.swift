/// Where things are in a map, by position, from the engine's own index: what the interface
/// looks up (systems, roles and flows by id; copies, steps and grants by system), so the map is
/// indexed once per change and the engine and the screens never disagree about it.
public struct MapPositions: Sendable {
    public struct Step: Sendable, Hashable {
        public let flow: Int
        public let step: Int
    }

    public struct Grant: Sendable, Hashable {
        public let role: Int
        public let grant: Int
    }

    public let systems: [String: Int]
    public let roles: [String: Int]
    public let flows: [String: Int]
    /// Copies by position, per system position.
    public let copiesFrom: [[Int]]
    public let copiesInto: [[Int]]
    public let stepsBySystem: [[Step]]
    public let grantsBySystem: [[Grant]]

    /// The positions of a map that has no evaluation yet (the engine's index, built for it).
    public init(map: ResidencyMap, catalogue: RegionCatalogue = .standard) {
        self.init(MapIndex(map: map, catalogue: catalogue))
    }

    init(_ index: MapIndex) {
        systems = index.systemPosition
        roles = index.rolePosition
        flows = index.flowPosition
        copiesFrom = index.copiesFrom
        copiesInto = index.copiesInto
        stepsBySystem = index.stepsBySystem.map { $0.map { Step(flow: index.steps[$0].flow, step: index.steps[$0].step) } }
        grantsBySystem = index.grantsBySystem.map { $0.map { Grant(role: index.grants[$0].role, grant: index.grants[$0].grant) } }
    }
}

extension Evaluation {
    /// The engine's index of the map, by position (nil for an evaluation built by hand).
    public var positions: MapPositions? { index.map(MapPositions.init) }
}
