/// Random maps for tests and benchmarks. The same seed, placement and size always give the same
/// map. Every generated map is valid: its ids are unique, its references resolve, its locations,
/// regions and countries are codes the region catalogue knows. Names and notes mix in Unicode
/// ("Zürich", "東京") and text that YAML readers like to misread ("NO", "12:30", "yes").
///
/// ```swift
/// let map = MapGenerator(seed: 1).map(systems: 10_000)                         // regional stacks
/// let hostile = MapGenerator(seed: 1, placement: .worldwide).map(systems: 10_000)
/// ```
public struct MapGenerator: Sendable {
    /// Where generated systems run and who works where.
    public enum Placement: String, Sendable, CaseIterable {
        /// Like a company that sells regional hosting: each offering has its own stack, mostly
        /// inside its promised region, plus shared services (often abroad), some copies and
        /// access from abroad, and a few unknown or unverified locations (docs/performance.md).
        case regional
        /// Every system, role and flow step anywhere in the world, regardless of offering: nearly
        /// every claim breaks at nearly every system. The worst case for breach lists.
        case worldwide
    }

    public let seed: UInt64
    public let placement: Placement

    public init(seed: UInt64, placement: Placement = .regional) {
        self.seed = seed
        self.placement = placement
    }

    /// A map with `systems` systems and, in proportion, about one role per 20 systems, one flow of
    /// 8-15 steps per 10, one copy per 3, one claim per 25 (2 to 400) and half as many exceptions.
    public func map(systems count: Int) -> ResidencyMap {
        switch placement {
        case .regional: return regionalMap(systems: count)
        case .worldwide: return worldwideMap(systems: count)
        }
    }

    /// Systems, roles and flow steps placed uniformly over the world (the generator's first design,
    /// kept as the worst case).
    private func worldwideMap(systems count: Int) -> ResidencyMap {
        var random = SeededRandom(seed: seed)
        let size = max(0, count)
        let offerings = makeOfferings(&random)
        let declaredCategories: [DataCategory]? = random.percent(50) ? nil : DataCategory.defaults + Vocabulary.extraCategories
        let categoryIDs = (declaredCategories ?? DataCategory.defaults).map(\.id)
        let systems = (0..<size).map { makeSystem(number: $0 + 1, &random, categories: categoryIDs, offerings: offerings) }
        let systemIDs = systems.map(\.id)
        let copies = systemIDs.count < 2 ? [] : (0..<(size / 3)).map { _ in makeCopy(&random, systems: systemIDs) }
        let roles = size == 0 ? [] : (0..<max(1, size / 20)).map { makeRole(number: $0 + 1, &random, systems: systemIDs) }
        let flows = size == 0 ? [] : (0..<max(1, size / 10)).map {
            makeFlow(number: $0 + 1, &random, systems: systemIDs, categories: categoryIDs)
        }
        let claims = size == 0 ? [] : (0..<min(max(2, size / 25), 400)).map {
            makeClaim(number: $0 + 1, &random, offerings: offerings, categories: categoryIDs)
        }
        let exceptions = (0..<(claims.count / 2)).map {
            makeException(number: $0 + 1, &random, claims: claims, systems: systemIDs, roles: roles, flows: flows)
        }
        return ResidencyMap(
            header: makeHeader(&random), offerings: offerings, declaredCategories: declaredCategories,
            systems: systems, copies: copies, roles: roles, flows: flows, claims: claims, exceptions: exceptions)
    }

    // MARK: - Parts

    func makeHeader(_ random: inout SeededRandom) -> MapHeader {
        let reviewed = day(&random)
        let signOffs = (0..<random.below(4)).map { _ in
            SignOff(by: random.pick(Vocabulary.people),
                    team: random.percent(80) ? random.pick(["engineering", "legal", "support", "security"]) : nil,
                    on: random.percent(80) ? reviewed.adding(days: random.below(5)) : nil)
        }
        return MapHeader(
            name: "Generated map \(seed)", owner: random.pick(Vocabulary.people),
            lastReviewed: random.percent(90) ? reviewed : nil,
            reviewIntervalDays: random.percent(80) ? random.pick([30, 90, 180, 365]) : nil, signOffs: signOffs)
    }

    func makeOfferings(_ random: inout SeededRandom) -> [Offering] {
        let all = [
            Offering(id: "eu", name: "EU residency", region: RegionSpec("EU")),
            Offering(id: "us", name: "US residency", region: RegionSpec("US")),
            Offering(id: "dach", name: "DACH hosting (Zürich & Frankfurt)", region: RegionSpec(["DE", "AT", "CH"])),
            Offering(id: "jp", name: "日本リージョン", region: RegionSpec("JP")),
            Offering(id: "eea-plus", name: "EEA and adequate countries", region: RegionSpec("EEA+adequacy")),
        ]
        return Array(all.prefix(2 + random.below(all.count - 1)))
    }

    private func makeSystem(number: Int, _ random: inout SeededRandom, categories: [String],
                            offerings: [Offering]) -> DataSystem {
        let kind = random.pick(SystemKind.allCases)
        let status = random.pick(KnowledgeStatus.allCases)
        let location: Location
        switch random.below(100) {
        case 0..<5: location = .unknown
        case 5..<15: location = .places(random.subset(Vocabulary.locations, count: 2 + random.below(3)))
        default: location = .places([random.pick(Vocabulary.locations)])
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
            offerings: random.percent(30) ? [random.pick(offerings).id] : [],
            status: status,
            evidence: evidence,
            notes: random.percent(25) ? random.pick(Vocabulary.notes) : nil)
    }

    private func makeCopy(_ random: inout SeededRandom, systems: [String]) -> DataCopy {
        let pair = random.subset(systems, count: 2)
        let flipped = random.percent(50)
        return DataCopy(
            from: flipped ? pair[1] : pair[0], to: flipped ? pair[0] : pair[1],
            kind: random.pick(CopyKind.allCases),
            schedule: random.percent(70) ? random.pick(Vocabulary.schedules) : nil,
            retention: random.percent(60) ? Retention(parsing: random.pick(Vocabulary.retentions)) : nil,
            notes: random.percent(10) ? random.pick(Vocabulary.notes) : nil)
    }

    private func makeRole(number: Int, _ random: inout SeededRandom, systems: [String]) -> Role {
        let team = random.pick(Vocabulary.teams)
        let grants = (0..<(1 + random.below(6))).map { _ in
            AccessGrant(
                system: random.pick(systems),
                capabilities: random.subset(AccessCapability.allCases, count: 1 + random.below(3)),
                when: random.pick(AccessCondition.allCases), recorded: random.percent(40))
        }
        return Role(
            id: "role-\(number)", name: "\(team.capitalized) \(random.pick(Vocabulary.cities))", team: team,
            countries: random.subset(Vocabulary.countries, count: 1 + random.below(3)),
            headcount: random.percent(60) ? random.number(in: 1...40) : nil, access: grants,
            notes: random.percent(10) ? random.pick(Vocabulary.notes) : nil)
    }

    private func makeFlow(number: Int, _ random: inout SeededRandom, systems: [String], categories: [String]) -> Flow {
        let steps = (0..<random.number(in: 8...15)).map { _ in
            FlowStep(system: random.pick(systems), data: random.subset(categories, count: random.below(4)),
                     when: random.pick(StepTiming.allCases),
                     notes: random.percent(10) ? random.pick(Vocabulary.notes) : nil)
        }
        return Flow(id: "flow-\(number)", name: random.pick(Vocabulary.flowNames) + " \(number)",
                    trigger: random.percent(70) ? random.pick(Vocabulary.triggers) : nil, steps: steps)
    }

    func makeClaim(number: Int, _ random: inout SeededRandom, offerings: [Offering],
                           categories: [String]) -> Claim {
        let offering = random.pick(offerings)
        return Claim(
            id: "claim-\(number)",
            text: random.pick(Vocabulary.claimTexts) + " (\(offering.region.displayName))",
            offering: offering.id,
            region: random.percent(30) ? RegionSpec(random.pick(Vocabulary.regions)) : nil,
            data: random.percent(50) ? random.subset(categories, count: 1 + random.below(3)) : nil,
            scope: random.percent(50) ? random.subset(ClaimScope.allCases, count: 1 + random.below(4)) : nil)
    }

    func makeException(number: Int, _ random: inout SeededRandom, claims: [Claim], systems: [String],
                               roles: [Role], flows: [Flow]) -> ClaimException {
        let target: ExceptionTarget
        switch random.below(3) {
        case 0: target = .system(random.pick(systems))
        case 1: target = .role(random.pick(roles).id)
        default:
            let flow = random.pick(flows)
            target = .flowStep(flow: flow.id, step: random.number(in: 1...flow.steps.count))
        }
        let approved = day(&random)
        return ClaimException(
            id: "ex-\(number)", claim: random.pick(claims).id, covers: target,
            reason: random.pick(Vocabulary.reasons), approvedBy: random.pick(Vocabulary.people),
            approvedOn: random.percent(70) ? approved : nil,
            expires: random.percent(70) ? approved.adding(days: random.number(in: 30...400)) : nil)
    }

    /// A day between 2025-01-01 and the end of 2026.
    func day(_ random: inout SeededRandom) -> ISODate {
        ISODate(dayNumber: 20_089 + random.below(730))
    }
}
