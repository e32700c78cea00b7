import Foundation
import Testing
import TestSupport
@testable import SSHBackend

/// The host key file against OpenSSH's own `ssh-keygen`: what the server writes, OpenSSH
/// reads with the same fingerprint, and what `ssh-keygen` writes, the server reads.
@Suite struct HostKeyTests {
    @Test func aMissingKeyIsCreatedOwnerOnlyAndOpenSSHReadsItWithTheSameFingerprint() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/keys/host_key"
        let key = try HostKey.loadOrCreate(at: path)
        #expect(key.created)
        #expect(try permissions(path) == 0o600)
        #expect(try permissions(folder.path + "/keys") == 0o700)
        let listed = try sshKeygen(["-l", "-f", path])
        #expect(listed.contains(key.fingerprint), "ssh-keygen says \(listed)")
        #expect(listed.contains("ED25519"))
        // OpenSSH derives the public key from the private file we wrote.
        let derived = try sshKeygen(["-y", "-f", path]).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(derived.hasPrefix(String(openSSHPublicKey: key.publicKey) + " "), "\(derived)")

        let again = try HostKey.loadOrCreate(at: path)
        #expect(!again.created)
        #expect(again.fingerprint == key.fingerprint)
    }

    @Test func aKeyMadeBySshKeygenIsUsedAsItIs() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/made"
        _ = try sshKeygen(["-q", "-t", "ed25519", "-N", "", "-C", "made here", "-f", path])
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let key = try HostKey.loadOrCreate(at: path)
        #expect(!key.created)
        #expect(try sshKeygen(["-l", "-f", path]).contains(key.fingerprint))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "an existing key file is never rewritten")
    }

    @Test func keysItCannotUseAreRefusedNamingTheFileAndWhy() throws {
        let folder = try TemporaryDirectory()
        let encrypted = folder.path + "/encrypted"
        _ = try sshKeygen(["-q", "-t", "ed25519", "-N", "secret words", "-f", encrypted])
        let rsa = folder.path + "/rsa"
        _ = try sshKeygen(["-q", "-t", "rsa", "-b", "1024", "-N", "", "-f", rsa])
        try folder.write("not a key at all\n", to: "garbage")
        let cases = [(encrypted, "encrypted"), (rsa, "ssh-rsa, not ssh-ed25519"), (folder.path + "/garbage", "not an OpenSSH private key")]
        for (path, reason) in cases {
            do {
                _ = try HostKey.loadOrCreate(at: path)
                Issue.record("\(path) was accepted")
            } catch {
                #expect(error.description.hasPrefix(path + ": "), "\(error)")
                #expect(error.description.contains(reason), "\(error)")
            }
        }
    }

    @Test func aDamagedKeyIsRefused() throws {
        let text = OpenSSHKeyFile.encode(.init(), comment: "x")
        let lines = text.split(separator: "\n").map(String.init)
        var body = try #require(Data(base64Encoded: lines.dropFirst().dropLast().joined()))
        // The private section's first check number: after the header (15 + 8 + 8 + 4 + 4 bytes),
        // the public key (4 + 51) and the section's length (4).
        body[98] ^= 0xFF
        let damaged = [lines[0], body.base64EncodedString(), lines[lines.count - 1]].joined(separator: "\n")
        #expect(throws: OpenSSHKeyFile.Problem.checkMismatch) { try OpenSSHKeyFile.decode(Array(damaged.utf8)) }
        // And the file as written reads back.
        #expect(throws: Never.self) { try OpenSSHKeyFile.decode(Array(text.utf8)) }
    }

    private func permissions(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? Int ?? -1) & 0o777
    }
}

/// Runs OpenSSH's `ssh-keygen` (Debian: openssh-client) and returns its stdout.
func sshKeygen(_ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/ssh-keygen")
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "ssh-keygen \(arguments) exited \(process.terminationStatus)"])
    }
    return String(decoding: data, as: UTF8.self)
}
