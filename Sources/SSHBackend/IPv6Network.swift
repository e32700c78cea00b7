#if canImport(Glibc)
import Glibc
#endif

/// The /64 network an IPv6 address belongs to, written `2001:db8:1:2::/64`.
enum IPv6Network {
    /// Nil when `text` is not an IPv6 address.
    static func prefix64(of text: String) -> String? {
        var address = in6_addr()
        guard inet_pton(AF_INET6, text, &address) == 1 else { return nil }
        let bytes = withUnsafeBytes(of: &address) { Array($0.prefix(8)) }
        let groups = stride(from: 0, to: 8, by: 2).map { String(UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]), radix: 16) }
        return groups.joined(separator: ":") + "::/64"
    }
}
