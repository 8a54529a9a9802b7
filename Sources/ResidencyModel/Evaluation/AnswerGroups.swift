/// The bookkeeping `AnswerWriter` groups sites with: numbers in place of the words they stand for,
/// so thousands of breaches are grouped without building or hashing a string per breach.

/// Exception marks (" (an approved exception until 2027-01-31)") by number; 0 is no mark.
struct ExceptionMarks {
    private var texts = [""]
    private var ids: [String: Int] = ["": 0]

    /// The mark of a breached site: its covering exception's, else its lapsed one's.
    mutating func id(of site: ClaimSite, scan: ClaimScan, index: MapIndex) -> Int {
        guard let coverage = scan.coverage(of: site) else { return 0 }
        let text: String
        if let id = coverage.active?.id, let exception = index.exception(id) {
            text = exception.expires.map { " (an approved exception until \($0))" } ?? " (an approved exception)"
        } else if let id = coverage.lapsed?.id, let exception = index.exception(id) {
            text = exception.expires.map { " (its approval expired on \($0))" } ?? " (its approval expired)"
        } else {
            return 0
        }
        if let known = ids[text] { return known }
        ids[text] = texts.count
        texts.append(text)
        return texts.count - 1
    }

    func text(_ id: Int) -> String { texts[id] }
}

/// A system (canonical position) with an exception mark.
struct SystemMark: Hashable {
    let system: Int
    let mark: Int
}

/// A set of `SystemMark`s: a flag per system for unmarked ones (nearly all), a set for the rest.
struct SystemMarks {
    private var unmarked: [Bool]
    private var marked: Set<SystemMark> = []

    init(systems: Int) {
        unmarked = Array(repeating: false, count: systems)
    }

    mutating func insert(_ system: Int, mark: Int) {
        if mark == 0, system >= 0, system < unmarked.count {
            unmarked[system] = true
        } else {
            marked.insert(SystemMark(system: system, mark: mark))
        }
    }

    func contains(_ system: Int, mark: Int) -> Bool {
        if mark == 0, system >= 0, system < unmarked.count { return unmarked[system] }
        return marked.contains(SystemMark(system: system, mark: mark))
    }
}

/// What makes two breaches one phrase: the aspect, what they are about (the processing system,
/// the copy kind and schedule, the role), their place words and their exception mark.
struct PhraseKey: Hashable {
    let aspect: ClaimScope
    let what: Int
    let detail: Int
    let words: Int
    let mark: Int
}

/// Numbers phrase keys in first-seen order. Unmarked keys (nearly all) are numbered through
/// arrays: storage by place words, and on a map whose ids do not repeat (where a step's system or
/// a role fixes the place words), processing by system and access by role. The rest go through a
/// dictionary.
struct PhraseNumbers {
    private let words: Int
    private let systems: Int
    private let roles: Int
    private let idsAreUnique: Bool
    /// Number + 1 per lane index; 0 for none yet. Allocated on first use.
    private var storage: [Int32] = []
    private var processing: [Int32] = []
    private var access: [Int32] = []
    private var others: [PhraseKey: Int] = [:]
    private(set) var count = 0

    init(words: Int, systems: Int, roles: Int, idsAreUnique: Bool) {
        self.words = words
        self.systems = systems
        self.roles = roles
        self.idsAreUnique = idsAreUnique
    }

    /// The key's number, and whether it was seen for the first time.
    mutating func number(_ key: PhraseKey) -> (number: Int, isNew: Bool) {
        if key.mark == 0 {
            switch key.aspect {
            case .storage where key.words >= 0 && key.words < words:
                return Self.lane(&storage, size: words, at: key.words, count: &count)
            case .processing where idsAreUnique && key.what >= 0 && key.what < systems:
                return Self.lane(&processing, size: systems, at: key.what, count: &count)
            case .access where idsAreUnique && key.what >= 0 && key.what < roles:
                return Self.lane(&access, size: roles, at: key.what, count: &count)
            default:
                break
            }
        }
        if let known = others[key] { return (known, false) }
        others[key] = count
        count += 1
        return (count - 1, true)
    }

    private static func lane(_ lane: inout [Int32], size: Int, at index: Int, count: inout Int) -> (number: Int, isNew: Bool) {
        if lane.isEmpty { lane = Array(repeating: 0, count: size) }
        if lane[index] > 0 { return (Int(lane[index]) - 1, false) }
        count += 1
        lane[index] = Int32(count)
        return (count - 1, true)
    }
}

/// One kind of access within a role's phrase: the verb, when, and whether sessions are recorded.
struct ClauseKey: Hashable {
    let verb: String
    let condition: AccessCondition
    let recorded: Bool
}

/// The breaches of one shown phrase: system names, data in first-seen order, access clauses.
struct PhraseGroup {
    /// System names a phrase names before "and N other systems".
    static let namesShown = 5

    let key: PhraseKey
    let first: ClaimSite
    let mark: String
    /// The first distinct names, and how many distinct names there are.
    private(set) var names: [String] = []
    private(set) var nameCount = 0
    private var nameIDs: Set<Int> = []
    private(set) var data: [Int] = []
    private var dataSeen = CategorySet()
    private(set) var clauses: [(key: ClauseKey, data: [Int])] = []

    init(key: PhraseKey, first: ClaimSite, mark: String) {
        self.key = key
        self.first = first
        self.mark = mark
    }

    /// Counts a name by its number (`MapWordTables.systemName`); `name` is read only for the
    /// first few, since a phrase may hold thousands of systems.
    mutating func addName(_ id: Int, _ name: () -> String) {
        guard nameIDs.insert(id).inserted else { return }
        nameCount += 1
        if names.count < Self.namesShown { names.append(name()) }
    }

    /// Category positions, each once, in the order first seen.
    mutating func addData(_ set: CategorySet) {
        if set.isSubset(of: dataSeen) { return }
        addData(set.positions)
    }

    mutating func addData(_ positions: [Int]) {
        for position in positions where !dataSeen.contains(position) {
            dataSeen.insert(position)
            data.append(position)
        }
    }

    mutating func addClause(_ key: ClauseKey, data set: CategorySet) {
        addData(set)
        let positions = set.positions
        if let i = clauses.firstIndex(where: { $0.key == key }) {
            for position in positions where !clauses[i].data.contains(position) { clauses[i].data.append(position) }
        } else {
            clauses.append((key, positions))
        }
    }
}

/// A system an uncertainty names: one in the map (canonical position), or an id it lacks.
enum SystemRef: Hashable {
    case position(Int)
    case missing(String)
}

/// Per reason, the distinct systems of a claim's uncertainties in first-seen order: the first
/// five with their places (the answer names no more), and how many there are.
struct UncertainSystems {
    struct Entry {
        let system: SystemRef
        let places: [Place]
    }

    struct Entries {
        var first: [Entry] = []
        var count = 0

        /// Two lists told as one ("We believe A runs in X and B runs in Y").
        static func + (lhs: Entries, rhs: Entries) -> Entries {
            Entries(first: Array((lhs.first + rhs.first).prefix(UncertainSystems.shown)), count: lhs.count + rhs.count)
        }
    }

    static let shown = 5

    /// By reason, in `UncertaintyReason.allCases` order.
    private var lists = Array(repeating: Entries(), count: UncertaintyReason.allCases.count)
    /// One bit per reason for each system position seen.
    private var seenPositions: [UInt16]
    private var seenMissing: Set<SystemRef> = []

    init(systems: Int) {
        seenPositions = Array(repeating: 0, count: systems)
    }

    /// Counts `system` under `reason` the first time it is seen there; true when it is also one
    /// of the first few, to be named with `show`.
    mutating func count(_ system: SystemRef, reason: UncertaintyReason) -> Bool {
        let r = Self.number(reason)
        switch system {
        case .position(let position):
            let bit = UInt16(1) << UInt16(r)
            guard position >= 0, position < seenPositions.count, seenPositions[position] & bit == 0 else { return false }
            seenPositions[position] |= bit
        case .missing(let id):
            guard seenMissing.insert(.missing("\(reason.rawValue)|\(id)")).inserted else { return false }
        }
        lists[r].count += 1
        return lists[r].first.count < Self.shown
    }

    /// Names a system `count` said is among the first few, with where the map says it is.
    mutating func show(_ system: SystemRef, reason: UncertaintyReason, places: [Place]) {
        let r = Self.number(reason)
        if lists[r].first.count < Self.shown { lists[r].first.append(Entry(system: system, places: places)) }
    }

    func entries(_ reason: UncertaintyReason) -> Entries {
        lists[Self.number(reason)]
    }

    private static func number(_ reason: UncertaintyReason) -> Int {
        UncertaintyReason.allCases.firstIndex(of: reason) ?? 0
    }
}
