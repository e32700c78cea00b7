import Foundation
import FrontierCore
import FrontierResources
import Testing
import TestSupport

/// `frontier update`, run as a user runs it, against a local server that serves copies of
/// `shared/corpus` at the built-in sources' own paths (`--mirror`), and against no server at all.
@Suite struct UpdateCommandTests {
    /// A temporary tree laid out as the built-in sources' URL paths, each a link to the corpus
    /// copy of that source, served by a local server.
    struct Mirror {
        let server: StaticHTTPServer
        let root: String
        var origin: String { "http://127.0.0.1:\(server.port)" }

        init() throws {
            root = try BuiltBinary.temporaryDirectory()
            for (path, relative) in try UpdateCommandTests.corpusCopies() {
                let link = root + path
                try FileManager.default.createDirectory(atPath: (link as NSString).deletingLastPathComponent,
                                                        withIntermediateDirectories: true)
                try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: CorpusFiles.directory.appendingPathComponent(relative).path)
            }
            server = try StaticHTTPServer(root: root)
        }
    }

    /// The URL path of every built-in source and the corpus file that stands for it. Fails when
    /// a built-in source has no copy in the corpus, so the list cannot grow untested.
    static func corpusCopies() throws -> [(path: String, relative: String)] {
        let listings = [
            "/api/v1/models": "listings/openrouter-models-2026.json",
            "/api.json": "listings/modelsdev-api-2026.json",
            "/BerriAI/litellm/main/model_prices_and_context_window.json": "listings/litellm-prices-2026-08.json",
            "/data/notable_ai_models.csv": "listings/epoch-notable-models-2025-04.csv",
        ]
        let feeds = "/Olshansk/rss-feeds/main/feeds/"
        return try builtInURLs().map { url in
            let path = url.path
            if let listing = listings[path] { return (path, listing) }
            if path.hasPrefix(feeds) { return (path, "feeds/labs/" + path.dropFirst(feeds.count)) }
            throw NoCorpusCopy(url: url)
        }
    }

    struct NoCorpusCopy: Error, CustomStringConvertible {
        var url: URL
        var description: String { "no corpus copy stands for the built-in source \(url)" }
    }

    static func builtInURLs() throws -> [URL] {
        let config = try #require(try JSONSerialization.jsonObject(with: Data(EmbeddedResources.updateSourcesJSON.utf8)) as? [String: Any])
        let sources = try #require(config["sources"] as? [[String: Any]])
        return try sources.map { source in
            let text = try #require(source["url"] as? String)
            return try #require(URL(string: text))
        }
    }

    static func update(_ arguments: [String], environment: [String: String]) throws -> BuiltBinary.TimedOutput {
        let result = try BuiltBinary.run(["update"] + arguments, environment: environment, timeout: .seconds(300))
        #expect(!result.timedOut, "frontier update \(arguments) still ran after 300 s")
        return result
    }

    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init)
    }

    @Test func withNoNetworkItSaysSoInOneLineChangesNothingAndExits69() throws {
        // A port nothing listens on: a server started to find a free one, then stopped.
        let closed = try StaticHTTPServer(root: try BuiltBinary.temporaryDirectory())
        let origin = "http://127.0.0.1:\(closed.port)"
        closed.stop()
        let home = try BuiltBinary.temporaryDirectory()
        let environment = BuiltBinary.isolatedEnvironment(home)
        let result = try Self.update(["--mirror", origin, "--timeout", "5"], environment: environment)
        #expect(result.status == 69)
        #expect(result.stdout.isEmpty, "stdout: \(result.stdout)")
        let errors = Self.lines(result.stderr)
        #expect(errors.count == 1, "stderr: \(result.stderr)")
        #expect(errors.first?.hasPrefix("frontier: no network: none of the \(try Self.builtInURLs().count) sources could be reached") == true)
        #expect(errors.first?.hasSuffix("; nothing changed") == true)
        // (Foundation's URLSession makes a folder of its own in XDG_DATA_HOME, named after the
        // binary's folder; frontier's is not made.)
        #expect(!FileManager.default.fileExists(atPath: environment["XDG_DATA_HOME"]! + "/frontier"), "the data folder was created")
    }

    @Test func fillsTheUserDatasetOnceAndTheDashboardShowsItWithItsAge() throws {
        let mirror = try Mirror()
        defer { mirror.server.stop() }
        let home = try BuiltBinary.temporaryDirectory()
        let environment = BuiltBinary.isolatedEnvironment(home)
        let dataset = environment["XDG_DATA_HOME"]! + "/frontier/dataset.json"
        let sourceCount = try Self.builtInURLs().count

        let first = try Self.update(["--mirror", mirror.origin], environment: environment)
        #expect(first.status == 0, "\(first.stderr)")
        let lines = Self.lines(first.stdout)
        // Piped: a heading, one line per source, the summary; no progress line left in between.
        #expect(lines.count == sourceCount + 2, "\(first.stdout)")
        #expect(lines.first == "updating \(dataset) from \(sourceCount) sources")
        #expect(!first.stdout.contains("fetching"), "a progress line was printed into a pipe")
        for name in ["OpenRouter", "models.dev", "LiteLLM", "Epoch AI", "Anthropic News"] {
            #expect(lines.contains { $0.hasPrefix("  \(name) ") && $0.contains(" KB  +") || $0.hasPrefix("  \(name) ") && $0.contains(" MB  +") },
                    "no line for \(name) with its size and changes:\n\(first.stdout)")
        }
        let summary = try #require(lines.last)
        #expect(summary.hasPrefix("updated: +"), "\(summary)")
        #expect(summary.contains(" models") && summary.contains(" news") && summary.contains(" prices"), "\(summary)")
        #expect(FileManager.default.fileExists(atPath: dataset))
        // The file holds only what the sources brought: none of the embedded story's news.
        let written = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dataset))) as? [String: Any])
        let writtenModels = (written["models"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
        #expect(!writtenModels.isEmpty)
        #expect(!writtenModels.contains("deepseek-v2.5"), "an untouched embedded model was copied into the user's dataset")

        // Again, with the validators the first run kept: every source answers 304.
        let cached = try Self.update(["--mirror", mirror.origin], environment: environment)
        #expect(cached.status == 0, "\(cached.stderr)")
        #expect(Self.lines(cached.stdout).filter { $0.hasSuffix(" not modified") }.count == sourceCount, "\(cached.stdout)")
        #expect(Self.lines(cached.stdout).last == "no changes")

        // Again, every body fetched whole: what it brings is already there.
        let before = try Data(contentsOf: URL(fileURLWithPath: dataset))
        try FileManager.default.removeItem(atPath: environment["XDG_CACHE_HOME"]!)
        let again = try Self.update(["--mirror", mirror.origin], environment: environment)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(Self.lines(again.stdout).filter { $0.hasSuffix("  no changes") }.count == sourceCount, "\(again.stdout)")
        #expect(Self.lines(again.stdout).last == "no changes")
        #expect(try Data(contentsOf: URL(fileURLWithPath: dataset)) == before)

        // Without --data, the dashboard shows the embedded dataset with the user's over it.
        let embedded = DatasetLoader.load([(name: "embedded", bytes: Array(EmbeddedResources.defaultDatasetJSON.utf8))]).dataset
        let snapshot = try BuiltBinary.run(["snapshot", "--width", "120", "--height", "30"], environment: environment)
        #expect(snapshot.status == 0, "\(snapshot.stderr)")
        let header = try #require(Self.lines(snapshot.stdout).first)
        #expect(header.contains("your data · updated "), "header: \(header)")
        let models = try #require(header.split(separator: "│").last?.split(separator: " ").first.flatMap { Int($0) })
        #expect(models > embedded.models.count, "header: \(header)")
        // --data still means exactly the files given.
        let given = try BuiltBinary.run(["snapshot", "--width", "120", "--height", "30", "--data", Fixtures.storyPath],
                                        environment: environment)
        #expect(!given.stdout.contains("your data"))
        #expect(given.stdout.contains("\(Fixtures.story.models.count) models"))
    }

    @Test func aSourceThatFailsIsReportedAndTheOthersStillApply() throws {
        let mirror = try Mirror()
        defer { mirror.server.stop() }
        let feed = try #require(try Self.corpusCopies().first { $0.path.hasSuffix(".xml") })
        try mirror.server.answer(String(feed.path.dropFirst()), with: 503)
        let config = try BuiltBinary.temporaryDirectory() + "/sources.json"
        // Your own list: one listing and one failing feed, into the user's dataset.
        let listing = try #require(try Self.builtInURLs().first { $0.path == "/api/v1/models" })
        try Data("""
        {"sources": [{"name": "Failing feed", "kind": "rss", "url": "https://feeds.example\(feed.path)"},
                     {"kind": "openrouter", "url": "\(listing.absoluteString)"}]}
        """.utf8).write(to: URL(fileURLWithPath: config))
        let environment = BuiltBinary.isolatedEnvironment(try BuiltBinary.temporaryDirectory())
        let dataset = environment["XDG_DATA_HOME"]! + "/frontier/dataset.json"
        // A dry run says what would change and writes nothing.
        let dry = try Self.update(["--config", config, "--mirror", mirror.origin, "--dry-run"], environment: environment)
        #expect(dry.status == 75, "\(dry.stderr)")
        #expect(Self.lines(dry.stdout).first == "checking \(dataset) from 2 sources", "\(dry.stdout)")
        #expect(Self.lines(dry.stdout).last?.hasPrefix("would change: +") == true, "\(dry.stdout)")
        #expect(!FileManager.default.fileExists(atPath: dataset))

        let result = try Self.update(["--config", config, "--mirror", mirror.origin], environment: environment)
        #expect(result.status == 75, "\(result.stdout)\(result.stderr)")
        let lines = Self.lines(result.stdout)
        #expect(lines.contains { $0.hasPrefix("  Failing feed") && $0.hasSuffix("failed: HTTP 503 Service Unavailable") }, "\(result.stdout)")
        #expect(lines.contains { $0.hasPrefix("  OpenRouter") && $0.contains("+") }, "\(result.stdout)")
        #expect(lines.last?.hasSuffix("(1 of 2 sources failed)") == true, "\(result.stdout)")
        #expect(FileManager.default.fileExists(atPath: dataset))
    }

    @Test func importAndCompactTreatTheUserDatasetAsALayerOverTheEmbeddedOne() throws {
        let environment = BuiltBinary.isolatedEnvironment(try BuiltBinary.temporaryDirectory())
        let directory = environment["XDG_DATA_HOME"]! + "/frontier"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let dataset = directory + "/dataset.json"
        for feed in ["rss1.xml", "rss2.xml"] {
            let imported = try BuiltBinary.run(["import", "rss", ImportCommandTests.fixtures + "/feeds/" + feed, "--into", dataset],
                                               environment: environment)
            #expect(imported.status == 0, "\(feed): \(imported.stderr)")
        }
        // The first import wrote the file, the second appended to its journal; alone, the file
        // holds no organization or model of the embedded data.
        let written = DatasetLoader.load([(name: dataset, bytes: Array(try Data(contentsOf: URL(fileURLWithPath: dataset))))]).dataset
        #expect(written.models.isEmpty && written.organizations.isEmpty && !written.news.isEmpty)
        // Its news names the embedded organizations it mentions, so it is valid only over them.
        #expect(written.news.contains { !$0.orgs.isEmpty }, "no news linked to an embedded organization")
        let compacted = try BuiltBinary.run(["compact", dataset], environment: environment)
        #expect(compacted.status == 0, "\(compacted.stderr)")
        #expect(compacted.stdout.hasPrefix("compacted "), "\(compacted.stdout)")
        let snapshot = try BuiltBinary.run(["snapshot", "--width", "120", "--height", "30"], environment: environment)
        #expect(Self.lines(snapshot.stdout).first?.contains("your data · updated ") == true, "\(snapshot.stdout)")
    }

    @Test func ingestWithoutAConfigPollsTheBuiltInSourcesIntoTheUserDataset() throws {
        let closed = try StaticHTTPServer(root: try BuiltBinary.temporaryDirectory())
        let origin = "http://127.0.0.1:\(closed.port)"
        closed.stop()
        let environment = BuiltBinary.isolatedEnvironment(try BuiltBinary.temporaryDirectory())
        let result = try BuiltBinary.run(["ingest", "--once", "--mirror", origin, "--timeout", "5"], environment: environment,
                                         timeout: .seconds(120))
        #expect(result.status == 69, "\(result.stderr)")
        let lines = Self.lines(result.stderr)
        #expect(lines.first?.contains("dataset=\(environment["XDG_DATA_HOME"]!)/frontier/dataset.json") == true, "\(result.stderr)")
        let urls = try Self.builtInURLs()
        for url in urls {
            #expect(lines.contains { $0.contains("url=\(url.absoluteString) via=\(origin)\(url.path)") }, "no line for \(url)")
        }
    }

    @Test func aConfigThatNamesTheUserDatasetAnotherWayStillWritesALayer() throws {
        let mirror = try Mirror()
        defer { mirror.server.stop() }
        let environment = BuiltBinary.isolatedEnvironment(try BuiltBinary.temporaryDirectory())
        let folder = environment["XDG_DATA_HOME"]! + "/frontier"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let listing = try #require(try Self.builtInURLs().first { $0.path == "/api/v1/models" })
        let config = try BuiltBinary.temporaryDirectory() + "/sources.json"
        try Data("""
        {"dataset": "\(environment["XDG_DATA_HOME"]!)//frontier/./dataset.json",
         "sources": [{"kind": "openrouter", "url": "\(listing.absoluteString)"}]}
        """.utf8).write(to: URL(fileURLWithPath: config))
        let result = try Self.update(["--config", config, "--mirror", mirror.origin], environment: environment)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let written = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/dataset.json")))
            as? [String: Any])
        let models = (written["models"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
        #expect(!models.isEmpty && !models.contains("deepseek-v2.5"), "not a layer: \(models.prefix(5))")
        // Prices of models the embedded data holds were matched to them, which the file does not repeat.
        let priced = Set((written["prices"] as? [[String: Any]])?.compactMap { $0["model"] as? String } ?? [])
        #expect(!priced.subtracting(models).isEmpty, "no price was matched to an embedded model")
        let snapshot = try BuiltBinary.run(["snapshot", "--width", "120", "--height", "30"], environment: environment)
        #expect(snapshot.status == 0, "\(snapshot.stderr)")
    }
}
