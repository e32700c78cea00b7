import Foundation
import Testing
import TestSupport

#if canImport(Glibc)
import Glibc
#endif

/// `frontier serve --ssh` driven by OpenSSH's real client in tmux, and by a paramiko script for
/// what it must refuse (Debian: openssh-client; PyPI: paramiko; `.ci/run` installs both).
@Suite(.serialized) struct ServeSSHTests {
    @Test func aViewerWithAnAuthorizedKeySeesTheDashboardFiltersGetsALiveLineResizesAndLeaves() async throws {
        let server = try await ServerUnderTest()
        try await Tmux.with { tmux in
            try tmux.start(command: server.sshCommand(), width: 120, height: 40)
            try await tmux.waitFor(text: "served: story-2025-04.json + feed.jsonl", timeout: .seconds(10))
            try await tmux.waitFor(text: "40 news")
            // The news pane, filtered.
            try tmux.send(keys: "3", "/")
            try tmux.send(keys: "DeepSeek", "Enter")
            let filtered = try await tmux.waitFor("the filtered news pane") { $0.range(of: #"\d+/40 · by date"#, options: .regularExpression) != nil }
            #expect(!filtered.contains("Meta releases Llama 2"))

            // The viewer holds its terminal and its own files, nothing of the server's: no socket
            // (the listening one, this or another connection's) and no terminal master.
            let started = try #require(server.log("session").first { $0.contains("result=started") })
            let pid = try #require(started.split(separator: " ").first { $0.hasPrefix("pid=") }.flatMap { Int($0.dropFirst(4)) })
            let descriptors = try FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/fd")
            let targets = descriptors.compactMap { try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/fd/\($0)") }
            #expect(targets.count == descriptors.count)
            #expect(!targets.contains { $0.hasPrefix("socket:") || $0 == "/dev/ptmx" },
                    "the viewer inherited \(targets)")
            #expect(targets.contains { $0.hasPrefix("/dev/pts/") })

            // A line appended to the feed the server follows reaches this screen.
            try server.appendNews(id: "e2e-live", headline: "DeepSeek news served live")
            try await tmux.waitFor(text: "DeepSeek news served live", timeout: .seconds(5))
            try await tmux.waitFor(text: "41 news")

            // The client's window resizes the dashboard.
            try tmux.resize(width: 80, height: 24)
            let narrow = try await tmux.waitFor("the 80-column layout") { screen in
                screen.split(separator: "\n").first.map { $0.contains("served") && $0.count <= 80 } == true
                    && !screen.contains("Costs ─────────────────────────────────────────────────────")
            }
            #expect(narrow.split(separator: "\n").count <= 24)

            try tmux.send(keys: "q")
            #expect(try await tmux.waitForExit(timeout: .seconds(10)) == 0)
        }
        // One line each for the connection, its authentication, its session and its end.
        #expect(server.log("connect").count == 1)
        #expect(server.log("auth").contains { $0.contains("result=accepted") && $0.contains("name=tester@e2e") })
        #expect(server.log("session").contains { $0.contains("result=started") && $0.contains("size=120x40") })
        #expect(try await waitFor { server.log("session").contains { $0.contains("result=ended status=0") } })
        #expect(try await waitFor { server.log("disconnect").count == 1 })
        // The view is kept for this key.
        let keys = try FileManager.default.contentsOfDirectory(atPath: server.folder + "/state/frontier/serve")
        #expect(keys.count == 1)
        #expect(FileManager.default.fileExists(atPath: server.folder + "/state/frontier/serve/\(keys[0])/frontier/state.json"))

        // The server is still up, and ends cleanly on SIGTERM, removing its copy of the data.
        #expect(server.process.waitForExit(timeout: .milliseconds(10)) == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: server.folder + "/runtime").count == 1)
        server.process.signal(SIGTERM)
        #expect(server.process.waitForExit(timeout: .seconds(10)) == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: server.folder + "/runtime").isEmpty)
    }

    @Test func everythingButTheDashboardIsRefusedAndTheServerStaysUp() async throws {
        let server = try await ServerUnderTest()
        let run = try server.runScript("refusals.py", ["--wrong-key", server.otherKey], timeout: .seconds(240))
        #expect(run.status == 0, "\(run.stderr)")
        var results: [String: Bool] = [:]
        for line in run.stdout.split(separator: "\n") {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let check = object["check"] as? String, let ok = object["ok"] as? Bool else { continue }
            results[check] = ok
            #expect(ok, "\(check): \(object["detail"] ?? "")")
        }
        #expect(results.keys.sorted() == ["agent forwarding", "exec", "flood and garbage", "keyboard-interactive", "password",
                                          "port forwarding", "rate limit", "sessions per connection", "shell without pty", "subsystem", "wrong key",
                                          "x11 forwarding"], "\(run.stdout)\n\(run.stderr)")
        let refused = server.log("refused")
        for request in ["request=exec", "request=subsystem", "request=\"port forwarding\"", "reason=\"no pty\"",
                        "reason=\"sessions per connection\""] {
            #expect(refused.contains { $0.contains(request) }, "no refusal logged with \(request)")
        }
        #expect(server.log("closed").contains { $0.contains("reason=\"input flood\"") })
        #expect(server.log("auth").contains { $0.contains("method=password") && $0.contains("result=refused") })
        #expect(server.log("auth").contains { $0.contains("reason=\"too many failures\"") })
        #expect(server.process.waitForExit(timeout: .milliseconds(10)) == nil, "the server stopped:\n\(server.process.stderr)")
        // No viewer outlives its session.
        #expect(try await waitFor { server.log("session").filter { $0.contains("result=started") }.count
                == server.log("session").filter { $0.contains("result=ended") }.count })
    }

    @Test func aViewerThatStopsReadingCostsABoundedBufferSlowsNoOneAndGetsOneWholeFrameWhenItReadsAgain() async throws {
        let server = try await ServerUnderTest()
        let run = try server.runScript("slow_viewer.py", ["--feed", server.feed], timeout: .seconds(120))
        #expect(run.status == 0, "\(run.stderr)")
        let result = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], "\(run.stdout)")
        // 60 theme changes repaint every cell, over a megabyte in all; what the slow client gets
        // when it reads again is its 16 KB window and one whole frame, not the backlog.
        let after = try #require(result["bytes_after_reading_again"] as? Int)
        #expect(after < 200_000, "\(result)")
        #expect(result["whole_frame_after"] as? Bool == true, "\(result)")
        #expect(server.log("redraw").count == 1, "\(server.process.stderr)")
        // Meanwhile the other viewer got the live line on time.
        let bystander = try #require(result["bystander_ms"] as? Double, "\(result)")
        #expect(bystander < 2_000)
    }

    @Test func aClientThatOffersOtherKeysFirstStillGetsInAndItsRefusedKeysCountOnce() async throws {
        let server = try await ServerUnderTest()
        var keys: [String] = []
        for number in 0..<6 {
            let path = server.folder + "/spare\(number)"
            try ServerUnderTest.keygen(["-q", "-t", "ed25519", "-N", "", "-f", path])
            keys += ["-i", path]
        }
        // Six refused keys, then the right one: logged in, as the line only a logged-in
        // client gets shows (a command is answered with why it is not run).
        let command = server.sshCommand(key: keys[1], extra: Array(keys.dropFirst(2)) + ["-i", server.clientKey]) + ["true"]
        let run = try BuiltBinary.run(Array(command.dropFirst()), environment: server.environment, timeout: .seconds(20),
                                      executable: "/usr/bin/ssh")
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.contains("this server shows the dashboard only"), "\(run.stderr)")
        #expect(server.log("auth").filter { $0.contains("result=refused") }.count == 6)
        // Ten such clients that never get in are what turns an address away; these got in.
        for _ in 0..<3 {
            let again = try BuiltBinary.run(Array(command.dropFirst()), environment: server.environment, timeout: .seconds(20),
                                            executable: "/usr/bin/ssh")
            #expect(again.stderr.contains("this server shows the dashboard only"), "\(again.stderr)")
        }
        #expect(!server.process.stderr.contains("too many failures"))
    }

    @Test func openAccessLetsAnyKeyInKeepsNothingAndAFullServerSaysSo() async throws {
        let server = try await ServerUnderTest(arguments: ["--open", "--max-sessions", "1"], authorized: false)
        try await Tmux.with { tmux in
            try tmux.start(command: server.sshCommand(key: server.otherKey), width: 100, height: 30)
            try await tmux.waitFor(text: "served: story-2025-04.json", timeout: .seconds(10))
            // A second viewer finds the one session taken.
            let second = try BuiltBinary.run(Array(server.sshCommand(extra: ["-tt"]).dropFirst()), environment: server.environment,
                                             timeout: .seconds(15), executable: "/usr/bin/ssh")
            #expect(second.status != 0 && second.status != nil)
            #expect(second.stderr.contains("frontier: all 1 sessions are in use; try again later."), "\(second.stderr)")
            #expect(try await waitFor { server.log("refused").contains { $0.contains("reason=full") } })
            try tmux.send(keys: "q")
            #expect(try await tmux.waitForExit(timeout: .seconds(10)) == 0)
        }
        #expect(server.log("auth").contains { $0.contains("access=open") })
        #expect(!FileManager.default.fileExists(atPath: server.folder + "/state/frontier/serve"), "open access keeps no state")
    }

    @Test func aSessionWithoutAKeyForTheIdleTimeoutIsClosedAndKeysKeepItOpen() async throws {
        let server = try await ServerUnderTest(arguments: ["--idle-timeout", "1.5"])
        try await Tmux.with { tmux in
            try tmux.start(command: server.sshCommand(), width: 100, height: 30)
            try await tmux.waitFor(text: "served: story-2025-04.json", timeout: .seconds(10))
            // A key every half second keeps it open past the timeout.
            for _ in 0..<5 {
                try await Task.sleep(for: .milliseconds(500))
                try tmux.send(keys: "j")
            }
            #expect(server.log("closed").isEmpty)
            let status = try await tmux.waitForExit(timeout: .seconds(10))
            #expect(status != nil && status != 0)
        }
        #expect(server.log("closed").contains { $0.contains("reason=idle") })
        #expect(try await waitFor { server.log("session").contains { $0.contains("result=ended") } })
    }

    @Test func oneViewerHoldsAtMostItsShare() async throws {
        let server = try await ServerUnderTest(arguments: ["--max-per-viewer", "1"])
        try await Tmux.with { tmux in
            try tmux.start(command: server.sshCommand(), width: 100, height: 30)
            try await tmux.waitFor(text: "served: story-2025-04.json", timeout: .seconds(10))
            // A second connection from the same address is closed before it can log in.
            let second = try BuiltBinary.run(Array(server.sshCommand(extra: ["-tt"]).dropFirst()), environment: server.environment,
                                             timeout: .seconds(15), executable: "/usr/bin/ssh")
            #expect(second.status == 255)
            #expect(try await waitFor { server.log("closed").contains { $0.contains("reason=\"too many connections from this address\"") } })
            // The first goes on.
            try tmux.send(keys: "q")
            #expect(try await tmux.waitForExit(timeout: .seconds(10)) == 0)
        }
    }

    @Test func aServerWithoutAccessOrUsableKeysDoesNotStart() throws {
        let folder = try BuiltBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let environment = BuiltBinary.isolatedEnvironment(folder)
        let none = try BuiltBinary.run(["serve", "--ssh", "127.0.0.1:0"], environment: environment, timeout: .seconds(10))
        #expect(none.status == 64)
        #expect(none.stderr.contains("give --authorized-keys FILE, or --open"))
        try "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ nobody\n".write(toFile: folder + "/keys", atomically: true, encoding: .utf8)
        let rsa = try BuiltBinary.run(["serve", "--ssh", "127.0.0.1:0", "--authorized-keys", folder + "/keys"],
                                      environment: environment, timeout: .seconds(10))
        #expect(rsa.status == 65)
        #expect(rsa.stderr.contains("\(folder)/keys:1: key type ssh-rsa is not supported"))
        #expect(rsa.stderr.contains("no key this server can use"))
        let address = try BuiltBinary.run(["serve", "--ssh", "localhost:http", "--open"], environment: environment, timeout: .seconds(10))
        #expect(address.status == 64)
        #expect(address.stderr.contains("--ssh takes PORT or ADDRESS:PORT"))
    }

    private func waitFor(timeout: Duration = .seconds(10), _ condition: () -> Bool) async throws -> Bool {
        try await Tmux.poll(timeout: timeout) { condition() }
    }
}
