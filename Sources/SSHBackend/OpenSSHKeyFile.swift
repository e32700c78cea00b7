import Crypto
import Foundation

/// The unencrypted `openssh-key-v1` private key format (OpenSSH's PROTOCOL.key), for one
/// Ed25519 key: what `ssh-keygen -t ed25519 -N ''` writes and reads.
enum OpenSSHKeyFile {
    enum Problem: Error, CustomStringConvertible, Equatable {
        case notOpenSSH, encrypted(String), notOneKey(Int), notEd25519(String), truncated, checkMismatch, keyMismatch

        var description: String {
            switch self {
            case .notOpenSSH: return "not an OpenSSH private key (no BEGIN OPENSSH PRIVATE KEY block)"
            case let .encrypted(cipher): return "the key is encrypted (\(cipher)); a server key must be readable without a passphrase"
            case let .notOneKey(count): return "the file holds \(count) keys, not one"
            case let .notEd25519(type): return "the key is \(type), not ssh-ed25519"
            case .truncated: return "the key data is cut short"
            case .checkMismatch: return "the key's check numbers differ (a damaged or encrypted key)"
            case .keyMismatch: return "the private key does not match its public key"
            }
        }
    }

    static let begin = "-----BEGIN OPENSSH PRIVATE KEY-----"
    static let end = "-----END OPENSSH PRIVATE KEY-----"
    static let magic = Array("openssh-key-v1".utf8) + [0]

    static func encode(_ key: Curve25519.Signing.PrivateKey, comment: String) -> String {
        let publicKey = Array(key.publicKey.rawRepresentation)
        let seed = Array(key.rawRepresentation)
        var publicBlob: [UInt8] = []
        appendString(Array("ssh-ed25519".utf8), to: &publicBlob)
        appendString(publicKey, to: &publicBlob)

        var secret: [UInt8] = []
        let check = UInt32.random(in: .min ... .max)
        appendUInt32(check, to: &secret)
        appendUInt32(check, to: &secret)
        appendString(Array("ssh-ed25519".utf8), to: &secret)
        appendString(publicKey, to: &secret)
        appendString(seed + publicKey, to: &secret)
        appendString(Array(comment.utf8), to: &secret)
        var pad: UInt8 = 1
        while secret.count % 8 != 0 {
            secret.append(pad)
            pad += 1
        }

        var body = magic
        appendString(Array("none".utf8), to: &body)
        appendString(Array("none".utf8), to: &body)
        appendString([], to: &body)
        appendUInt32(1, to: &body)
        appendString(publicBlob, to: &body)
        appendString(secret, to: &body)

        let encoded = Data(body).base64EncodedString()
        var lines = [begin]
        var start = encoded.startIndex
        while start < encoded.endIndex {
            let stop = encoded.index(start, offsetBy: 70, limitedBy: encoded.endIndex) ?? encoded.endIndex
            lines.append(String(encoded[start..<stop]))
            start = stop
        }
        lines.append(end)
        return lines.joined(separator: "\n") + "\n"
    }

    static func decode(_ bytes: [UInt8]) throws(Problem) -> Curve25519.Signing.PrivateKey {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let from = text.range(of: begin), let to = text.range(of: end, range: from.upperBound..<text.endIndex) else {
            throw .notOpenSSH
        }
        let base64 = text[from.upperBound..<to.lowerBound].filter { !$0.isWhitespace }
        guard let data = Data(base64Encoded: String(base64)) else { throw .notOpenSSH }
        var reader = Reader(bytes: Array(data))
        guard try reader.take(magic.count) == magic else { throw .notOpenSSH }
        let cipher = String(decoding: try reader.string(), as: UTF8.self)
        _ = try reader.string() // kdf name
        _ = try reader.string() // kdf options
        guard cipher == "none" else { throw .encrypted(cipher) }
        let count = try reader.uint32()
        guard count == 1 else { throw .notOneKey(Int(count)) }
        _ = try reader.string() // the public key, repeated in the private section
        var secret = Reader(bytes: try reader.string())
        guard try secret.uint32() == secret.uint32() else { throw .checkMismatch }
        let type = String(decoding: try secret.string(), as: UTF8.self)
        guard type == "ssh-ed25519" else { throw .notEd25519(type) }
        let publicKey = try secret.string()
        let pair = try secret.string()
        guard publicKey.count == 32, pair.count == 64 else { throw .truncated }
        guard let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: pair.prefix(32)),
              Array(key.publicKey.rawRepresentation) == publicKey else { throw .keyMismatch }
        return key
    }

    private static func appendUInt32(_ value: UInt32, to bytes: inout [UInt8]) {
        bytes += [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    private static func appendString(_ value: [UInt8], to bytes: inout [UInt8]) {
        appendUInt32(UInt32(value.count), to: &bytes)
        bytes += value
    }

    /// SSH wire reading: big-endian lengths, length-prefixed strings.
    private struct Reader {
        var bytes: [UInt8]
        var offset = 0

        mutating func take(_ count: Int) throws(Problem) -> [UInt8] {
            guard count >= 0, offset + count <= bytes.count else { throw .truncated }
            defer { offset += count }
            return Array(bytes[offset..<offset + count])
        }

        mutating func uint32() throws(Problem) -> UInt32 {
            try take(4).reduce(0) { $0 << 8 | UInt32($1) }
        }

        mutating func string() throws(Problem) -> [UInt8] {
            try take(Int(try uint32()))
        }
    }
}
