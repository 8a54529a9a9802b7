import Testing
@testable import ResidencyModel

/// The fingerprint's SHA-256 (swift-crypto's) and hex writing against the FIPS 180-4 / NIST test
/// vectors, so the digest the approval note prints cannot drift.
@Suite("Export: SHA-256")
struct ExportSHA256Tests {
    @Test("NIST short vectors", arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
    ])
    func vectors(input: String, digest: String) {
        #expect(MapFingerprint.sha256Hex(Array(input.utf8)) == digest)
        #expect(MapFingerprint.sha256Hex(input.utf8) == digest)
    }

    @Test("A million a's")
    func millionA() {
        let input = [UInt8](repeating: 0x61, count: 1_000_000)
        #expect(MapFingerprint.sha256Hex(input) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("Hex is two lower-case digits a byte")
    func hex() {
        #expect(MapFingerprint.hex([0x00, 0x0F, 0xA0, 0xFF]) == "000fa0ff")
        #expect(MapFingerprint.hex([]) == "")
    }

    @Test("Multi-byte UTF-8 is hashed as its bytes")
    func unicode() {
        // printf 'Zürich 東京' | sha256sum
        #expect(MapFingerprint.sha256Hex("Zürich 東京".utf8) == "e3241dd43293be365aff57c46df9e2bb6c7dfcad374276fa1e4c8f15ca393750")
    }
}
