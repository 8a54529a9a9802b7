/// The places a JSON report names, each described once in its top-level `places` list and named
/// by id everywhere else, so thousands of breaches at the same few places do not each repeat a
/// description. An id is the place's code; a different place under a code already taken (only
/// a hand-built place can be one) gets `#2`, `#3`, ... after the code. A class: one table
/// lives for one report and fills as the report is written.
final class JSONPlaceTable {
    /// The places in the order the report first named them, with their ids.
    private(set) var entries: [(id: String, place: Place)] = []
    /// Positions in `entries` by code.
    private var byCode: [String: [Int]] = [:]

    /// The id `place` is listed under, adding it on first sight.
    func id(for place: Place) -> String {
        let known = byCode[place.code] ?? []
        for position in known where entries[position].place == place { return entries[position].id }
        let id = known.isEmpty ? place.code : "\(place.code)#\(known.count + 1)"
        byCode[place.code, default: []].append(entries.count)
        entries.append((id, place))
        return id
    }

    func ids(for places: [Place]) -> [String] {
        places.map(id(for:))
    }
}
