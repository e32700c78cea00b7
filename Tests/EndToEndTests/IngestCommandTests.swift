import Foundation
import FrontierCore
import FrontierLive
import Testing

/// `frontier ingest`, run as a service runs it: a config of local HTTP and file sources, one
/// logfmt line per fetch on stderr, validators kept across restarts, and a clean stop on SIGTERM.
@Suite struct IngestCommandTests {
    /// A directory with `models.json` (an OpenRouter list), `data.json` (the embedded dataset
    /// unless `dataset` is false) and `sources.json` listing `sources`.
    static func workspace(sources: [String], dataset: Bool = true) throws -> String {
        let directory = try ImportCommandTests.workspace()
        if !dataset { try FileManager.default.removeItem(atPath: directory + "/data.json") }
        try Data(ImportCommandTests.openRouterBody().utf8).write(to: URL(fileURLWithPath: directory + "/models.json"))
        let config = "{\n  \"dataset\": \"data.json\",\n  \"sources\": [\n    " + sources.joined(separator: ",\n    ") + "\n  ]\n}\n"
        try Data(config.utf8).write(to: URL(fileURLWithPath: directory + "/sources.json"))
        return directory
    }

    static func environment(_ directory: String) -> [String: String] {
        ["XDG_CACHE_HOME": directory + "/cache"]
    }

    /// The log lines about fetches (not the start and stop lines).
    static func fetchLines(_ stderr: String) -> [String] {
        stderr.split(separator: "\n").map(String.init).filter { $0.contains(" source=") }
    }

    /// Polls the running command's stderr until `count` fetch lines have arrived.
    static func waitForFetches(_ count: Int, of binary: RunningBinary, timeout: Duration = .seconds(20)) throws -> [String] {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            let lines = fetchLines(binary.stderr)
            if lines.count >= count { return lines }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw RunningBinary.Timeout(what: "\(count) fetch lines", stdout: binary.stdout, stderr: binary.stderr)
    }

    @Test func configErrorsExit78WithEveryProblemsLineColumnAndPath() throws {
        let directory = try Self.workspace(sources: [
            #"{ "kind": "openrouter", "url": "https://openrouter.ai/api/v1/models", "interval": 3600 }"#,
            #"{ "name": "News", "kind": "rss", "url": "https://example.org/feed.xml", "interval": 900 }"#,
            #"{ "kind": "epoch", "path": "/srv/epoch.csv", "interval": "daily" }"#,
        ])
        let output = try BuiltBinary.run(["ingest", "--config", "sources.json"], in: directory)
        #expect(output.status == 78)
        #expect(output.stderr == """
        frontier: 1 problem in sources.json
        sources.json:6:62: sources[2].interval: expected a number, got string "daily"

        """)
        let missing = try BuiltBinary.run(["ingest", "--config", "nowhere.json"], in: directory)
        #expect(missing.status == 78)
        #expect(missing.stderr.contains("nowhere.json:0:0: cannot read the config: No such file or directory"))
    }

    @Test func aTinyIntervalIsAConfigErrorNotABusyLoop() throws {
        let directory = try Self.workspace(sources: [
            #"{ "kind": "openrouter", "url": "http://127.0.0.1:9/models", "interval": 0.000001 }"#,
        ])
        let output = try BuiltBinary.run(["ingest", "--config", "sources.json"], in: directory)
        #expect(output.status == 78)
        #expect(output.stderr.contains("sources[0].interval: interval must be at least 10 seconds, got 1e-06"), "\(output.stderr)")
        let lowered = try BuiltBinary.run(["ingest", "--config", "sources.json", "--minimum-interval", "0.01"], in: directory)
        #expect(lowered.status == 64, "\(lowered.stderr)")
        #expect(lowered.stderr.contains("--minimum-interval must be at least 0.1 seconds"))
    }

    @Test func onceReadsEverySourceAndARestartSendsTheRememberedValidators() throws {
        let directory = try Self.workspace(sources: [], dataset: true)
        let server = try FixtureHTTPServer(routes: [
            "/models": .init(file: directory + "/models.json", etag: "\"v1\"", lastModified: "Sun, 29 Nov 2026 02:00:00 GMT"),
        ])
        defer { server.stop() }
        try Data("""
        {"dataset": "data.json", "sources": [
          {"kind": "openrouter", "url": "\(server.url("/models"))", "interval": 3600},
          {"name": "Feed copy", "kind": "rss", "path": "\(ImportCommandTests.fixtures)/feeds/rss1.xml"}
        ]}
        """.utf8).write(to: URL(fileURLWithPath: directory + "/sources.json"))
        let arguments = ["ingest", "--config", "sources.json", "--once", "--retrieved", "2026-11-29"]

        let first = try BuiltBinary.run(arguments, in: directory, environment: Self.environment(directory))
        #expect(first.status == 0, "\(first.stderr)")
        let lines = Self.fetchLines(first.stderr)
        #expect(lines.count == 2)
        #expect(lines.first?.contains(#"level=info source="OpenRouter" kind=openrouter url=\#(server.url("/models")) status=200 bytes="#) == true,
                "\(lines)")
        #expect(lines.first?.contains("added=1 updated=0 unchanged=0 skipped=0 ambiguous=0") == true, "\(lines)")
        #expect(lines.last?.contains(#"source="Feed copy" kind=rss path=\#(ImportCommandTests.fixtures)/feeds/rss1.xml status=read"#) == true,
                "\(lines)")
        #expect(!first.stderr.contains("next="), "--once schedules nothing")
        #expect(DatasetLoader.load(paths: [directory + "/data.json"]).isValid)
        #expect(server.requests().first?.headers["if-none-match"] == nil)

        let written = ImportCommandTests.bytes(directory + "/data.json")
        let second = try BuiltBinary.run(arguments, in: directory, environment: Self.environment(directory))
        #expect(second.status == 0)
        let again = Self.fetchLines(second.stderr)
        #expect(again.first?.hasSuffix("status=304") == true, "\(again)")
        #expect(again.last?.hasSuffix("status=unchanged") == true, "\(again)")
        #expect(server.requests().last?.headers["if-none-match"] == "\"v1\"")
        #expect(server.requests().last?.headers["if-modified-since"] == "Sun, 29 Nov 2026 02:00:00 GMT")
        #expect(ImportCommandTests.bytes(directory + "/data.json") == written)

        // Without the cache directory nothing is remembered, and a deleted dataset forgets too.
        let fresh = try BuiltBinary.run(arguments, in: directory, environment: ["XDG_CACHE_HOME": directory + "/other-cache"])
        #expect(Self.fetchLines(fresh.stderr).first?.contains("status=200") == true)
        try FileManager.default.removeItem(atPath: directory + "/data.json")
        let rebuilt = try BuiltBinary.run(arguments, in: directory, environment: Self.environment(directory))
        #expect(Self.fetchLines(rebuilt.stderr).first?.contains("status=200") == true, "\(rebuilt.stderr)")
        #expect(Self.fetchLines(rebuilt.stderr).last?.contains("status=read") == true, "\(rebuilt.stderr)")
        #expect(DatasetLoader.load(paths: [directory + "/data.json"]).isValid)
    }

    @Test(arguments: [SIGTERM, SIGINT])
    func aRunningIngestGets304sAndStopsCleanlyOnASignal(signal: Int32) throws {
        let directory = try Self.workspace(sources: [])
        let server = try FixtureHTTPServer(routes: ["/models": .init(file: directory + "/models.json", etag: "\"v1\"")])
        defer { server.stop() }
        try Data("""
        {"dataset": "data.json", "sources": [{"kind": "openrouter", "url": "\(server.url("/models"))", "interval": 0.3}]}
        """.utf8).write(to: URL(fileURLWithPath: directory + "/sources.json"))
        let ingest = try RunningBinary(["ingest", "--config", "sources.json", "--minimum-interval", "0.1"], environment: Self.environment(directory), in: directory)
        let lines = try Self.waitForFetches(3, of: ingest)
        #expect(lines[0].contains("status=200"), "\(lines)")
        #expect(lines[0].hasSuffix("next=0.3s"))
        #expect(lines[1].contains("status=304") && lines[1].hasSuffix("next=0.3s"), "\(lines)")
        #expect(server.requests()[1].headers["if-none-match"] == "\"v1\"")
        ingest.signal(signal)
        #expect(ingest.waitForExit(timeout: .seconds(10)) == 0)
        let all = ingest.stderr.split(separator: "\n")
        #expect(all.first?.contains(#"msg="starting" dataset=\#(directory)/data.json sources=1"#) == true, "\(all)")
        #expect(all.last?.hasSuffix(#"level=info msg="stopping""#) == true, "\(all)")
        #expect(DatasetLoader.load(paths: [directory + "/data.json"]).isValid)
    }

    @Test func retryAfterIsLoggedAndWaitedOut() throws {
        let directory = try Self.workspace(sources: [])
        let server = try FixtureHTTPServer(routes: ["/models": .init(status: 429, retryAfter: "2")])
        defer { server.stop() }
        try Data("""
        {"dataset": "data.json", "sources": [{"kind": "openrouter", "url": "\(server.url("/models"))", "interval": 0.2}]}
        """.utf8).write(to: URL(fileURLWithPath: directory + "/sources.json"))
        let ingest = try RunningBinary(["ingest", "--config", "sources.json", "--minimum-interval", "0.1"], environment: Self.environment(directory), in: directory)
        let line = try Self.waitForFetches(1, of: ingest)[0]
        #expect(line.contains(#"level=warn source="OpenRouter" kind=openrouter url=\#(server.url("/models")) status=429 retry_after=2s error="HTTP 429 Too Many Requests" next=2s"#),
                "\(line)")
        Thread.sleep(forTimeInterval: 1.2)
        #expect(server.requests().count == 1, "nothing is asked before the server's wait is over, whatever the interval")
        let lines = try Self.waitForFetches(2, of: ingest, timeout: .seconds(5))
        #expect(lines[1].contains("status=429"))
        ingest.signal(SIGTERM)
        #expect(ingest.waitForExit() == 0)
    }

    @Test func aFailingSourceBacksOffLongerEachTimeUpToItsInterval() throws {
        let directory = try Self.workspace(sources: [])
        let server = try FixtureHTTPServer(routes: ["/models": .init(status: 500)])
        defer { server.stop() }
        try Data("""
        {"dataset": "data.json", "sources": [{"name": "Flaky", "kind": "openrouter", "url": "\(server.url("/models"))", "interval": 1.6}]}
        """.utf8).write(to: URL(fileURLWithPath: directory + "/sources.json"))
        let before = ImportCommandTests.bytes(directory + "/data.json")
        let ingest = try RunningBinary(["ingest", "--config", "sources.json", "--minimum-interval", "0.1"], environment: Self.environment(directory), in: directory)
        let lines = try Self.waitForFetches(4, of: ingest)
        ingest.signal(SIGTERM)
        #expect(ingest.waitForExit() == 0)
        #expect(lines.allSatisfy { $0.contains(#"level=warn source="Flaky""#) && $0.contains(#"status=500 error="HTTP 500 Internal Server Error""#) },
                "\(lines)")
        #expect(lines.map { $0.split(separator: " ").last.map(String.init) ?? "" } == ["next=0.4s", "next=0.8s", "next=1.6s", "next=1.6s"])
        #expect(ImportCommandTests.bytes(directory + "/data.json") == before)
    }

    @Test func aSlowOrTruncatedAnswerChangesNothingAndExitsAsImportWould() throws {
        let directory = try Self.workspace(sources: [])
        let server = try FixtureHTTPServer(routes: [
            "/slow": .init(file: directory + "/models.json", delay: 3),
            "/truncated": .init(file: directory + "/models.json", truncate: true),
        ])
        defer { server.stop() }
        try Data("""
        {"dataset": "data.json", "sources": [
          {"name": "Slow", "kind": "openrouter", "url": "\(server.url("/slow"))"},
          {"name": "Cut", "kind": "openrouter", "url": "\(server.url("/truncated"))"}
        ]}
        """.utf8).write(to: URL(fileURLWithPath: directory + "/sources.json"))
        let before = ImportCommandTests.bytes(directory + "/data.json")
        let output = try BuiltBinary.run(["ingest", "--config", "sources.json", "--once", "--timeout", "1"], in: directory,
                                         environment: Self.environment(directory))
        #expect(output.status == 69)
        let lines = Self.fetchLines(output.stderr)
        #expect(lines.count == 2)
        #expect(lines.first?.hasSuffix(#"error="no answer within 1 s""#) == true, "\(lines)")
        #expect(lines.last?.contains(#"level=warn source="Cut""#) == true, "\(lines)")
        #expect(lines.last?.contains("connection closed after") == true, "\(lines)")
        #expect(ImportCommandTests.bytes(directory + "/data.json") == before)
        #expect(!FileManager.default.fileExists(atPath: directory + "/data.json.bak"))
    }

    @Test func aLocalFileIsReadAgainOnlyWhenItChanges() throws {
        let directory = try Self.workspace(sources: [
            #"{ "name": "Local list", "kind": "openrouter", "path": "models.json", "interval": 0.3 }"#,
        ])
        let ingest = try RunningBinary(["ingest", "--config", "sources.json", "--minimum-interval", "0.1", "--retrieved", "2026-11-29"],
                                       environment: Self.environment(directory), in: directory)
        let first = try Self.waitForFetches(2, of: ingest)
        #expect(first[0].contains(#"source="Local list" kind=openrouter path=\#(directory)/models.json status=read bytes="#), "\(first)")
        #expect(first[0].contains("added=1"), "\(first)")
        #expect(first[1].contains("status=unchanged next=0.3s"), "\(first)")
        // Replaced whole, as a download tool saves: a half-written file is a different test.
        try Data(ImportCommandTests.openRouterBody(input: "0.00000029").utf8)
            .write(to: URL(fileURLWithPath: directory + "/models.json"), options: .atomic)
        let deadline = ContinuousClock.now + .seconds(10)
        var reread: String?
        while reread == nil, ContinuousClock.now < deadline {
            reread = Self.fetchLines(ingest.stderr).dropFirst(2).first { $0.contains("status=read") }
            Thread.sleep(forTimeInterval: 0.05)
        }
        ingest.signal(SIGTERM)
        #expect(ingest.waitForExit() == 0)
        #expect(reread?.contains("updated=1") == true, "\(ingest.stderr)")
        let dataset = DatasetLoader.load(paths: [directory + "/data.json"]).dataset
        #expect(dataset.prices.contains { $0.model == "deepseek-v3" && $0.input == 0.29 && $0.provenance?.source == "Local list" })
    }
}
