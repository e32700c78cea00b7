import Crypto
import Foundation
import NIOSSH

#if canImport(Glibc)
import Glibc
#endif

/// The server's Ed25519 host key, kept in an OpenSSH private key file (`ssh-keygen -l -f FILE`
/// prints the same fingerprint the server does).
///
/// A missing file is created with a new key, readable by its owner only (0600, in a folder
/// made 0700 if missing). An existing file is read as it is: unencrypted OpenSSH format, one
/// Ed25519 key, as `ssh-keygen -t ed25519 -N ''` writes it.
public struct HostKey: Sendable {
    public let privateKey: NIOSSHPrivateKey
    public let publicKey: NIOSSHPublicKey
    /// `SHA256:` and the base64 of the public key's hash, as OpenSSH prints it.
    public let fingerprint: String
    /// True when this start created the file.
    public let created: Bool

    init(seed: Curve25519.Signing.PrivateKey, created: Bool) {
        privateKey = NIOSSHPrivateKey(ed25519Key: seed)
        publicKey = privateKey.publicKey
        fingerprint = KeyFingerprint.sha256(of: publicKey)
        self.created = created
    }

    /// Reads the key at `path`, or creates one there when no file exists.
    public static func loadOrCreate(at path: String) throws(KeyFileError) -> HostKey {
        if let bytes = FileManager.default.contents(atPath: path) {
            do {
                return HostKey(seed: try OpenSSHKeyFile.decode(Array(bytes)), created: false)
            } catch {
                throw KeyFileError(path: path, reason: "\(error) (an unencrypted OpenSSH Ed25519 key is needed, e.g. ssh-keygen -t ed25519 -N '' -f FILE)")
            }
        }
        if access(path, F_OK) == 0 {
            throw KeyFileError(path: path, reason: "cannot be read (\(String(cString: strerror(errno))))")
        }
        let key = Curve25519.Signing.PrivateKey()
        let text = OpenSSHKeyFile.encode(key, comment: "frontier host key")
        try write(Array(text.utf8), to: path)
        return HostKey(seed: key, created: true)
    }

    /// Creates the file exclusively (a file that appears meanwhile is not overwritten) as 0600.
    private static func write(_ bytes: [UInt8], to path: String) throws(KeyFileError) {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            } catch {
                throw KeyFileError(path: folder, reason: "cannot create the folder for the host key (\(error.localizedDescription))")
            }
        }
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw KeyFileError(path: path, reason: "cannot create (\(String(cString: strerror(errno))))") }
        defer { close(fd) }
        // The umask cannot widen 0600, but an odd one could narrow it below what the owner needs.
        fchmod(fd, 0o600)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw KeyFileError(path: path, reason: "cannot write (\(String(cString: strerror(errno))))")
            }
            offset += written
        }
        guard fsync(fd) == 0 else { throw KeyFileError(path: path, reason: "cannot sync (\(String(cString: strerror(errno))))") }
    }
}
