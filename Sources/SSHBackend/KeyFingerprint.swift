import Crypto
import Foundation
import NIOSSH

/// The SHA-256 fingerprint of a public key, as OpenSSH prints it (`SHA256:` + unpadded base64).
public enum KeyFingerprint {
    public static func sha256(of key: NIOSSHPublicKey) -> String {
        "SHA256:" + Data(digest(of: key)).base64EncodedString().replacingOccurrences(of: "=", with: "")
    }

    /// The fingerprint as lowercase hex: a name for a folder (base64 holds `/`).
    public static func hex(of key: NIOSSHPublicKey) -> String {
        digest(of: key).map { byte in
            let digits = Array("0123456789abcdef".utf8)
            return String(decoding: [digits[Int(byte >> 4)], digits[Int(byte & 0xF)]], as: UTF8.self)
        }.joined()
    }

    private static func digest(of key: NIOSSHPublicKey) -> [UInt8] {
        // `ssh-ed25519 BASE64`: the hash is over the decoded blob.
        let text = String(openSSHPublicKey: key)
        let parts = text.split(separator: " ")
        let blob = parts.count > 1 ? Data(base64Encoded: String(parts[1])) ?? Data() : Data()
        return Array(SHA256.hash(data: blob))
    }
}
