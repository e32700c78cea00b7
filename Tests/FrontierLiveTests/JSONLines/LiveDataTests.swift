@testable import FrontierCore
@testable import FrontierLive
import Testing

@Suite struct LiveDataTests {
    func base() -> DatasetMerger {
        DatasetLoader.merger([(name: "d.json", bytes: Array("""
        {"schema": 1, "organizations": [{"id": "deepseek", "name": "DeepSeek"}],
         "news": [{"id": "n1", "date": "2025-01-20", "headline": "R1", "source": "GitHub"}]}
        """.utf8))])
    }

    func feed(_ lines: String) -> FeedBatch {
        var stream = FeedStream(name: "f.jsonl")
        return stream.consume(Array(lines.utf8))
    }

    @Test func feedRecordsAddToAndReplaceTheFileRecords() {
        var live = LiveData(base: base())
        live.add(feed("""
        {"kind":"news","id":"n2","date":"2025-01-27","headline":"Nvidia falls","source":"x","orgs":["deepseek"]}
        {"kind":"news","id":"n1","date":"2025-01-20","headline":"R1 under MIT","source":"GitHub"}

        """).records)
        let result = live.result()
        #expect(result.isValid)
        #expect(result.dataset.news.map(\.headline) == ["R1 under MIT", "Nvidia falls"])
    }

    @Test func aReloadOfTheFilesKeepsTheFeedRecords() {
        var live = LiveData(base: base())
        live.add(feed(#"{"kind":"news","id":"n2","date":"2025-01-27","headline":"Nvidia falls","source":"x"}"# + "\n").records)
        live.replaceBase(DatasetLoader.merger([(name: "d.json", bytes: Array(#"{"schema": 1}"#.utf8))]))
        #expect(live.result().dataset.news.map(\.id) == ["n2"])
    }

    @Test func aFeedRecordWithAnUnknownReferenceIsReportedAtItsLine() {
        var live = LiveData(base: base())
        live.add(feed("\n" + #"{"kind":"news","id":"n2","date":"2025-01-27","headline":"x","source":"x","orgs":["deepsek"]}"# + "\n").records)
        let result = live.result()
        #expect(result.diagnostics.map(\.description).first?.hasPrefix("f.jsonl:2:") == true)
    }
}
