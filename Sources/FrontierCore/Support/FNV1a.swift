/// The 64-bit FNV-1a hash: small, stable across runs, processes and platforms.
///
/// Swift's `Hasher` is seeded per process, so it cannot name files that a later run must find.
/// FNV-1a is not collision-resistant; callers that key files by it store the original key
/// beside the data and check it.
package enum FNV1a {
    package static func hash64(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// The hash as 16 lowercase hex digits, zero-padded, for file names and ids.
    package static func hex64(_ bytes: some Sequence<UInt8>) -> String {
        let digits = String(hash64(bytes), radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
