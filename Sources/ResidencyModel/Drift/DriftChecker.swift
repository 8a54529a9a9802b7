/// Compares a map with the resources of Terraform plans and states: where mapped resources run,
/// copies the infrastructure makes that the map lacks, stores no system names, and regions the
/// JSON does not show. Then names the claims each difference would break if the map were
/// corrected to it. Linear in resources plus systems (one index each, one extra evaluation).
public struct DriftChecker: Sendable {
    public let catalogue: RegionCatalogue
    public let today: ISODate

    public init(catalogue: RegionCatalogue = .standard, today: ISODate) {
        self.catalogue = catalogue
        self.today = today
    }

    public func check(_ map: ResidencyMap, against documents: [TerraformDocument]) -> [DriftItem] {
        let resources = documents.flatMap(\.resources)
        let owners = owners(of: resources, in: map)
        let systems = SystemsByID(map)
        var items: [DriftItem] = []
        items += locations(resources, owners: owners, systems: systems)
        items += copies(resources, owners: owners, map: map, systems: systems)
        items += unmapped(resources, owners: owners)
        items += notFound(map, resources: resources)
        return withClaimsAtRisk(items, map: map, systems: systems)
    }

    // MARK: - Which system is which resource

    /// Resource address to the id of the first system naming it. Exact addresses are looked up
    /// by hash; only patterns with `*` are tried against every resource.
    private func owners(of resources: [TerraformResource], in map: ResidencyMap) -> [String: String] {
        var exact: [String: String] = [:]
        var patterns: [(AddressPattern, String)] = []
        for system in map.systems {
            for entry in system.infrastructure {
                if entry.contains("*") { patterns.append((AddressPattern(text: entry), system.id)) }
                else if exact[entry] == nil { exact[entry] = system.id }
            }
        }
        var owners: [String: String] = [:]
        for resource in resources {
            if let id = exact[resource.address] ?? exact[resource.baseAddress]
                ?? patterns.first(where: { $0.0.matches(resource) })?.1 {
                owners[resource.address] = id
            }
        }
        return owners
    }

    // MARK: - Location drift and unknown regions

    private func locations(_ resources: [TerraformResource], owners: [String: String], systems: SystemsByID) -> [DriftItem] {
        var items: [DriftItem] = []
        for resource in resources {
            guard let id = owners[resource.address], let system = systems[id] else { continue }
            let place = ResourcePlace.of(resource)
            switch place {
            case .unknown:
                items.append(DriftItem(kind: .unknownRegion, address: resource.address, system: id, place: place,
                    message: "\(resource.address) (\(system.name)): the JSON does not say where it runs (its region comes from the environment or shared config); unknown, not fine",
                    file: resource.file))
            case .region(let code):
                guard !isConsistent(code, with: system.location) else { continue }
                items.append(DriftItem(kind: .locationDrift, address: resource.address, system: id, place: place,
                    message: "\(system.name) runs in \(describe(code)) per \(resource.address); the map says \(system.location.isUnknown ? "unknown" : system.location.codes.joined(separator: ", "))",
                    file: resource.file))
            case .multiRegion:
                continue  // reported as a copy: data sits in several places
            }
        }
        return items
    }

    /// Whether `code` is one of the location's places, or in a country the location names.
    func isConsistent(_ code: String, with location: Location) -> Bool {
        let place = catalogue.place(for: code)
        for written in location.codes {
            if written.lowercased() == code.lowercased() { return true }
            if let mapped = catalogue.place(for: written) {
                if mapped.code == place?.code { return true }
                if mapped.provider == nil, let country = place?.country, mapped.country == country { return true }
            }
        }
        return false
    }

    private func describe(_ code: String) -> String {
        guard let place = catalogue.place(for: code) else { return "\(code) (not in the region catalogue)" }
        return "\(place.code) (\(place.displayName))"
    }

    // MARK: - Copies the map lacks

    private struct Copying {
        let source: String?
        let resource: TerraformResource
        let destination: ResourcePlace
        let how: String
    }

    private func copies(_ resources: [TerraformResource], owners: [String: String], map: ResidencyMap,
                        systems: SystemsByID) -> [DriftItem] {
        var bucketsByName: [String: TerraformResource] = [:]
        var byARN: [String: TerraformResource] = [:]
        for resource in resources {
            if resource.type == "aws_s3_bucket", let name = resource.values["bucket"]?.string { bucketsByName[name] = resource }
            if let arn = resource.values["arn"]?.string { byARN[arn] = resource }
        }
        func owner(_ resource: TerraformResource?) -> String? { resource.flatMap { owners[$0.address] } }
        func bucketName(inARN arn: String) -> String { arn.hasPrefix("arn:aws:s3:::") ? String(arn.dropFirst(13)) : arn }
        var found: [Copying] = []
        let selections = resources.filter { $0.type == "aws_backup_selection" }
        for resource in resources {
            let values = resource.values
            switch resource.type {
            case "aws_s3_bucket_replication_configuration":
                let source = values["bucket"]?.string.flatMap { bucketsByName[$0] }
                for rule in values["rule"]?.array ?? [] {
                    for destination in rule["destination"]?.array ?? [] {
                        guard let arn = destination["bucket"]?.string else { continue }
                        let target = bucketsByName[bucketName(inARN: arn)]
                        found.append(Copying(source: owner(source), resource: resource,
                                             destination: target.map(ResourcePlace.of) ?? .unknown, how: "S3 replication to \(bucketName(inARN: arn))"))
                    }
                }
            case "aws_s3_bucket":
                for configuration in values["replication_configuration"]?.array ?? [] {
                    for rule in configuration["rules"]?.array ?? [] {
                        for destination in rule["destination"]?.array ?? [] {
                            guard let arn = destination["bucket"]?.string else { continue }
                            let target = bucketsByName[bucketName(inARN: arn)]
                            found.append(Copying(source: owner(resource), resource: resource,
                                                 destination: target.map(ResourcePlace.of) ?? .unknown, how: "S3 replication to \(bucketName(inARN: arn))"))
                        }
                    }
                }
            case "aws_backup_plan":
                let planID = values["id"]?.string
                let selected = selections.filter { planID != nil && $0.values["plan_id"]?.string == planID }
                    .flatMap { $0.values["resources"]?.array.compactMap(\.string) ?? [] }
                    .compactMap { byARN[$0] }
                let sources = selected.compactMap(owner)
                for rule in values["rule"]?.array ?? [] {
                    for action in rule["copy_action"]?.array ?? [] {
                        guard let vault = action["destination_vault_arn"]?.string else { continue }
                        let destination = ResourcePlace.region(inARN: vault).map { ResourcePlace.region("aws:" + $0) } ?? .unknown
                        let how = "AWS Backup copy to \(vault)"
                        if sources.isEmpty {
                            found.append(Copying(source: nil, resource: resource, destination: destination, how: how))
                        }
                        for source in Set(sources).sorted() {
                            found.append(Copying(source: source, resource: resource, destination: destination, how: how))
                        }
                    }
                }
            case "aws_db_instance_automated_backups_replication":
                let source = values["source_db_instance_arn"]?.string.flatMap { byARN[$0] }
                found.append(Copying(source: owner(source), resource: resource, destination: ResourcePlace.of(resource),
                                     how: "RDS automated backups replicated"))
            case "aws_db_snapshot_copy":
                found.append(Copying(source: nil, resource: resource, destination: ResourcePlace.of(resource), how: "RDS snapshot copy"))
            case "aws_dynamodb_table":
                for replica in values["replica"]?.array ?? [] {
                    guard let region = replica["region_name"]?.string else { continue }
                    found.append(Copying(source: owner(resource), resource: resource, destination: .region("aws:" + region.lowercased()),
                                         how: "DynamoDB global table replica"))
                }
            case "aws_rds_global_cluster":
                continue
            case "azurerm_storage_account":
                if let kind = values["account_replication_type"]?.string?.uppercased(), ResourceKinds.geoRedundant.contains(kind) {
                    let location = values["location"]?.string ?? "its region"
                    found.append(Copying(source: owner(resource), resource: resource,
                                         destination: .multiRegion("paired region of \(location)"), how: "\(kind) storage keeps a copy in the paired region"))
                }
            case "google_storage_bucket":
                if case .multiRegion = ResourcePlace.of(resource) {
                    found.append(Copying(source: owner(resource), resource: resource, destination: ResourcePlace.of(resource),
                                         how: "a multi-region bucket keeps copies in several regions"))
                }
            default:
                continue
            }
        }
        let copiesBySource = Dictionary(grouping: map.copies, by: \.from)
        return found.compactMap { copying -> DriftItem? in
            if let source = copying.source,
               hasCopy(to: copying.destination, among: (copiesBySource[source] ?? []).compactMap { systems[$0.to] }) { return nil }
            let sourceName = copying.source.flatMap { systems[$0]?.name }
            let subject = sourceName.map { "\($0) is copied" } ?? "Data is copied (from systems the JSON does not name)"
            return DriftItem(kind: .missingCopy, address: copying.resource.address, system: copying.source, place: copying.destination,
                             message: "\(subject) to \(placeWords(copying.destination)) (\(copying.how)); the map lists no such copy",
                             file: copying.resource.file)
        }
    }

    private func placeWords(_ place: ResourcePlace) -> String {
        if case .region(let code) = place { return describe(code) }
        return place.description
    }

    private func hasCopy(to destination: ResourcePlace, among targets: [DataSystem]) -> Bool {
        switch destination {
        case .region(let code): return targets.contains { isConsistent(code, with: $0.location) }
        case .multiRegion, .unknown: return !targets.isEmpty
        }
    }

    // MARK: - Stores no system names, names no resource has

    private func unmapped(_ resources: [TerraformResource], owners: [String: String]) -> [DriftItem] {
        resources.filter { ResourceKinds.dataStores.contains($0.type) && owners[$0.address] == nil }.map { resource in
            let place = ResourcePlace.of(resource)
            return DriftItem(kind: .unmappedStore, address: resource.address, system: nil, place: place,
                             message: "\(resource.address) holds data in \(placeWords(place)); no system in the map names it",
                             file: resource.file)
        }
    }

    private func notFound(_ map: ResidencyMap, resources: [TerraformResource]) -> [DriftItem] {
        let addresses = Set(resources.map(\.address)).union(resources.map(\.baseAddress))
        var items: [DriftItem] = []
        for system in map.systems {
            for entry in system.infrastructure {
                let present = entry.contains("*")
                    ? resources.contains { AddressPattern(text: entry).matches($0) }
                    : addresses.contains(entry)
                if !present {
                    items.append(DriftItem(kind: .notFound, address: entry, system: system.id, place: .unknown,
                                           message: "\(system.name) names \(entry), which none of the files has", file: ""))
                }
            }
        }
        return items
    }

    // MARK: - What drift would break

    /// Corrects a copy of the map to every location drift and missing copy at once, evaluates it
    /// once, and names, for each item, the claims that newly break at its system.
    private func withClaimsAtRisk(_ items: [DriftItem], map: ResidencyMap, systems: SystemsByID) -> [DriftItem] {
        var corrected = map
        var movedTo: [String: [String]] = [:]
        var copyTargets: [Int: String] = [:]
        for (index, item) in items.enumerated() {
            guard let system = item.system, case .region(let code) = item.place else { continue }
            switch item.kind {
            case .locationDrift:
                movedTo[system, default: []].append(code)
            case .missingCopy:
                guard let source = systems[system] else { continue }
                let id = "drift-copy-\(index + 1)"
                corrected.systems.append(DataSystem(id: id, name: "\(source.name) (copy per Terraform)", kind: source.kind,
                                                    location: .places([code]), data: source.data, offerings: source.offerings,
                                                    status: .confirmed))
                corrected.copies.append(DataCopy(from: system, to: id, kind: .replica))
                copyTargets[index] = id
            default:
                continue
            }
        }
        guard !movedTo.isEmpty || !copyTargets.isEmpty else { return items }
        for index in corrected.systems.indices {
            if let codes = movedTo[corrected.systems[index].id] { corrected.systems[index].location = .places(codes) }
        }
        let evaluator = ResidencyEvaluator(today: today)
        let before = Dictionary(evaluator.evaluate(map).claims.map { ($0.claim.id, $0.verdict) }, uniquingKeysWith: { first, _ in first })
        let after = evaluator.evaluate(corrected).claims.filter { $0.verdict == .broken && before[$0.claim.id] != .broken }
        guard !after.isEmpty else { return items }
        var result = items
        for (index, item) in items.enumerated() {
            guard let system = copyTargets[index] ?? (item.kind == .locationDrift ? item.system : nil) else { continue }
            result[index].claimsAtRisk = after.filter { claim in claim.openBreaches.contains { $0.system == system } }
                .map(\.claim.id)
        }
        return result
    }
}

/// The map's systems by id (the first of a repeated id), built once per check.
struct SystemsByID {
    private let byID: [String: DataSystem]

    init(_ map: ResidencyMap) {
        byID = Dictionary(map.systems.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    subscript(id: String) -> DataSystem? { byID[id] }
}
