/// A system's `infrastructure` entry: a Terraform address, or a pattern where `*` stands for any
/// run of characters. An address without an index also names every `count`/`for_each` instance.
struct AddressPattern: Sendable, Hashable {
    let text: String

    func matches(_ resource: TerraformResource) -> Bool {
        if !text.contains("*") { return text == resource.address || text == resource.baseAddress }
        return Self.glob(Array(text.utf8)[...], Array(resource.address.utf8)[...])
    }

    /// Linear-time wildcard matching (greedy with one backtrack point), so no pattern can blow up.
    private static func glob(_ pattern: ArraySlice<UInt8>, _ text: ArraySlice<UInt8>) -> Bool {
        var p = pattern.startIndex, t = text.startIndex
        var star: Int?, resume = text.startIndex
        let asterisk = UInt8(ascii: "*")
        while t < text.endIndex {
            if p < pattern.endIndex, pattern[p] == asterisk {
                star = p
                p += 1
                resume = t
            } else if p < pattern.endIndex, pattern[p] == text[t] {
                p += 1
                t += 1
            } else if let star {
                p = star + 1
                resume += 1
                t = resume
            } else {
                return false
            }
        }
        while p < pattern.endIndex, pattern[p] == asterisk { p += 1 }
        return p == pattern.endIndex
    }
}
