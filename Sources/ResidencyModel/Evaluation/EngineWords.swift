import Foundation

/// Words an engine needs for many claims at once, worked out once and shared by every claim's
/// details and answer: each location's places (per promised region) and each role's countries
/// outside a region, as text; each copy's schedule as an adjective; each system's name as a
/// number, so names can be told apart without hashing strings. Filled on first use, so an
/// evaluation that only needs verdicts never pays for it.
///
/// `@unchecked Sendable` because of its mutable fields: every read and write happens under `lock`.
final class EngineWords: @unchecked Sendable {
    private let lock = NSLock()
    /// Per region: text id of each location's words (`-1`: not worked out yet).
    private var locationWords: [[Int32]]
    /// Per region: text id of each role country list's words.
    private var countryWords: [[Int32]]
    private var texts: [String] = []
    private var textIDs: [String: Int32] = [:]
    private var mapTables: MapWordTables?

    init(regions: Int, locations: Int, countryLists: Int) {
        locationWords = Array(repeating: Array(repeating: -1, count: locations), count: regions)
        countryWords = Array(repeating: Array(repeating: -1, count: countryLists), count: regions)
    }

    /// The words of the given locations and country lists against region `region`, working out
    /// those not known yet with `describeLocation` and `describeCountries` (called under the lock).
    func table(
        region: Int, locations: [Int], countryLists: [Int],
        describeLocation: (Int) -> String, describeCountries: (Int) -> String
    ) -> PlaceWordTable {
        lock.withLock {
            for location in locations where locationWords[region][location] < 0 {
                locationWords[region][location] = intern(describeLocation(location))
            }
            for list in countryLists where countryWords[region][list] < 0 {
                countryWords[region][list] = intern(describeCountries(list))
            }
            return PlaceWordTable(locationWords: locationWords[region], countryWords: countryWords[region], texts: texts)
        }
    }

    /// The per-map tables, built on the first call.
    func mapTables(_ make: () -> MapWordTables) -> MapWordTables {
        lock.withLock {
            if let mapTables { return mapTables }
            let made = make()
            mapTables = made
            return made
        }
    }

    private func intern(_ text: String) -> Int32 {
        if let id = textIDs[text] { return id }
        let id = Int32(texts.count)
        texts.append(text)
        textIDs[text] = id
        return id
    }
}

/// A snapshot of place words against one region. Equal text has an equal id, so ids can group
/// breaches the way their words would.
struct PlaceWordTable {
    let locationWords: [Int32]
    let countryWords: [Int32]
    let texts: [String]

    /// The id of a site's place words: its location's, or for access its role's countries.
    func id(aspect: ClaimScope, slot: Int) -> Int {
        if aspect == .access { return slot >= 0 && slot < countryWords.count ? Int(countryWords[slot]) : -1 }
        let location = slot >> 1
        return slot >= 0 && location < locationWords.count ? Int(locationWords[location]) : -1
    }

    func text(aspect: ClaimScope, slot: Int) -> String {
        let id = id(aspect: aspect, slot: slot)
        return id >= 0 && id < texts.count ? texts[id] : ""
    }
}

/// Per-map lookups the answers need for every claim: built once.
struct MapWordTables: Sendable {
    /// Per copy: the id of its schedule as one adjective ("nightly"), the same for copies with
    /// equal ends and kind (the answer names the first such copy's schedule).
    let copySchedule: [Int]
    let schedules: [String]
    /// Per copy: its kind's position in `CopyKind.allCases`.
    let copyKind: [Int]
    /// Per system: a number equal for equal names.
    let systemName: [Int]
    /// Per system: how sure the map is of its location.
    let systemStatus: [KnowledgeStatus]

    init(index: MapIndex) {
        var scheduleIDs: [String: Int] = [:]
        var schedules: [String] = []
        copySchedule = index.map.copies.map { copy in
            let first = index.copy(from: copy.from, to: copy.to, kind: copy.kind) ?? copy
            let word = Self.adjective(first.schedule)
            if let id = scheduleIDs[word] { return id }
            scheduleIDs[word] = schedules.count
            schedules.append(word)
            return schedules.count - 1
        }
        self.schedules = schedules
        copyKind = index.map.copies.map { CopyKind.allCases.firstIndex(of: $0.kind) ?? 0 }
        systemStatus = index.map.systems.map(\.status)
        var nameIDs: [String: Int] = [:]
        nameIDs.reserveCapacity(index.map.systems.count)
        systemName = index.map.systems.map { system in
            if let id = nameIDs[system.name] { return id }
            let id = nameIDs.count
            nameIDs[system.name] = id
            return id
        }
    }

    /// A one-word schedule used as an adjective ("nightly"); longer schedules are left out.
    static func adjective(_ schedule: String?) -> String {
        guard let schedule else { return "" }
        let word = schedule.trimmingCharacters(in: .whitespaces).lowercased()
        guard !word.isEmpty, word.allSatisfy({ $0.isLetter || $0 == "-" }) else { return "" }
        return word
    }
}
