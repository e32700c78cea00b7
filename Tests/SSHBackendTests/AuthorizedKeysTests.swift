import Foundation
import Testing
import TestSupport
@testable import SSHBackend

@Suite struct AuthorizedKeysTests {
    @Test func keysAreReadAndEveryLineNotUsedIsNamedWithItsPlace() throws {
        let folder = try TemporaryDirectory()
        _ = try sshKeygen(["-q", "-t", "ed25519", "-N", "", "-C", "alice@laptop", "-f", folder.path + "/alice"])
        _ = try sshKeygen(["-q", "-t", "ecdsa", "-b", "256", "-N", "", "-C", "", "-f", folder.path + "/bob"])
        _ = try sshKeygen(["-q", "-t", "rsa", "-b", "1024", "-N", "", "-f", folder.path + "/carol"])
        let alice = try String(contentsOfFile: folder.path + "/alice.pub", encoding: .utf8).trimmingCharacters(in: .newlines)
        let bob = try String(contentsOfFile: folder.path + "/bob.pub", encoding: .utf8).trimmingCharacters(in: .newlines)
        let carol = try String(contentsOfFile: folder.path + "/carol.pub", encoding: .utf8).trimmingCharacters(in: .newlines)
        let text = """
        # the team

        \(alice)
          \(bob)
        \(carol)
        from="10.0.0.0/8" \(alice)
        ssh-ed25519 not-base64!
        justoneword
        """
        let keys = AuthorizedKeys(text: text, path: "keys")
        #expect(keys.keys.count == 2)
        #expect(Set(keys.keys.values) == ["alice@laptop", "line 4"])
        #expect(keys.problems.count == 4)
        #expect(keys.problems[0].hasPrefix("keys:5: key type ssh-rsa is not supported"))
        #expect(keys.problems[1] == "keys:6: key options are not supported; give the key alone")
        #expect(keys.problems[2] == "keys:7: the ssh-ed25519 key cannot be read")
        #expect(keys.problems[3] == "keys:8: not a key line (TYPE BASE64 [comment])")
    }

    @Test func aMissingFileIsAnErrorNamingIt() {
        #expect(throws: KeyFileError.self) { try AuthorizedKeys.load(from: "/nonexistent/frontier/keys") }
    }
}
