import Foundation
import FrontierCore
import FrontierResources
import Testing

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
            try server.serve(EmbeddedResources.defaultDatasetJSON, as: "data.json")
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

    @Test("Errors back off exponentially and keep the last good data; the source recovers when the server does")
    func backsOffOnErrors() async throws {
        let setup = try Setup()
        let watch = try RunningBinary(["watch", "--data", setup.server.url("data.json"), "--refresh", "4"],
                                      environment: setup.environment)
        try await Task.sleep(for: .seconds(1))
        try setup.server.answer("data.json", with: 500)
        try await watch.waitForError(containing: "HTTP 500 Internal Server Error", timeout: .seconds(10))
        try await Task.sleep(for: .seconds(5))
        let failures = setup.server.requests(for: "data.json").filter { $0.status == 500 }
        #expect(failures.count >= 3, "\(failures)")
        let gaps = zip(failures.dropFirst(), failures).map { $0.time - $1.time }
        // 0.5 s, then 1 s, then 2 s, each shortened by up to a fifth for jitter.
        #expect(gaps.count >= 2 && gaps[1] > gaps[0] * 1.3, "gaps between retries: \(gaps)")
        #expect(gaps.allSatisfy { $0 >= 0.39 }, "gaps between retries: \(gaps)")

        try setup.server.answer("data.json", with: nil)
        try setup.server.serve(try LiveDataTerminalTests.datasetWithHeadline("Back after the outage"), as: "data.json")
        let lines = try await watch.waitForLines(1, timeout: .seconds(10))
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
        try await Task.sleep(for: .seconds(3))
        let throttled = setup.server.requests(for: "data.json").filter { $0.status == 429 }
        #expect(throttled.count >= 2, "\(throttled)")
        let gaps = zip(throttled.dropFirst(), throttled).map { $0.time - $1.time }
        #expect(gaps.allSatisfy { $0 >= 1.95 }, "gaps after Retry-After: 2 were \(gaps)")
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
