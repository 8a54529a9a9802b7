/// The regional placement: maps shaped like a company that sells regional hosting. Each offering
/// has its own stack, mostly inside its promised region; shared services (email, CRM, support,
/// telemetry, payments, ...) sit at headquarters, at a US vendor or everywhere; some copies and
/// some people reach abroad; a few locations are unknown or only assumed. The shares are listed
/// in docs/performance.md.
extension MapGenerator {
    func regionalMap(systems count: Int) -> ResidencyMap {
        var random = SeededRandom(seed: seed)
        let size = max(0, count)
        let offerings = makeOfferings(&random)
        let declaredCategories: [DataCategory]? = random.percent(50) ? nil : DataCategory.defaults + Vocabulary.extraCategories
        let categoryIDs = (declaredCategories ?? DataCategory.defaults).map(\.id)
        let layout = RegionalLayout(offerings: offerings)

        var systems: [DataSystem] = []
        systems.reserveCapacity(size)
        var stacks = RegionalStacks(offerings: offerings.count)
        for number in stride(from: 1, through: size, by: 1) {
            let stack = regionalStack(&random, kind: random.pick(SystemKind.allCases), offerings: offerings.count)
            let system = makeRegionalSystem(number: number, kind: stack.kind, stack: stack.offering, &random,
                                            categories: categoryIDs, offerings: offerings, layout: layout)
            stacks.add(system.id, position: systems.count, offering: stack.offering)
            systems.append(system)
        }
        let copies = size < 2 ? [] : (0..<(size / 3)).map { _ in makeRegionalCopy(&random, systems: systems, stacks: stacks) }
        let roles = size == 0 ? [] : (0..<max(1, size / 20)).map {
            makeRegionalRole(number: $0 + 1, &random, stacks: stacks, layout: layout)
        }
        let flows = size == 0 ? [] : (0..<max(1, size / 10)).map {
            makeRegionalFlow(number: $0 + 1, &random, stacks: stacks, categories: categoryIDs)
        }
        let claims = size == 0 ? [] : (0..<min(max(2, size / 25), 400)).map {
            makeRegionalClaim(number: $0 + 1, &random, offerings: offerings, categories: categoryIDs)
        }
        let systemIDs = systems.map(\.id)
        let exceptions = (0..<(claims.count / 2)).map {
            makeException(number: $0 + 1, &random, claims: claims, systems: systemIDs, roles: roles, flows: flows)
        }
        return ResidencyMap(
            header: makeHeader(&random), offerings: offerings, declaredCategories: declaredCategories,
            systems: systems, copies: copies, roles: roles, flows: flows, claims: claims, exceptions: exceptions)
    }

    // MARK: - Parts

    /// Which stack a system of this kind joins: SaaS-like kinds (telemetry, email, CRM, support,
    /// chat, feature flags, payments) are shared by every offering one time in seven, the rest one
    /// time in fifty; about 6% of all systems are shared.
    private func regionalStack(_ random: inout SeededRandom, kind: SystemKind, offerings: Int) -> (kind: SystemKind, offering: Int?) {
        let sharedChance: Int
        switch kind {
        case .logs, .tracing, .errorTracking, .analytics, .email, .crm, .supportDesk, .chat, .featureFlags, .payments:
            sharedChance = 15
        default:
            sharedChance = 2
        }
        return (kind, random.percent(sharedChance) || offerings == 0 ? nil : random.below(offerings))
    }

    private func makeRegionalSystem(number: Int, kind: SystemKind, stack: Int?, _ random: inout SeededRandom,
                                    categories: [String], offerings: [Offering], layout: RegionalLayout) -> DataSystem {
        let location: Location
        let roll = random.below(100)
        if let stack {
            // An offering's own system: in its region, now and then spread over two or three places
            // there, a few at a vendor's default region abroad, a few nobody has looked up.
            let inside = layout.insideCodes[stack]
            switch roll {
            case 0..<84: location = .places([random.pick(inside)])
            case 84..<89: location = .places(random.subset(inside, count: 2 + random.below(2)))
            case 89..<95: location = .places([random.pick(layout.outsideCodes[stack])])
            default: location = .unknown
            }
        } else {
            // A shared service: at headquarters (the first offering's region), at a US SaaS vendor,
            // in several places worldwide (a CDN, a global database), or not known.
            switch roll {
            case 0..<55: location = .places([random.pick(layout.insideCodes[0])])
            case 55..<80: location = .places([random.pick(layout.usCodes)])
            case 80..<92: location = .places(random.subset(Vocabulary.locations, count: 2 + random.below(3)))
            default: location = .unknown
            }
        }
        let status: KnowledgeStatus
        switch random.below(100) {
        case 0..<84: status = .confirmed
        case 84..<93: status = .assumed
        case 93..<96: status = .planned
        default: status = .unknown
        }
        let evidence: Evidence? = status == .confirmed || random.percent(10)
            ? Evidence(how: random.pick(Vocabulary.evidence), on: random.percent(80) ? day(&random) : nil,
                       by: random.percent(70) ? random.pick(Vocabulary.people) : nil)
            : nil
        return DataSystem(
            id: "\(kind.rawValue)-\(number)",
            name: "\(kind.label.prefix(1).uppercased())\(kind.label.dropFirst()) \(number) (\(random.pick(Vocabulary.cities)))",
            kind: kind,
            vendor: random.percent(70) ? random.pick(Vocabulary.vendors) : nil,
            location: location,
            data: random.subset(categories, count: random.below(5)),
            retention: random.percent(70) ? Retention(parsing: random.pick(Vocabulary.retentions)) : nil,
            offerings: stack.map { [offerings[$0].id] } ?? [],
            status: status,
            evidence: evidence,
            notes: random.percent(25) ? random.pick(Vocabulary.notes) : nil)
    }

    /// Most copies stay in their source's stack (a backup next to its database); one in five goes
    /// to any system, which is how DR sites and exports end up abroad.
    private func makeRegionalCopy(_ random: inout SeededRandom, systems: [DataSystem], stacks: RegionalStacks) -> DataCopy {
        let from = random.below(systems.count)
        var to = random.percent(80) ? random.pick(stacks.members(of: stacks.stack(ofPosition: from))) : random.below(systems.count)
        if to == from { to = (from + 1) % systems.count }
        return DataCopy(
            from: systems[from].id, to: systems[to].id,
            kind: random.pick(CopyKind.allCases),
            schedule: random.percent(70) ? random.pick(Vocabulary.schedules) : nil,
            retention: random.percent(60) ? Retention(parsing: random.pick(Vocabulary.retentions)) : nil,
            notes: random.percent(10) ? random.pick(Vocabulary.notes) : nil)
    }

    /// A team serving one offering: three in four work from inside its region, the rest from
    /// anywhere (support abroad, contractors); its grants are on that offering's and shared systems.
    private func makeRegionalRole(number: Int, _ random: inout SeededRandom, stacks: RegionalStacks,
                                  layout: RegionalLayout) -> Role {
        let team = random.pick(Vocabulary.teams)
        let home = layout.insideCountries.isEmpty ? nil : random.below(layout.insideCountries.count)
        let grants = (0..<(1 + random.below(6))).map { _ in
            AccessGrant(
                system: stacks.id(random.pick(stacks.members(of: random.percent(70) ? home : nil))),
                capabilities: random.subset(AccessCapability.allCases, count: 1 + random.below(3)),
                when: random.pick(AccessCondition.allCases), recorded: random.percent(40))
        }
        let countries = random.percent(75) && home != nil
            ? random.subset(layout.insideCountries[home ?? 0], count: 1 + random.below(3))
            : random.subset(Vocabulary.countries, count: 1 + random.below(3))
        return Role(
            id: "role-\(number)", name: "\(team.capitalized) \(random.pick(Vocabulary.cities))", team: team,
            countries: countries,
            headcount: random.percent(60) ? random.number(in: 1...40) : nil, access: grants,
            notes: random.percent(10) ? random.pick(Vocabulary.notes) : nil)
    }

    /// A claim sales makes about one offering: its promised region nearly always, now and then a
    /// narrower or different one ("stored in Germany" for an EU offering); half of them cover some
    /// categories only, half speak about some aspects only.
    private func makeRegionalClaim(number: Int, _ random: inout SeededRandom, offerings: [Offering],
                                   categories: [String]) -> Claim {
        let offering = random.pick(offerings)
        return Claim(
            id: "claim-\(number)",
            text: random.pick(Vocabulary.claimTexts) + " (\(offering.region.displayName))",
            offering: offering.id,
            region: random.percent(15) ? RegionSpec(random.pick(Vocabulary.regions)) : nil,
            data: random.percent(50) ? random.subset(categories, count: 1 + random.below(3)) : nil,
            scope: random.percent(50) ? random.subset(ClaimScope.allCases, count: 1 + random.below(4)) : nil)
    }

    /// A request path of one offering: its hops are that offering's systems, with shared services
    /// (email, error tracking, the CRM) mixed in.
    private func makeRegionalFlow(number: Int, _ random: inout SeededRandom, stacks: RegionalStacks,
                                  categories: [String]) -> Flow {
        let offering = stacks.offeringCount == 0 ? nil : random.below(stacks.offeringCount)
        let steps = (0..<random.number(in: 8...15)).map { _ in
            FlowStep(system: stacks.id(random.pick(stacks.members(of: random.percent(70) ? offering : nil))),
                     data: random.subset(categories, count: random.below(4)),
                     when: random.pick(StepTiming.allCases),
                     notes: random.percent(10) ? random.pick(Vocabulary.notes) : nil)
        }
        return Flow(id: "flow-\(number)", name: random.pick(Vocabulary.flowNames) + " \(number)",
                    trigger: random.percent(70) ? random.pick(Vocabulary.triggers) : nil, steps: steps)
    }
}

/// For each offering, the generator's location codes inside and outside its region, and the
/// vocabulary's countries inside it. Never empty lists: a region with no code inside falls back
/// to every code, so picking from them is always safe.
struct RegionalLayout {
    let insideCodes: [[String]]
    let outsideCodes: [[String]]
    let insideCountries: [[String]]
    /// Codes in the United States, where shared SaaS vendors often run.
    let usCodes: [String]

    init(offerings: [Offering], catalogue: RegionCatalogue = .standard) {
        func split(_ region: RegionSpec) -> (inside: [String], outside: [String]) {
            guard let countries = catalogue.countries(in: region) else { return (Vocabulary.locations, Vocabulary.locations) }
            let inside = Vocabulary.locations.filter { code in
                guard let place = catalogue.place(for: code) else { return false }
                return !place.countries.isEmpty && place.countries.isSubset(of: countries)
            }
            let outside = Vocabulary.locations.filter { !inside.contains($0) }
            return (inside.isEmpty ? Vocabulary.locations : inside, outside.isEmpty ? Vocabulary.locations : outside)
        }
        let splits = offerings.map { split($0.region) }
        insideCodes = splits.isEmpty ? [Vocabulary.locations] : splits.map(\.inside)
        outsideCodes = splits.isEmpty ? [Vocabulary.locations] : splits.map(\.outside)
        insideCountries = offerings.map { offering in
            let countries = catalogue.countries(in: offering.region) ?? []
            let inside = Vocabulary.countries.filter(countries.contains)
            return inside.isEmpty ? Vocabulary.countries : inside
        }
        usCodes = split(RegionSpec("US")).inside
    }
}

/// Which systems belong to which offering's stack (by position), and which are shared.
struct RegionalStacks {
    private(set) var dedicated: [[Int]]
    private(set) var shared: [Int] = []
    private(set) var ids: [String] = []
    private(set) var stackOfPosition: [Int?] = []

    init(offerings: Int) {
        dedicated = Array(repeating: [], count: offerings)
    }

    var offeringCount: Int { dedicated.count }

    mutating func add(_ id: String, position: Int, offering: Int?) {
        ids.append(id)
        stackOfPosition.append(offering)
        if let offering { dedicated[offering].append(position) } else { shared.append(position) }
    }

    func stack(ofPosition position: Int) -> Int? { stackOfPosition[position] }

    func id(_ position: Int) -> String { ids[position] }

    /// The systems of one offering's stack, or the shared ones (nil); any system when that list is
    /// empty, so picking from it is always safe on a map with systems.
    func members(of offering: Int?) -> [Int] {
        let list = offering.map { dedicated[$0] } ?? shared
        return list.isEmpty ? Array(ids.indices) : list
    }
}
