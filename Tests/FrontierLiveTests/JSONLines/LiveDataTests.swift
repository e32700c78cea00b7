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

    private func line(_ id: String, _ headline: String) -> String {
        #"{"kind":"news","id":"\#(id)","date":"2025-01-27","headline":"\#(headline)","source":"x"}"# + "\n"
    }

    /// What merging all the feeds again gives, for comparing with a merge that went on from the last.
    private func mergedAgain(_ live: LiveData) -> [String] {
        live.result().dataset.news.map { "\($0.id):\($0.headline)" }
    }

    /// Records appended after the last merge merge on top of it and give what merging every
    /// record again gives, whichever feed they come from: the last one in merge order goes on
    /// from the kept merge, any other starts over, since the order of the merge decides which
    /// of two records with one id wins.
    @Test func aMergeGoesOnFromTheLastOneOnlyWhenThatGivesTheSameResult() {
        var live = LiveData(base: base(), mergedFirst: [1])
        // Feed 1 (a journal) merges before feed 0.
        live.add(feed(line("n2", "journal first")).records, fromFeed: 1)
        live.add(feed(line("n3", "feed first")).records, fromFeed: 0)
        #expect(live.merge().dataset.news.map(\.headline) == ["R1", "journal first", "feed first"])
        // Appended to the feed merged last: on top of the last merge.
        live.add(feed(line("n2", "feed replaces")).records, fromFeed: 0)
        var grown = live.merge()
        #expect(grown.dataset.news.map(\.headline) == ["R1", "feed replaces", "feed first"])
        #expect(grown.dataset.news.map { "\($0.id):\($0.headline)" } == mergedAgain(live))
        // Appended to the journal, which merges before the feed: merged again from the base,
        // so the feed's record still wins.
        live.add(feed(line("n2", "journal again")).records, fromFeed: 1)
        grown = live.merge()
        #expect(grown.dataset.news.map(\.headline) == ["R1", "feed replaces", "feed first"])
        #expect(grown.dataset.news.map { "\($0.id):\($0.headline)" } == mergedAgain(live))
        // Replaced records and a new base start over too.
        live.replace(feed(line("n4", "whole")).records, ofFeed: 0)
        #expect(live.merge().dataset.news.map(\.id) == ["n1", "n2", "n4"])
        live.replaceBase(DatasetLoader.merger([(name: "d.json", bytes: Array(#"{"schema": 1}"#.utf8))]))
        #expect(live.merge().dataset.news.map(\.id) == ["n2", "n4"])
    }

    /// A merge made on a copy (in the background) is kept only by data that changed the same way
    /// since: records appended meanwhile still merge, a base replaced meanwhile is not undone.
    @Test func aMergeFromACopyIsKeptOnlyWhenTheDataStillAgrees() {
        var live = LiveData(base: base())
        live.add(feed(line("n2", "first")).records)
        var copy = live.handOverMerge()
        _ = copy.merge()
        live.add(feed(line("n3", "meanwhile")).records)
        live.keepMerge(of: copy)
        #expect(live.merge().dataset.news.map(\.id) == ["n1", "n2", "n3"])

        var other = live.handOverMerge()
        _ = other.merge()
        live.replaceBase(DatasetLoader.merger([(name: "d.json", bytes: Array(#"{"schema": 1}"#.utf8))]))
        live.keepMerge(of: other)
        #expect(live.merge().dataset.news.map(\.id) == ["n2", "n3"], "the merge on the old base is not kept")
    }

    /// News appended by a merge that goes on from the last share the items of the dataset it
    /// made before: the one on screen is not copied.
    @Test func appendedNewsShareTheItemsOfTheLastMerge() {
        var live = LiveData(base: base())
        live.add(feed(line("n2", "first")).records)
        let shown = live.merge().dataset
        live.add(feed(line("n3", "second")).records)
        let next = live.merge().dataset
        #expect(next.news.sharesPrefix(with: shown.news))
        #expect(shown.news.map(\.id) == ["n1", "n2"])
        #expect(next.news.map(\.id) == ["n1", "n2", "n3"])
    }
}
