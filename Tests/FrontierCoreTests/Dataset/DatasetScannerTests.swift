@testable import FrontierCore
import Foundation
import Testing
import FrontierResources
import TestSupport

/// Files loaded the fast way (`DatasetScanner`, then the slow way only where it gives up) and
/// the slow way (every file parsed whole into values) must give the same dataset and the same
/// diagnostics, word for word and place for place.
private func bothWays(_ files: [(name: String, bytes: [UInt8])]) -> (fast: DatasetLoadResult, slow: DatasetLoadResult) {
    var slow = DatasetMerger()
    for file in files { slow.merge(DatasetDecoder.decodeParsedFile(name: file.name, bytes: file.bytes)) }
    return (DatasetLoader.load(files), slow.result())
}

private func expectSame(_ files: [(name: String, bytes: [UInt8])], sourceLocation: SourceLocation = #_sourceLocation) {
    let (fast, slow) = bothWays(files)
    #expect(fast.dataset == slow.dataset, sourceLocation: sourceLocation)
    #expect(fast.diagnostics == slow.diagnostics, sourceLocation: sourceLocation)
    #expect(fast.files == slow.files, sourceLocation: sourceLocation)
}

private func file(_ name: String, _ text: String) -> (name: String, bytes: [UInt8]) {
    (name: name, bytes: Array(text.utf8))
}

/// A small dataset with news of every shape the scanner reads itself, and some it leaves to the
/// slow path: escapes, non-ASCII text, nulls, provenance, empty lists, a note, a field it does
/// not know. Pretty-printed, like the files `frontier` writes.
private let richText = #"""
{
  "schema": 1,
  "title": "Rich",
  "description": null,
  "sources": [{"id": "S1", "name": "A report", "url": "https://example.org/r", "status": "secondary"}],
  "organizations": [
    {"id": "deepseek", "name": "DeepSeek"},
    {"id": "openai", "name": "OpenAI", "aliases": ["OAI"]}
  ],
  "benchmarks": [{"id": "gpqa", "name": "GPQA Diamond"}],
  "models": [
    {"id": "v3", "name": "DeepSeek-V3", "org": "deepseek", "released": "2024-12-26",
     "scores": [{"benchmark": "gpqa", "value": 59.1}]}
  ],
  "prices": [{"id": "p1", "model": "v3", "input": 0.27, "output": 1.1, "asOf": "2025-02-08"}],
  "news": [
    {
      "id": "n1",
      "date": "2025-01-27",
      "headline": "Nvidia loses $589 billion in a day",
      "summary": "The largest one-day loss in market value.",
      "source": "CNBC",
      "orgs": [
        "deepseek"
      ],
      "models": [
        "v3"
      ],
      "tags": [
        "market"
      ]
    },
    {
      "id": "n2",
      "date": "2025-01-28",
      "approximate": true,
      "headline": "\u201cPanic mode\u201d at Meta, says a \"report\" \ud83d\ude80",
      "summary": null,
      "source": "The Information",
      "url": "https://example.org/a?b=1&c=\/d",
      "orgs": ["openai", "deepseek"],
      "models": [],
      "tags": null,
      "provenance": {"ref": "S1", "reportedBy": "openai", "status": "secondary", "asOf": "2025-01-28",
                     "retrieved": null, "note": "é — 深度求索"},
      "notes": []
    },
    {"id": "n3", "date": "2025-02-01", "headline": "  Leading spaces and ünïcödé ", "source": "Le Monde",
     "orgs": ["deepseek"], "provenance": {"source": "A feed", "url": "https://example.org/feed"}},
    {"id": "n4", "date": "2025-02-02", "headline": "A note", "source": "CNBC",
     "notes": [{"text": "Kept by the slow path."}]},
    {"id": "n5", "date": "2025-02-03", "headline": "A field the scanner does not read", "source": "CNBC",
     "extra": {"kept": [1, 2, 3]}},
    {"id": "n.6_x-7", "date": "2024-02-29", "headline": "Tab\tand newline\n escaped", "source": "CNBC",
     "orgs": ["deepseek"], "models": ["v3"], "tags": ["market"]}
  ]
}
"""#

@Suite struct DatasetScannerTests {
    @Test func aValidFileIsReadInOnePassToTheSameDatasetAsTheSlowWay() throws {
        let scanned = try #require(DatasetScanner.scan(name: "rich.json", bytes: Array(richText.utf8)))
        #expect(scanned.news.map(\.id) == ["n1", "n2", "n3", "n4", "n5", "n.6_x-7"])
        // Four read straight from bytes; the item with a note and the one with a field the reader
        // does not know went the slow way, with their checks.
        let read = scanned.newsChecks.filter(\.isScanned).count
        #expect(read == 4)
        expectSame([file("rich.json", richText)])
        let loaded = DatasetLoader.load([file("rich.json", richText)])
        #expect(loaded.isValid)
        #expect(loaded.dataset.news[1].headline == "\u{201C}Panic mode\u{201D} at Meta, says a \"report\" 🚀")
        #expect(loaded.dataset.news[1].provenance?.note == "é — 深度求索")
        #expect(loaded.dataset.news[5].headline == "Tab\tand newline\n escaped")
    }

    @Test func repeatedListsAreStoredOnce() throws {
        let text = #"""
        {"schema": 1, "organizations": [{"id": "deepseek", "name": "DeepSeek"}], "news": [
          {"id": "a", "date": "2025-01-01", "headline": "A", "source": "X", "orgs": ["deepseek"], "tags": ["market", "chips"]},
          {"id": "b", "date": "2025-01-02", "headline": "B", "source": "X", "orgs": ["deepseek"], "tags": ["market", "chips"]}
        ]}
        """#
        let loaded = DatasetLoader.load([file("shared.json", text)])
        #expect(loaded.isValid)
        let first = loaded.dataset.news[0], second = loaded.dataset.news[1]
        #expect(first.tags == ["market", "chips"] && second.tags == first.tags)
        for lists in [(first.tags, second.tags), (first.orgs, second.orgs)] {
            lists.0.withUnsafeBufferPointer { a in
                lists.1.withUnsafeBufferPointer { b in #expect(a.baseAddress == b.baseAddress) }
            }
        }
    }

    /// One shared list serves as one item's organizations and another's models and tags: each
    /// use is checked and searched as what it is.
    @Test func aListSharedBetweenFieldsIsCheckedAndSearchedForEachField() throws {
        let text = #"""
        {"schema": 1, "organizations": [{"id": "deepseek", "name": "DeepSeek"}], "news": [
          {"id": "a", "date": "2025-01-01", "headline": "A", "source": "X", "orgs": ["deepseek"]},
          {"id": "b", "date": "2025-01-02", "headline": "B", "source": "X", "models": ["deepseek"]},
          {"id": "c", "date": "2025-01-03", "headline": "C", "source": "X", "tags": ["deepseek"]}
        ]}
        """#
        expectSame([file("shared.json", text)])
        let loaded = DatasetLoader.load([file("shared.json", text)])
        #expect(loaded.diagnostics.map(\.description) == [#"shared.json:3:80: news[1].models[0]: unknown model "deepseek""#])
        let index = SearchIndex(loaded.dataset)
        let ids = loaded.dataset.news.map(\.id)
        let benchmarks = loaded.dataset.benchmarks
        #expect(index.filter(try Query.parse("org:deepseek", benchmarks: benchmarks), pane: .news, ids: ids) == ["a"])
        #expect(index.filter(try Query.parse("tag:deepseek", benchmarks: benchmarks), pane: .news, ids: ids) == ["c"])
        #expect(index.filter(try Query.parse("model:deepseek", benchmarks: benchmarks), pane: .news, ids: ids) == ["b"])
    }

    @Test func theEmbeddedAndFixtureDatasetsReadTheSameBothWays() throws {
        for (name, bytes) in [("embedded", Array(EmbeddedResources.defaultDatasetJSON.utf8)), ("story", try Fixtures.bytes("story-2025-04.json"))] {
            #expect(DatasetScanner.scan(name: name, bytes: bytes) != nil, "\(name) is read by the scanner")
            expectSame([(name, bytes)])
        }
    }

    @Test func aReferenceThatDoesNotResolveIsWordedAtItsPlaceAsTheSlowWayWordsIt() throws {
        let broken = richText.replacingOccurrences(of: #""orgs": ["openai", "deepseek"]"#, with: #""orgs": ["openai", "deepsek"]"#)
            .replacingOccurrences(of: #""reportedBy": "openai""#, with: #""reportedBy": "nobody""#)
        #expect(DatasetScanner.scan(name: "rich.json", bytes: Array(broken.utf8)) != nil)
        expectSame([file("rich.json", broken)])
        let problems = DatasetLoader.load([file("rich.json", broken)]).diagnostics.map(\.description)
        #expect(problems == [
            #"rich.json:41:26: news[1].orgs[1]: unknown organization "deepsek"; did you mean "deepseek"?"#,
            #"rich.json:44:49: news[1].provenance.reportedBy: unknown organization "nobody""#,
        ])
    }

    @Test func aReferenceToALaterFileResolvesAndSettlingKeepsOnlyWhatFails() throws {
        let news = file("news.json", #"""
        {"schema": 1, "news": [
          {"id": "a", "date": "2025-01-01", "headline": "A", "source": "X", "orgs": ["later"]},
          {"id": "b", "date": "2025-01-02", "headline": "B", "source": "X", "orgs": ["missing"]}
        ]}
        """#)
        let orgs = file("orgs.json", #"{"schema": 1, "organizations": [{"id": "later", "name": "Later"}]}"#)
        expectSame([news, orgs])
        var merger = DatasetLoader.merger([news, orgs])
        #expect(merger.result().diagnostics.map(\.description) == [#"news.json:3:78: news[1].orgs[0]: unknown organization "missing""#])
        // A record merged afterwards (a feed line) can still make the failing reference resolve.
        merger.merge(LocatedRecord(record: .organization(Organization(id: "missing", name: "Found")), file: "feed.jsonl",
                                   position: .none, idPosition: .none, checks: []))
        #expect(merger.result().isValid)
    }

    @Test(arguments: [
        ("syntax error in a news item", #"{"id": "x", "date": "2025-01-01" "headline": "H", "source": "S"}"#),
        ("trailing comma", #"{"id": "x", "date": "2025-01-01", "headline": "H", "source": "S",}"#),
        ("duplicate key", #"{"id": "x", "date": "2025-01-01", "headline": "H", "headline": "I", "source": "S"}"#),
        ("blank headline", #"{"id": "x", "date": "2025-01-01", "headline": " \t", "source": "S"}"#),
        ("blank headline by escapes", #"{"id": "x", "date": "2025-01-01", "headline": "\u2003", "source": "S"}"#),
        ("no such day", #"{"id": "x", "date": "2025-02-29", "headline": "H", "source": "S"}"#),
        ("bad id", #"{"id": "x y", "date": "2025-01-01", "headline": "H", "source": "S"}"#),
        ("long id", #"{"id": "\#(String(repeating: "a", count: 101))", "date": "2025-01-01", "headline": "H", "source": "S"}"#),
        ("repeated id", #"{"id": "n1", "date": "2025-01-01", "headline": "H", "source": "S"}"#),
        ("wrong type", #"{"id": "x", "date": "2025-01-01", "headline": "H", "source": "S", "approximate": "yes"}"#),
        ("tag that is not a string", #"{"id": "x", "date": "2025-01-01", "headline": "H", "source": "S", "tags": ["a", 1]}"#),
        ("lone surrogate", #"{"id": "x", "date": "2025-01-01", "headline": "\ud800", "source": "S"}"#),
        ("invalid escape", #"{"id": "x", "date": "2025-01-01", "headline": "\q", "source": "S"}"#),
        ("missing source", #"{"id": "x", "date": "2025-01-01", "headline": "H"}"#),
        ("provenance with neither ref nor source", #"{"id": "x", "date": "2025-01-01", "headline": "H", "source": "S", "provenance": {"url": "u"}}"#),
        ("unknown status", #"{"id": "x", "date": "2025-01-01", "headline": "H", "source": "S", "provenance": {"ref": "S1", "status": "maybe"}}"#),
        ("not an object", #"42"#),
        ("escaped key", #"{"id": "x", "date": "2025-01-01", "head\u006cine": "H", "source": "S"}"#),
    ])
    func aBrokenOrUnusualNewsItemLoadsAsTheSlowWayLoadsIt(_ broken: (String, String)) {
        let text = richText.replacingOccurrences(of: #"  ]"# + "\n}", with: ",\n    " + broken.1 + "\n  ]\n}")
        #expect(text != richText)
        expectSame([file("rich.json", text)])
    }

    @Test func filesWithOtherShapesLoadAsTheSlowWayLoadsThem() {
        let cases = [
            "\u{FEFF}" + richText,
            richText.replacingOccurrences(of: #""schema": 1"#, with: #""schema": 2"#),
            richText.replacingOccurrences(of: #""schema": 1,"#, with: ""),
            richText.replacingOccurrences(of: #""title": "Rich""#, with: #""title": "Rich", "extra": []"#),
            richText.replacingOccurrences(of: #""title": "Rich""#, with: #""title": "Rich", "title": "Again""#),
            richText.replacingOccurrences(of: #""news": ["#, with: #""news": null, "old": ["#),
            #"{"schema": 1, "news": {}}"#,
            #"{"schema": 1, "news": []}"#,
            #"{"schema": 1}"#,
            "{\"schema\": 1, \"news\": [{\"id\": \"x\", \"date\": \"2025-01-01\", \"headline\": \"\u{1}\", \"source\": \"S\"}]}",
            richText + " x",
            String(richText.dropLast(3)),
            "[]",
            "",
        ]
        for text in cases { expectSame([file("case.json", text)]) }
        // Bytes that are not UTF-8 inside a headline.
        var bytes = Array(richText.utf8)
        let at = try! #require(bytes.firstIndex(of: UInt8(ascii: "$")))
        bytes[at] = 0xFF
        expectSame([("bytes.json", bytes)])
    }

    /// Many small damages to a valid file, each loaded both ways. The scanner must never accept
    /// what the parser rejects, nor read a value differently.
    @Test func damagedFilesLoadAsTheSlowWayLoadsThem() {
        let base = Array(richText.utf8)
        let inserts: [UInt8] = Array(#"",:{}[]\ 0-nu"#.utf8) + [0x0A, 0xC3, 0xFF, 0x01, 0x09]
        var random = Seeded(seed: 14)
        var scannedAfterDamage = 0
        for _ in 0..<600 {
            var bytes = base
            for _ in 0...random.next(below: 2) {
                let at = random.next(below: bytes.count)
                switch random.next(below: 3) {
                case 0: bytes.remove(at: at)
                case 1: bytes.insert(inserts[random.next(below: inserts.count)], at: at)
                default: bytes[at] = inserts[random.next(below: inserts.count)]
                }
            }
            if DatasetScanner.scan(name: "damaged.json", bytes: bytes) != nil { scannedAfterDamage += 1 }
            expectSame([("damaged.json", bytes)])
        }
        // Some damages leave a valid file (a space added between tokens), and the scanner reads those.
        #expect(scannedAfterDamage > 0)
    }
}
