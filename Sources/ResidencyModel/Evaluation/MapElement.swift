/// One thing in a map that a breach, an uncertainty or a finding points at, so a screen or a
/// report can jump to it. Ids are the map's own ids; flow steps count from 1 as people do
/// (the same numbering exceptions use).
public enum MapElement: Sendable, Hashable {
    /// The map as a whole (its header, or something it lacks).
    case map
    case offering(String)
    case claim(String)
    case system(String)
    /// A copy of one system's data into another.
    case copy(from: String, to: String, kind: CopyKind)
    case role(String)
    /// One role's grant on one system.
    case access(role: String, system: String)
    case flow(String)
    /// Step `step` (from 1) of flow `flow`.
    case flowStep(flow: String, step: Int)
    case exception(String)
    /// A kind of system the map has none of.
    case systemKind(SystemKind)

    /// The systems this element is about, so "everything at this system" can be indexed.
    /// A flow step names its flow, not its system; the evaluator indexes steps by system itself.
    public var systemIDs: [String] {
        switch self {
        case .system(let id): return [id]
        case .copy(let from, let to, _): return from == to ? [from] : [from, to]
        case .access(_, let system): return [system]
        default: return []
        }
    }

    /// The role this element is about, if any.
    public var roleID: String? {
        switch self {
        case .role(let id), .access(let id, _): return id
        default: return nil
        }
    }

    /// The flow this element is about, if any.
    public var flowID: String? {
        switch self {
        case .flow(let id), .flowStep(let id, _): return id
        default: return nil
        }
    }

    /// A short stable text form: `system:db-main`, `copy:db-main->vault:backup`,
    /// `access:support-ca@desk`, `step:signup#3`. Used in JSON and for sorting.
    public var reference: String {
        switch self {
        case .map: return "map"
        case .offering(let id): return "offering:\(id)"
        case .claim(let id): return "claim:\(id)"
        case .system(let id): return "system:\(id)"
        case .copy(let from, let to, let kind): return "copy:\(from)->\(to):\(kind.rawValue)"
        case .role(let id): return "role:\(id)"
        case .access(let role, let system): return "access:\(role)@\(system)"
        case .flow(let id): return "flow:\(id)"
        case .flowStep(let flow, let step): return "step:\(flow)#\(step)"
        case .exception(let id): return "exception:\(id)"
        case .systemKind(let kind): return "kind:\(kind.rawValue)"
        }
    }
}
