import Foundation
import TestSupport

#if canImport(Glibc)
import Glibc
#endif

/// `frontier serve --ssh 127.0.0.1:0` running in a folder of its own, with a client key made by
/// OpenSSH's `ssh-keygen` and listed in its authorized keys (unless `--open`), and a feed file
/// the test appends to.
final class ServerUnderTest {
    let folder: String
    let process: RunningBinary
    let port: Int
    var clientKey: String { folder + "/client" }
    var otherKey: String { folder + "/other" }
    var feed: String { folder + "/feed.jsonl" }
    var environment: [String: String] {
        BuiltBinary.isolatedEnvironment(folder).merging(["XDG_RUNTIME_DIR": folder + "/runtime", "TMPDIR": folder + "/tmp"]) { $1 }
    }

    /// Starts the server on the story dataset and `feed.jsonl`; `arguments` come after those.
    init(arguments: [String] = [], authorized: Bool = true) async throws {
        folder = try BuiltBinary.temporaryDirectory()
        for sub in ["home", "runtime", "tmp"] {
            try FileManager.default.createDirectory(atPath: folder + "/" + sub, withIntermediateDirectories: true)
        }
        chmod(folder + "/runtime", 0o700)
        try ServerUnderTest.keygen(["-q", "-t", "ed25519", "-N", "", "-C", "tester@e2e", "-f", folder + "/client"])
        try ServerUnderTest.keygen(["-q", "-t", "ed25519", "-N", "", "-C", "stranger", "-f", folder + "/other"])
        FileManager.default.createFile(atPath: folder + "/feed.jsonl", contents: Data())
        var argv = ["serve", "--ssh", "127.0.0.1:0", "--host-key", folder + "/host_key", "--data", Fixtures.storyPath,
                    "--feed", folder + "/feed.jsonl"]
        if authorized {
            try FileManager.default.copyItem(atPath: folder + "/client.pub", toPath: folder + "/authorized_keys")
            argv += ["--authorized-keys", folder + "/authorized_keys"]
        }
        process = try RunningBinary(argv + arguments, environment: BuiltBinary.isolatedEnvironment(folder)
            .merging(["XDG_RUNTIME_DIR": folder + "/runtime", "TMPDIR": folder + "/tmp"]) { $1 })
        try await process.waitForError(containing: "event=listening", timeout: .seconds(20))
        let line = process.stderr.split(separator: "\n").first { $0.contains("event=listening") } ?? ""
        guard let address = line.split(separator: " ").first(where: { $0.hasPrefix("address=") }),
              let port = address.split(separator: ":").last.flatMap({ Int($0) }) else {
            throw RunningBinary.Timeout(what: "a port in the listening line", stdout: "", stderr: process.stderr)
        }
        self.port = port
    }

    deinit {
        process.signal(SIGKILL)
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// The log lines with `event=NAME`.
    func log(_ event: String) -> [String] {
        process.stderr.split(separator: "\n").map(String.init).filter { $0.contains(" event=\(event) ") || $0.hasSuffix(" event=\(event)") }
    }

    /// OpenSSH's client, as a viewer types it, without any of the user's configuration.
    func sshCommand(key: String? = nil, user: String = "viewer", extra: [String] = []) -> [String] {
        ["/usr/bin/ssh", "-F", "/dev/null", "-i", key ?? clientKey, "-o", "IdentitiesOnly=yes", "-o", "UserKnownHostsFile=/dev/null",
         "-o", "StrictHostKeyChecking=no", "-o", "LogLevel=ERROR", "-o", "BatchMode=yes"] + extra + ["-p", String(port), "\(user)@127.0.0.1"]
    }

    func appendNews(id: String, headline: String) throws {
        let line = #"{"kind":"news","id":"\#(id)","date":"2025-04-30","headline":"\#(headline)","source":"Wire"}"# + "\n"
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: feed))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(line.utf8))
        try handle.close()
    }

    /// Runs a script of `Tests/Fixtures/ssh` against this server (`--port` and `--key` given).
    func runScript(_ name: String, _ arguments: [String], timeout: Duration) throws -> BuiltBinary.TimedOutput {
        try BuiltBinary.run([Repository.path("Tests/Fixtures/ssh/" + name), "--port", String(port), "--key", clientKey] + arguments,
                            environment: environment, timeout: timeout, executable: Self.python)
    }

    /// The `python3` on the PATH the tests run with (where `pip install paramiko` put it).
    static let python: String = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { $0 + "/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }
            ?? "/usr/bin/python3"
    }()

    static func keygen(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/ssh-keygen")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.executableLoad) }
    }
}
