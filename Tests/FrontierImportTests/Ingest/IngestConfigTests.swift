import Foundation
@testable import FrontierCore
@testable import FrontierImport
import TestSupport
import Testing

@Suite struct IngestConfigTests {
    func parse(_ text: String) throws(IngestConfigError) -> IngestConfig {
        try IngestConfig.parse(Array(text.utf8), file: "sources.json", directory: "/srv/frontier")
    }

    func problems(_ text: String) -> [String] {
        do {
            _ = try parse(text)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func readsEveryKindOfSourceAndResolvesPathsAgainstTheConfigsDirectory() throws {
        let config = try parse("""
        {
          "dataset": "data/frontier.json",
          "sources": [
            { "name": "OpenRouter", "kind": "openrouter", "url": "https://openrouter.ai/api/v1/models", "interval": 3600 },
            { "kind": "rss", "url": "https://example.org/feed.xml", "interval": 10.5 },
            { "kind": "epoch", "path": "../epoch.csv" },
            { "kind": "litellm", "path": "/abs/prices.json", "interval": 60, "comment": "a copy" }
          ]
        }
        """)
        #expect(config.dataset == "/srv/frontier/data/frontier.json")
        #expect(config.sources == [
            IngestSource(name: "OpenRouter", kind: .openrouter, location: .url(URL(string: "https://openrouter.ai/api/v1/models")!),
                         interval: .seconds(3600)),
            IngestSource(name: nil, kind: .rss, location: .url(URL(string: "https://example.org/feed.xml")!),
                         interval: .milliseconds(10_500)),
            IngestSource(name: nil, kind: .epoch, location: .path("/srv/epoch.csv"), interval: IngestConfig.defaultInterval),
            IngestSource(name: nil, kind: .litellm, location: .path("/abs/prices.json"), interval: .seconds(60)),
        ])
        #expect(config.sources.map(\.label) == ["OpenRouter", "https://example.org/feed.xml", "Epoch AI", "LiteLLM"])
    }

    @Test func everyProblemIsReportedWithItsLineColumnAndPathInFileOrder() {
        #expect(problems("""
        {
          "dataset": 3,
          "source": [],
          "sources": [
            { "kind": "openrouter", "url": "https://openrouter.ai/api/v1/models", "interval": 3600 },
            { "kind": "rss", "url": "ftp://example.org/feed", "interval": -1 },
            { "name": "x", "kind": "epok", "url": "http://a.example", "path": "b.csv", "intervall": 3 },
            { "kind": "openrouter", "path": "copy.json", "interval": "1h" },
            { "name": "y", "kind": "epoch" },
            7
          ]
        }
        """) == [
            "sources.json:2:14: dataset: expected a string, got number 3",
            "sources.json:3:3: source: unknown key \"source\"; expected one of \"dataset\", \"sources\", \"comment\"",
            "sources.json:6:29: sources[1].url: expected an http or https URL, got \"ftp://example.org/feed\"",
            "sources.json:6:67: sources[1].interval: interval must be positive, got -1",
            "sources.json:7:28: sources[2].kind: expected one of \"rss\", \"atom\", \"openrouter\", \"modelsdev\", \"litellm\", \"epoch\", got \"epok\"",
            "sources.json:7:71: sources[2].path: give either \"url\" or \"path\", not both",
            "sources.json:7:80: sources[2].intervall: unknown key \"intervall\"; expected one of \"name\", \"kind\", \"url\", \"path\", \"interval\", \"comment\"",
            "sources.json:8:62: sources[3].interval: expected a number, got string \"1h\"",
            "sources.json:9:5: sources[4]: missing required field \"url\" or \"path\"",
            "sources.json:10:5: sources[5]: expected an object, got number 7",
        ])
    }

    @Test func twoSourcesWithOneNameAreRefusedSoTheLogCanTellThemApart() {
        #expect(problems("""
        {"dataset": "d.json", "sources": [
          {"kind": "openrouter", "url": "https://openrouter.ai/api/v1/models"},
          {"kind": "openrouter", "url": "https://example.org/models"}
        ]}
        """) == [
            "sources.json:3:33: sources[1].url: \"OpenRouter\" also names sources[0]; give each source its own \"name\" so the log tells them apart",
        ])
    }

    @Test func syntaxErrorsMissingFieldsAndEmptyFilesAreNamed() {
        let syntax = problems("{\"dataset\": \"d.json\",\n \"sources\": [}")
        #expect(syntax.count == 1)
        #expect(syntax.first?.hasPrefix("sources.json:2:14: ") == true, "\(syntax)")
        #expect(problems("{}") == [
            "sources.json:1:1: missing required field \"dataset\"",
            "sources.json:1:1: missing required field \"sources\"",
        ])
        #expect(problems("{\"dataset\": \"d.json\", \"sources\": []}") == ["sources.json:1:34: sources: list at least one source"])
        #expect(problems(" \n") == ["sources.json:0:0: file is empty"])
        #expect(problems("{\"dataset\": \"a\", \"dataset\": \"b\", \"sources\": [{\"kind\": \"epoch\", \"path\": \"e.csv\"}]}")
            == ["sources.json:1:18: dataset: duplicate key \"dataset\" (first defined at sources.json:1:2)"])
    }

    @Test func anIntervalBeyondAYearIsRefused() {
        #expect(problems("{\"dataset\": \"d\", \"sources\": [{\"kind\": \"epoch\", \"path\": \"e\", \"interval\": 1e12}]}")
            == ["sources.json:1:73: sources[0].interval: interval must be at most 31622400 seconds (a year), got 1000000000000"])
    }

    @Test func theDocumentedExampleIsValid() throws {
        let path = Repository.root.appendingPathComponent("docs/sources.example.json").path
        let config = try IngestConfig.load(path: path)
        #expect(Set(config.sources.map(\.kind)) == Set(ImportKind.allCases))
        #expect(config.dataset.hasSuffix("/docs/data/frontier.json"))
        for source in config.sources {
            guard case let .url(url) = source.location else { Issue.record("\(source.label) is not a URL"); continue }
            #expect(url.scheme == "https")
        }
    }

    @Test func anUnreadableConfigSaysWhy() {
        #expect(throws: IngestConfigError(diagnostics: [
            Diagnostic(file: "/nonexistent/sources.json", line: 0, column: 0, path: "",
                       message: "cannot read the config: No such file or directory"),
        ])) {
            try IngestConfig.load(path: "/nonexistent/sources.json")
        }
    }

    @Test func anIntervalShorterThanTenSecondsIsRefusedSoTheServiceCannotBusyLoop() {
        #expect(problems("""
        {"dataset": "d.json", "sources": [
          {"kind": "openrouter", "url": "https://openrouter.ai/api/v1/models", "interval": 0.000001},
          {"kind": "rss", "url": "https://example.org/feed.xml", "interval": 9.99}
        ]}
        """) == [
            "sources.json:2:84: sources[0].interval: interval must be at least 10 seconds, got 1e-06",
            "sources.json:3:70: sources[1].interval: interval must be at least 10 seconds, got 9.99",
        ])
    }
}
