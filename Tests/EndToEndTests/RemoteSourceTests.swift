import Foundation
import FrontierCore
import FrontierResources
import Testing
import TestSupport

/// `--data` and `--feed` URLs, polled against a real server on 127.0.0.1.
@Suite("Sources over HTTP")
struct RemoteSourceTests {
    /// A served directory, a cache directory, and the server, for one test.
    struct Setup {
        let server: StaticHTTPServer
        let cache: String
        var environment: [String: String] { ["XDG_CACHE_HOME": cache] }

        init() throws {
            let root = try BuiltBinary.temporaryDirectory()
            cache = try BuiltBinary.temporaryDirectory()
            server = try StaticHTTPServer(root: root)
            try server.serve(try Fixtures.storyJSON(), as: "data.json")
        }

        /// Waits until the server has answered `count` requests for `name` with `status`, and
        /// returns them; a generous timeout, since a busy machine only makes them later.
        func waitForRequests(_ count: Int, for name: String, answered status: Int,
                             timeout: Duration = .seconds(30)) async throws -> [StaticHTTPServer.SeenRequest] {
            let deadline = ContinuousClock.now + timeout
            while true {
                let seen = server.requests(for: name).filter { $0.status == status }
                if seen.count >= count { return seen }
                if ContinuousClock.now >= deadline {
                    Issue.record("\(count) requests for \(name) answered \(status) in \(timeout); saw \(seen)")
                    throw CancellationError()
                }
                try await Task.sleep(for: .milliseconds(50))
            }
        }
    }

    @Test("A changed file on the server arrives at the next poll; unchanged polls send the ETag back and cost a 304")
    func pollsWithValidators() async throws {
        let setup = try Setup()
        let watch = try RunningBinary(["watch", "--data", setup.server.url("data.json"), "--refresh", "0.5"],
                                      environment: setup.environment)
        try await Task.sleep(for: .seconds(2))
        #expect(watch.lines.isEmpty, "nothing changed yet: \(watch.stdout)")
        try setup.server.serve(try LiveDataTerminalTests.datasetWithHeadline("Served over HTTP"), as: "data.json")
        let lines = try await watch.waitForLines(1)
        #expect(lines == ["2025-04-30 + news     Served over HTTP (test)"])
        let requests = setup.server.requests(for: "data.json")
        #expect(requests.first?.status == 200 && requests.first?.ifNoneMatch == nil)
        let conditional = requests.dropFirst().filter { $0.status == 304 }
        #expect(conditional.count >= 2, "\(requests)")
        #expect(conditional.allSatisfy { $0.ifNoneMatch != nil })
        watch.signal(SIGTERM)
        #expect(watch.waitForExit() == 143)
    }

    @Test("Errors back off and keep the last good data; the source recovers when the server does")
    func backsOffOnErrors() async throws {
        let setup = try Setup()
        let watch = try RunningBinary(["watch", "--data", setup.server.url("data.json"), "--refresh", "4"],
                                      environment: setup.environment)
        try await Task.sleep(for: .seconds(1))
        try setup.server.answer("data.json", with: 500)
        try await watch.waitForError(containing: "HTTP 500 Internal Server Error", timeout: .seconds(10))
        let failures = try await setup.waitForRequests(3, for: "data.json", answered: 500)
        // How long each wait is, with jitter, is the state machine's unit tests' to check
        // (PollingTests). Here only what a busy machine cannot make false: retries only ever
        // come later than planned, so two retries take at least 0.4 s + 0.8 s, where retrying
        // at the first backoff each time would take 1 s or less.
        #expect(failures[2].time - failures[0].time >= 1.15, "\(failures)")

        try setup.server.answer("data.json", with: nil)
        try setup.server.serve(try LiveDataTerminalTests.datasetWithHeadline("Back after the outage"), as: "data.json")
        let lines = try await watch.waitForLines(1, timeout: .seconds(20))
        #expect(lines.last?.contains("Back after the outage") == true)
        watch.signal(SIGTERM)
        _ = watch.waitForExit()
    }

    @Test("429 with Retry-After waits as long as the server asked, even with a shorter refresh")
    func honoursRetryAfter() async throws {
        let setup = try Setup()
        let watch = try RunningBinary(["watch", "--data", setup.server.url("data.json"), "--refresh", "0.5"],
                                      environment: setup.environment)
        try await Task.sleep(for: .seconds(1))
        try setup.server.answer("data.json", with: 429, retryAfter: "2")
        try await watch.waitForError(containing: "the server asked to wait 2s")
        let throttled = try await setup.waitForRequests(2, for: "data.json", answered: 429)
        // A lower bound only: a slow machine makes the wait longer, never shorter.
        #expect(throttled[1].time - throttled[0].time >= 1.95, "\(throttled)")
        watch.signal(SIGTERM)
        _ = watch.waitForExit()
    }

    @Test("The last good copy is cached: a start without the server shows it and says so; with no copy it exits 69")
    func startsOfflineFromTheCache() throws {
        let setup = try Setup()
        try setup.server.serve(try LiveDataTerminalTests.datasetWithHeadline("Cached headline"), as: "data.json")
        let url = setup.server.url("data.json")
        let online = try BuiltBinary.run(["list", "news", "--data", url, "--query", "cached"], environment: setup.environment)
        #expect(online.status == 0)
        #expect(online.stdout.contains("Cached headline"))
        setup.server.stop()

        let offline = try BuiltBinary.run(["list", "news", "--data", url, "--query", "cached"], environment: setup.environment)
        #expect(offline.status == 0, "\(offline.stderr)")
        #expect(offline.stdout.contains("Cached headline"))
        #expect(offline.stderr.contains("could not connect"), "\(offline.stderr)")
        #expect(offline.stderr.contains("showing the copy cached at"), "\(offline.stderr)")

        let uncached = try BuiltBinary.run(["list", "news", "--data", url], environment: ["XDG_CACHE_HOME": try BuiltBinary.temporaryDirectory()])
        #expect(uncached.status == 69)
        #expect(uncached.stderr.contains("no copy is cached"), "\(uncached.stderr)")
    }

    @Test("A feed URL is fetched whole: lines added on the server arrive, lines already seen are not repeated")
    func pollsAFeedURL() async throws {
        let setup = try Setup()
        let first = WatchCommandTests.news("r1", "First remote line")
        try setup.server.serve(first, as: "news.jsonl")
        let watch = try RunningBinary(["watch", "--feed", setup.server.url("news.jsonl"), "--refresh", "0.5"],
                                      environment: setup.environment)
        try await Task.sleep(for: .seconds(1.5))
        #expect(watch.lines.isEmpty, "what the feed held at start is not new: \(watch.stdout)")
        try setup.server.serve(first + WatchCommandTests.news("r2", "Second remote line"), as: "news.jsonl")
        let lines = try await watch.waitForLines(1)
        #expect(lines == ["2025-05-01 + news     Second remote line (Wire)"])
        watch.signal(SIGTERM)
        _ = watch.waitForExit()
    }
}
