import FrontierCore
import Testing

/// Which changes an import may append to a dataset's journal, and the lines it appends.
@Suite struct JournalDeltaTests {
    static func news(_ id: String, _ headline: String) -> NewsItem {
        NewsItem(id: id, date: DayDate("2025-05-01")!, headline: headline, source: "Wire")
    }

    static let base = Dataset(sources: [Source(id: "wire", name: "Wire")],
                              organizations: [Organization(id: "deepseek", name: "DeepSeek")],
                              news: [news("a", "First"), news("b", "Second")])

    @Test func addedAndChangedNewsAndSourcesAreTheLinesSourcesFirst() throws {
        var changed = Self.base
        changed.news[1].headline = "Second, corrected"
        changed.news.append(Self.news("c", "Third"))
        changed.sources.append(Source(id: "digest", name: "Digest"))
        let records = try #require(JournalDelta.records(from: Self.base, to: changed))
        #expect(records.map(\.kind) == [.source, .news, .news])
        #expect(records.map(\.id) == ["digest", "b", "c"])
    }

    @Test func nothingChangedIsNoLines() {
        #expect(JournalDelta.records(from: Self.base, to: Self.base) == [])
    }

    @Test(arguments: JournalDeltaTests.catalogueChanges)
    func aChangeToTheCatalogueOrToTheOrderIsWrittenWhole(change: Change) {
        var changed = Self.base
        change.apply(&changed)
        #expect(JournalDelta.records(from: Self.base, to: changed) == nil, "\(change.name)")
    }

    struct Change: Sendable, CustomTestStringConvertible {
        var name: String
        var apply: @Sendable (inout Dataset) -> Void
        var testDescription: String { name }
    }

    static let catalogueChanges: [Change] = [
        Change(name: "an organization") { $0.organizations.append(Organization(id: "meta", name: "Meta")) },
        Change(name: "a title") { $0.title = "Mine" },
        Change(name: "a news item removed") { $0.news.removeLast() },
        Change(name: "news reordered") { $0.news.reverse() },
        Change(name: "a source removed") { $0.sources.removeAll() },
    ]

    @Test func aLineIsTheRecordWithItsKindFirstAndReadsBackTheSame() throws {
        let line = Journal.line(.news(Self.news("a", "First")))
        #expect(line.hasPrefix(#"{"kind":"news","id":"a","#))
        #expect(line.hasSuffix("}\n") && line.filter { $0 == "\n" }.count == 1)
        let file = DatasetDecoder.decodeFile(name: "x.json", bytes: Array("""
            {"schema": 1, "sources": [{"id": "wire", "name": "Wire"}], "news": []}
            """.utf8))
        var merger = DatasetMerger()
        merger.merge(file)
        let document = try JSONParser.parse(Array(line.utf8))
        let record = try #require(DatasetDecoder.decodeRecord(kind: .news, object: document.root, path: "", file: "j").record)
        merger.merge(record)
        #expect(merger.result().dataset.news == [Self.news("a", "First")])
    }

    @Test(arguments: [("data.json", "data.journal.jsonl"), ("/srv/ai/data.json", "/srv/ai/data.journal.jsonl"),
                      ("mine", "mine.journal.jsonl"), ("/x/.json", "/x/.json.journal.jsonl"), ("a.json.d/b", "a.json.d/b.journal.jsonl")])
    func theJournalLivesBesideItsDataset(dataset: String, journal: String) {
        #expect(Journal.path(for: dataset) == journal)
    }
}
