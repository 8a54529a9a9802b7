import Testing
@testable import ResidencyModel

/// The fingerprint's SHA-256 against the FIPS 180-4 / NIST test vectors.
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
        #expect(SHA256.hexDigest(input) == digest)
    }

    @Test("A million a's")
    func millionA() {
        let input = [UInt8](repeating: 0x61, count: 1_000_000)
        #expect(SHA256.hex(SHA256.hash(input)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Messages whose padding falls on every side of a block boundary.
    @Test("Fed in pieces equals fed at once, around block boundaries", arguments: [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 129, 1000])
    func pieces(length: Int) {
        let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        var hasher = SHA256()
        var offset = 0
        var step = 1
        while offset < bytes.count {
            let end = min(bytes.count, offset + step)
            hasher.update(bytes[offset..<end])
            offset = end
            step = step % 70 + 13
        }
        #expect(hasher.finalize() == SHA256.hash(bytes))
        #expect(SHA256.hash(bytes).count == 32)
    }

    @Test("Multi-byte UTF-8 is hashed as its bytes")
    func unicode() {
        // printf 'Zürich 東京' | sha256sum
        #expect(SHA256.hexDigest("Zürich 東京") == "e3241dd43293be365aff57c46df9e2bb6c7dfcad374276fa1e4c8f15ca393750")
    }
}
