import Foundation
import NIOSSH

/// The public keys let in, read from a file in OpenSSH's `authorized_keys` format.
///
/// Each line is `TYPE BASE64 [comment]`; blank lines and `#` comments are skipped. A line
/// with options before the key (`from="..." ssh-ed25519 ...`) is refused with its line
/// number rather than silently ignoring what the options ask. Key types the SSH library does
/// not implement (`ssh-rsa`, `ssh-dss`) are reported too, so a user whose only key is RSA
/// learns why they are not let in.
public struct AuthorizedKeys: Sendable {
    /// The keys, each with the comment that names it (shown in the log) or its line number.
    public private(set) var keys: [NIOSSHPublicKey: String] = [:]
    /// Lines that were not used, as `FILE:LINE: why`.
    public private(set) var problems: [String] = []

    public init(text: String, path: String) {
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
            let place = "\(path):\(number + 1)"
            guard fields.count >= 2 else {
                problems.append("\(place): not a key line (TYPE BASE64 [comment])")
                continue
            }
            let type = String(fields[0])
            guard Self.knownTypes.contains(type) else {
                if type.contains("=") || type.contains(",") {
                    problems.append("\(place): key options are not supported; give the key alone")
                } else {
                    problems.append("\(place): key type \(type.prefix(40)) is not supported (use ssh-ed25519 or ecdsa-sha2-nistp256/384/521)")
                }
                continue
            }
            do {
                let key = try NIOSSHPublicKey(openSSHPublicKey: "\(type) \(fields[1])")
                keys[key] = fields.count > 2 ? String(fields[2].prefix(80)) : "line \(number + 1)"
            } catch {
                problems.append("\(place): the \(type) key cannot be read")
            }
        }
    }

    public static let knownTypes: Set<String> = ["ssh-ed25519", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521"]

    /// Reads `path`; a missing or unreadable file is an error that names it.
    public static func load(from path: String) throws(KeyFileError) -> AuthorizedKeys {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw KeyFileError(path: path, reason: "cannot be read")
        }
        return AuthorizedKeys(text: String(decoding: data, as: UTF8.self), path: path)
    }
}
