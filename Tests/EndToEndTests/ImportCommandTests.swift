import Foundation
import FrontierCore
import FrontierLive
import FrontierResources
import Testing
import TestSupport

/// `frontier import`, run as a user runs it: each importer's fixture into a copy of the story
/// dataset, files, stdin and URLs, and what it leaves behind when it cannot finish.
@Suite struct ImportCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/import").path

    /// One OpenRouter listing, DeepSeek-V3 at the given prices per token.
    static func openRouterBody(input: String = "0.00000027", output: String = "0.0000011") -> String {
        """
        {"data": [{"id": "deepseek/deepseek-chat", "name": "DeepSeek: DeepSeek V3", "created": 1735084800,
                   "context_length": 163840, "pricing": {"prompt": "\(input)", "completion": "\(output)"}}]}

        """
    }

    /// A fresh directory with `data.json`, a copy of the frozen story dataset (where
    /// `deepseek-chat` is DeepSeek-V3 alone, as the listings these tests import take it).
    static func workspace() throws -> String {
        let directory = try BuiltBinary.temporaryDirectory()
        try Data(try Fixtures.storyJSON().utf8).write(to: URL(fileURLWithPath: directory + "/data.json"))
        return directory
    }

    static func bytes(_ path: String) -> Data? {
        FileManager.default.contents(atPath: path)
    }

    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init)
    }

    /// `kind/id` lines under `heading:` in the text report.
    static func listed(_ heading: String, in stdout: String) -> [String] {
        let lines = lines(stdout)
        guard let start = lines.firstIndex(of: heading + ":") else { return [] }
        return lines[(start + 1)...].prefix { $0.hasPrefix("  ") }.map { String($0.dropFirst(2)) }
    }

    /// The number before or after `word` in an outcome summary (`skipped 4`, `1 ambiguous`).
    static func count(_ word: String, in summary: String) -> Int {
        let parts = summary.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        for part in parts {
            let words = part.split(separator: " ")
            if words.first.map(String.init) == word, let number = words.last.flatMap({ Int($0) }) { return number }
            if words.last.map(String.init) == word, let number = words.first.flatMap({ Int($0) }) { return number }
        }
        return 0
    }

    @Test(arguments: [
        ("openrouter", "listings/openrouter-models.json"),
        ("modelsdev", "listings/modelsdev-api.json"),
        ("litellm", "listings/litellm-prices.json"),
        ("epoch", "listings/epoch-notable-models.csv"),
        ("rss", "feeds/rss2.xml"),
        ("rss", "feeds/rss1.xml"),
        ("atom", "feeds/atom.xml"),
    ])
    func eachKindImportsItsFixtureWithProvenanceAndNamesEveryEntryItLeftOut(kind: String, fixture: String) throws {
        let directory = try Self.workspace()
        let source = Self.fixtures + "/" + fixture
        let before = Self.bytes(directory + "/data.json")
        let output = try BuiltBinary.run(["import", kind, source, "--into", "data.json", "--retrieved", "2026-11-29"], in: directory)
        #expect(output.status == 0, "\(output.stderr)")
        let summary = try #require(Self.lines(output.stdout).first)
        #expect(summary.hasPrefix("added "), "\(summary)")
        let warnings = Self.lines(output.stderr)
        #expect(warnings.count == Self.count("skipped", in: summary) + Self.count("ambiguous", in: summary), "\(output.stderr)")
        for warning in warnings { #expect(warning.hasPrefix(source + ": "), "\(warning)") }

        let loaded = DatasetLoader.load(paths: [directory + "/data.json"])
        #expect(loaded.isValid, "\(loaded.diagnostics)")
        let added = Self.listed("added", in: output.stdout)
        #expect(!added.isEmpty)
        let dataset = loaded.dataset
        let retrieved = DayDate("2026-11-29")
        for reference in added {
            let parts = reference.split(separator: "/", maxSplits: 1).map(String.init)
            let provenance: Provenance??
            switch parts[0] {
            case "news": provenance = dataset.news.first { $0.id == parts[1] }.map(\.provenance)
            case "price": provenance = dataset.prices.first { $0.id == parts[1] }.map(\.provenance)
            case "training": provenance = dataset.training.first { $0.id == parts[1] }.map(\.provenance)
            case "model": provenance = dataset.models.first { $0.id == parts[1] }.map(\.provenance)
            default: continue
            }
            let found = try #require(provenance, "\(reference) is listed as added but is not in the dataset")
            #expect(found?.retrieved == retrieved, "\(reference) has no retrieved day")
        }
        if kind == "rss" || kind == "atom" {
            // News is appended to the journal; the dataset file is left as it was.
            #expect(Self.bytes(directory + "/data.json") == before)
            #expect(Self.bytes(directory + "/data.journal.jsonl") != nil)
            #expect(Self.lines(output.stdout).last?.hasPrefix("wrote ") == true && output.stdout.contains("data.journal.jsonl"))
        } else {
            #expect(Self.bytes(directory + "/data.json.bak") == before, "the previous version is kept")
        }
    }

    @Test func importingTheSameSourceAgainChangesNothingAndWritesNothing() throws {
        let directory = try Self.workspace()
        let source = Self.fixtures + "/feeds/rss2.xml"
        let arguments = ["import", "rss", source, "--into", "data.json", "--retrieved", "2026-11-29"]
        let first = try BuiltBinary.run(arguments, in: directory)
        #expect(first.status == 0)
        let written = Self.bytes(directory + "/data.json")
        let journal = try FileManager.default.attributesOfItem(atPath: directory + "/data.journal.jsonl")
        let entries = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()

        let second = try BuiltBinary.run(arguments, in: directory)
        #expect(second.status == 0)
        let summary = try #require(Self.lines(second.stdout).first)
        #expect(!summary.contains("added") && !summary.contains("updated"), "\(summary)")
        #expect(Self.count("unchanged", in: summary) == Self.listed("added", in: first.stdout).count)
        #expect(!second.stdout.contains("wrote "))
        #expect(Self.bytes(directory + "/data.json") == written)
        let journalAfter = try FileManager.default.attributesOfItem(atPath: directory + "/data.journal.jsonl")
        #expect(journalAfter[.modificationDate] as? Date == journal[.modificationDate] as? Date)
        #expect(journalAfter[.size] as? Int == journal[.size] as? Int)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == entries)
    }

    @Test func aDryRunShowsWhatAnImportWouldDoAndWritesNothing() throws {
        let directory = try Self.workspace()
        let source = Self.fixtures + "/listings/openrouter-models.json"
        let before = Self.bytes(directory + "/data.json")
        let dry = try BuiltBinary.run(["import", "openrouter", source, "--into", "data.json", "--dry-run", "--retrieved", "2026-11-29"],
                                      in: directory)
        #expect(dry.status == 0)
        #expect(Self.lines(dry.stdout).last == "dry run: data.json not written")
        #expect(Self.bytes(directory + "/data.json") == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["data.json"])

        let real = try BuiltBinary.run(["import", "openrouter", source, "--into", "data.json", "--retrieved", "2026-11-29"], in: directory)
        #expect(real.status == 0)
        #expect(Self.lines(dry.stdout).dropLast() == Self.lines(real.stdout).dropLast())
        let wrote = Self.lines(real.stdout).last ?? ""
        #expect(wrote.hasPrefix("wrote ") && wrote.hasSuffix(" to data.json"), "\(wrote)")
        #expect(dry.stderr == real.stderr)
        #expect(Self.bytes(directory + "/data.json") != before)
    }

    @Test func jsonOutputHoldsTheWholeOutcome() throws {
        let directory = try Self.workspace()
        let source = Self.fixtures + "/feeds/atom.xml"
        let output = try BuiltBinary.run(["import", "atom", source, "--into", "data.json", "--format", "json", "--name", "Example",
                                          "--retrieved", "2026-11-29"], in: directory)
        #expect(output.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(object["dataset"] as? String == "data.json")
        #expect(object["location"] as? String == source)
        #expect(object["dryRun"] as? Bool == false)
        let added = try #require(object["added"] as? [[String: String]])
        #expect(!added.isEmpty)
        #expect(added.allSatisfy { $0["kind"] == "news" && $0["id"]?.isEmpty == false })
        let skipped = try #require(object["skipped"] as? [[String: String]])
        #expect(skipped.count == Self.lines(output.stderr).count)
        #expect((object["summary"] as? String)?.hasPrefix("added \(added.count) news") == true)
    }

    @Test func anInvalidDatasetIsLeftAsItIsWithEveryProblemNamed() throws {
        let directory = try BuiltBinary.temporaryDirectory()
        let path = directory + "/broken.json"
        try Data(CommandLineTests.brokenDataset.utf8).write(to: URL(fileURLWithPath: path))
        let output = try BuiltBinary.run(["import", "rss", Self.fixtures + "/feeds/rss2.xml", "--into", "broken.json"], in: directory)
        #expect(output.status == 65)
        #expect(output.stdout.isEmpty)
        #expect(Self.lines(output.stderr) == [
            "frontier: broken.json is not a valid dataset (3 problems); nothing changed",
            "broken.json:5:72: models[0].released: expected a date YYYY-MM-DD, got \"2024-13-01\"",
            "broken.json:6:48: models[1].org: unknown organization \"deepsek\"; did you mean \"deepseek\"?",
            "broken.json:7:30: models[1].parameters.total: parameter count must be positive, got -671000000000",
        ])
        #expect(Self.bytes(path) == Data(CommandLineTests.brokenDataset.utf8))
        #expect(!FileManager.default.fileExists(atPath: path + ".bak"))
    }

    @Test func aSourceThatCannotBeReadExits65AndNamesIt() throws {
        let directory = try Self.workspace()
        let before = Self.bytes(directory + "/data.json")
        let missing = try BuiltBinary.run(["import", "epoch", "missing.csv", "--into", "data.json"], in: directory)
        #expect(missing.status == 65)
        #expect(missing.stderr == "frontier: missing.csv: cannot read: No such file or directory\n")
        try Data("{\"not\": \"a feed\"}".utf8).write(to: URL(fileURLWithPath: directory + "/feed.xml"))
        let notAFeed = try BuiltBinary.run(["import", "rss", "feed.xml", "--into", "data.json"], in: directory)
        #expect(notAFeed.status == 65)
        #expect(notAFeed.stderr.hasPrefix("frontier: feed.xml:1:1: not a readable feed"), "\(notAFeed.stderr)")
        #expect(Self.bytes(directory + "/data.json") == before)
    }

    @Test(arguments: [("modelsdev", "listings/litellm-prices.json"), ("litellm", "listings/modelsdev-api.json")])
    func aFileOfAnotherKindIsRefusedWhole(kind: String, fixture: String) throws {
        let directory = try Self.workspace()
        let before = Self.bytes(directory + "/data.json")
        let result = try BuiltBinary.run(["import", kind, Self.fixtures + "/" + fixture, "--into", "data.json"], in: directory)
        #expect(result.status == 65)
        #expect(result.stderr.contains("no entry could be read as \(kind)"), "\(result.stderr)")
        #expect(result.stderr.contains("is it the right kind?"))
        #expect(Self.bytes(directory + "/data.json") == before)
    }

    @Test func anUnknownKindIsAUsageErrorThatListsTheKinds() throws {
        let output = try BuiltBinary.run(["import", "csv", "x.csv", "--into", "data.json"])
        #expect(output.status == 64)
        for kind in ["rss", "atom", "openrouter", "modelsdev", "litellm", "epoch"] {
            #expect(output.stderr.contains("- \(kind)"), "\(output.stderr)")
        }
        let scheme = try BuiltBinary.run(["import", "rss", "ftp://example.org/feed.xml", "--into", "data.json"])
        #expect(scheme.status == 64)
        #expect(scheme.stderr.contains("only http and https URLs can be fetched, not ftp://"))
    }

    @Test func standardInputIsASource() throws {
        let directory = try Self.workspace()
        let output = try Self.run(["import", "openrouter", "-", "--into", "data.json", "--retrieved", "2026-11-29"],
                                  in: directory, input: Self.openRouterBody(input: "0.0000003"))
        #expect(output.status == 0, "\(output.stderr)")
        #expect(Self.lines(output.stdout).first?.hasPrefix("added 1 price") == true, "\(output.stdout)")
        let dataset = DatasetLoader.load(paths: [directory + "/data.json"]).dataset
        let price = try #require(dataset.prices.first { $0.provenance?.source == "OpenRouter" && $0.model == "deepseek-v3" })
        #expect(price.input == 0.3)
        #expect(price.output == 1.1)
    }

    @Test func aURLIsFetchedAndItsFailuresNameTheURLAndTheStatus() throws {
        let directory = try Self.workspace()
        let body = directory + "/models.json"
        try Data(Self.openRouterBody(input: "0.0000003").utf8).write(to: URL(fileURLWithPath: body))
        let server = try FixtureHTTPServer(routes: [
            "/models": .init(file: body),
            "/error": .init(status: 500),
            "/throttled": .init(status: 429, retryAfter: "120"),
            "/busy": .init(status: 503),
            "/slow": .init(file: body, delay: 3),
            "/truncated": .init(file: body, truncate: true),
        ])
        defer { server.stop() }
        let before = Self.bytes(directory + "/data.json")
        func run(_ path: String, _ extra: [String] = []) throws -> BuiltBinary.Output {
            try BuiltBinary.run(["import", "openrouter", server.url(path), "--into", "data.json", "--retrieved", "2026-11-29"] + extra,
                                in: directory)
        }
        let failures: [(String, Int32, String)] = [
            ("/error", 69, "frontier: could not fetch \(server.url("/error")): HTTP 500 Internal Server Error\n"),
            ("/throttled", 75, "frontier: could not fetch \(server.url("/throttled")): HTTP 429 Too Many Requests; the server asks to wait 120 s before trying again\n"),
            ("/busy", 75, "frontier: could not fetch \(server.url("/busy")): HTTP 503 Service Unavailable; try again later\n"),
            ("/missing", 69, "frontier: could not fetch \(server.url("/missing")): HTTP 404 Not Found\n"),
        ]
        for (path, status, message) in failures {
            let output = try run(path)
            #expect(output.status == status, "\(path)")
            #expect(output.stderr == message)
        }
        let slow = try run("/slow", ["--timeout", "1"])
        #expect(slow.status == 69)
        #expect(slow.stderr == "frontier: could not fetch \(server.url("/slow")): no answer within 1 s\n")
        let truncated = try run("/truncated")
        #expect(truncated.status == 69)
        #expect(truncated.stderr.contains("connection closed after"), "\(truncated.stderr)")
        #expect(Self.bytes(directory + "/data.json") == before, "no failed fetch changes the dataset")

        let fetched = try run("/models")
        #expect(fetched.status == 0, "\(fetched.stderr)")
        let dataset = DatasetLoader.load(paths: [directory + "/data.json"]).dataset
        let price = try #require(dataset.prices.first { $0.provenance?.source == "OpenRouter" && $0.model == "deepseek-v3" })
        #expect(price.provenance?.url == server.url("/models"))
        #expect(server.requests().last?.headers["user-agent"]?.hasPrefix("frontier/") == true)
    }

    @Test func aDatasetLockedByAnotherImportExits75AndIsLeftAlone() throws {
        let directory = try Self.workspace()
        let before = Self.bytes(directory + "/data.json")
        let lock = open(directory + "/data.json.lock", O_RDWR | O_CREAT, 0o644)
        #expect(lock >= 0)
        #expect(flock(lock, LOCK_EX) == 0)
        let output = try BuiltBinary.run(["import", "rss", Self.fixtures + "/feeds/rss1.xml", "--into", "data.json",
                                          "--lock-timeout", "0.3"], in: directory)
        close(lock)
        #expect(output.status == 75)
        #expect(output.stderr.contains("is locked by another import; nothing changed, try again later"), "\(output.stderr)")
        #expect(Self.bytes(directory + "/data.json") == before)
        let after = try BuiltBinary.run(["import", "rss", Self.fixtures + "/feeds/rss1.xml", "--into", "data.json",
                                         "--lock-timeout", "0.3"], in: directory)
        #expect(after.status == 0)
    }

    @Test func aReaderNeverSeesAPartialFileWhileImportsRunInALoop() throws {
        let directory = try Self.workspace()
        let path = directory + "/data.json"
        for (name, input) in [("a.json", "0.00000027"), ("b.json", "0.00000028")] {
            try Data(Self.openRouterBody(input: input).utf8).write(to: URL(fileURLWithPath: directory + "/" + name))
        }
        let reader = DatasetReaderLoop(path: path)
        reader.start()
        var writes = 0
        for round in 0..<12 {
            let output = try BuiltBinary.run(["import", "openrouter", round.isMultiple(of: 2) ? "a.json" : "b.json", "--into", "data.json",
                                              "--retrieved", "2026-11-29"], in: directory)
            #expect(output.status == 0, "\(output.stderr)")
            if Self.lines(output.stdout).first?.contains("added") == true || Self.lines(output.stdout).first?.contains("updated") == true {
                writes += 1
            }
        }
        let result = reader.stop()
        #expect(writes == 12, "every round changes the price, so every round writes")
        #expect(result.reads > 12, "the reader read while the imports ran")
        #expect(result.problems.isEmpty, "\(result.problems.prefix(3))")
    }

    /// Runs `frontier` with `input` on its standard input.
    static func run(_ arguments: [String], in directory: String, input: String) throws -> BuiltBinary.Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BuiltBinary.path)
        process.arguments = arguments
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "XDG_DATA_HOME": BuiltBinary.noUserData, "LANG": "C.UTF-8"]
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        try stdin.fileHandleForWriting.write(contentsOf: Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return BuiltBinary.Output(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                                  stderr: String(decoding: err, as: UTF8.self))
    }
}
