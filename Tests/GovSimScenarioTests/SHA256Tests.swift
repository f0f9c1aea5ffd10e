import Foundation
import GovSimScenario
import Testing

/// SHA-256 against the FIPS 180-4 examples and lengths around the padding boundaries.
@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("政府 ✓", "6a9134e1ad47adbd9ccd48578561763e6d2ab279c1746280e094c9843037677d"),
    ])
    func matchesPublishedDigests(text: String, digest: String) {
        #expect(SHA256.hex(Array(text.utf8)) == digest)
    }

    /// Messages that end just before, on and just after a block boundary take the padding's
    /// three paths (room for the length, no room, a whole extra block).
    @Test(arguments: [
        (55, "8af594de0e003fdee5c8bb088216c824349b4137070f559574f4a4bddd27b714"),
        (56, "db81bc2bfd43620591df192139062da77d4c376f1888ea3d2190bd07c8d901f9"),
        (63, "bd535b38bf0d0d1a09d370b7e34b2696cea3767801a45d5611a4aaa6954e8527"),
        (64, "292be91abe8c0909fe3d26575af5755eee74d23816dc68c3ba41765136967654"),
        (65, "ba65aedf7884642499a59ae124894611d986cf429e69f569488048af3a99e25a"),
        (119, "d367ab298e74477421127b0b448667c37c006c636f5738f081c39388756e5fad"),
        (120, "be7beb9c82089eb08da8fe6eb30c13b9d56869014e228a8c3eb0fdfe832efab2"),
    ])
    func padsEveryLengthAroundABlockBoundary(length: Int, digest: String) {
        #expect(SHA256.hex((0..<length).map { UInt8($0 * 7 % 251) }) == digest, "length \(length)")
    }

    @Test func hashesAMillionBytesInPieces() {
        var hasher = SHA256()
        for _ in 0..<1000 { hasher.update(Data(repeating: UInt8(ascii: "a"), count: 1000)) }
        let digest = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        #expect(digest == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func base64FormIsWhatAContentSecurityPolicyWants() {
        #expect(SHA256.base64("abc") == "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=")
    }
}
