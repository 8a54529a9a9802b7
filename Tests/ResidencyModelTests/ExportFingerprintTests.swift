import Foundation
import Testing
@testable import ResidencyModel

/// The note's fingerprint: short, stable for the same content, different for any change.
@Suite("Export: map fingerprint")
struct ExportFingerprintTests {
    @Test("Twelve lower-case hex digits, the start of the full digest")
    func shape() throws {
        let map = try ExportTestSupport.sample("acme-saas.yaml")
        let fingerprint = MapFingerprint.of(map)
        #expect(fingerprint.count == 12)
        #expect(fingerprint.allSatisfy { $0.isHexDigit && !$0.isUppercase })
        #expect(MapFingerprint.fullDigest(map).hasPrefix(fingerprint))
        #expect(MapFingerprint.fullDigest(map).count == 64)
    }

    @Test("Comments and layout of the file do not change it; saving and reloading does not either")
    func stable() throws {
        let path = ExportTestSupport.samplePath("northwind-multi-region.yaml")
        let original = try String(contentsOfFile: path, encoding: .utf8)
        let map = try ExportTestSupport.sample("northwind-multi-region.yaml")
        let recommented = "# another comment\n" + original.replacingOccurrences(of: "\n  - id: ", with: "\n  # note\n  - id: ")
        guard case .success(let reread) = MapFile.decode(yaml: recommented, fileName: "x.yaml") else {
            Issue.record("the re-commented sample did not load")
            return
        }
        #expect(MapFingerprint.of(reread) == MapFingerprint.of(map))
        guard case .success(let saved) = MapFile.decode(yaml: try MapFile.encode(map), fileName: "y.yaml") else {
            Issue.record("the saved sample did not load")
            return
        }
        #expect(MapFingerprint.of(saved) == MapFingerprint.of(map))
    }

    @Test("Any change to the content changes it")
    func changes() throws {
        let map = try ExportTestSupport.sample("acme-saas.yaml")
        let base = MapFingerprint.of(map)
        var edits: [(String, ResidencyMap)] = []
        var a = map; a.systems[0].location = .places(["US"]); edits.append(("location", a))
        var b = map; b.header.lastReviewed = ISODate("2026-09-16"); edits.append(("review date", b))
        var c = map; c.roles[0].access[0].recorded.toggle(); edits.append(("recorded", c))
        var d = map; d.exceptions[0].expires = nil; edits.append(("expiry", d))
        var e = map; e.systems.swapAt(0, 1); edits.append(("order", e))
        var f = map; f.systems[0].notes = nil; edits.append(("notes", f))
        var g = map; g.flows[0].steps[0].when = .async; edits.append(("timing", g))
        var h = map; h.claims[0].scope = nil; edits.append(("scope", h))
        var i = map; i.systems[0].data = ["ip-addresses request-payloads"]; edits.append(("length prefix", i))
        for (what, edited) in edits {
            #expect(MapFingerprint.of(edited) != base, "changing the \(what) kept the fingerprint")
        }
    }
}
