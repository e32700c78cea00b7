import Foundation
import Testing
@testable import FrontierCore
@testable import FrontierLive

private typealias H = SourcesHarness

/// Watched files settle before they are read; feed files and stdin bring records.
@Suite struct FeedSourceTests {
    static let base = H.dataset(headline: "Base")

    private func following() -> H { H.dataAndFeedFile(feedLines: H.newsLine("a", "First")) }

    @Test func whatAFeedHeldAtStartIsShownWithTheDataAndWantsNoMerge() {
        var sources = following()
        #expect(sources.state.headlines == ["Base", "First"])
        #expect(sources.state.statuses.map(\.state) == [.live, .live])
        #expect(!sources.state.mergeWanted)
        #expect(sources.state.deadline == nil, "local files alone set no timer")
        #expect(sources.pass(at: 1).isEmpty)
    }

    @Test func aChangedFeedFileIsReadOnceItHasBeenQuiet() {
        var sources = following()
        sources.send(.filesChanged(["/data/f.jsonl"], at: H.at(1)))
        sources.send(.filesChanged(["/data/f.jsonl"], at: H.at(1.05)))
        #expect(sources.state.deadline == H.at(1.15))
        #expect(sources.send(.debounceDue(at: H.at(1.1))).isEmpty)
        #expect(sources.send(.debounceDue(at: H.at(1.15))).feedReads == [0])
        #expect(!sources.state.reloadWanted, "a feed is read, not the data loaded again")
        sources.send(.feedFileRead(feed: 0, H.lines(H.newsLine("b", "Second")), exists: true))
        let effects = sources.pass(at: 1.15)
        #expect(effects.loads.first?.inputs == nil, "only the feeds merge")
        #expect(sources.finishLoad(in: effects, at: 2).loadedHeadlines == [["Base", "First", "Second"]])
    }

    @Test func aFileWrittenWithoutPauseIsReadAtTheLongestWait() {
        var sources = following()
        for step in 0..<5 { sources.send(.filesChanged(["/data/f.jsonl"], at: H.at(1 + Double(step) * 0.05))) }
        #expect(sources.send(.debounceDue(at: H.at(1.2))).feedReads == [0])
    }

    @Test func aChangedDataFileIsLoadedAgain() {
        var sources = following()
        sources.send(.filesChanged(["/data/d.json"], at: H.at(1)))
        #expect(sources.send(.debounceDue(at: H.at(1.1))).isEmpty)
        #expect(sources.state.reloadWanted)
        sources.files["/data/d.json"] = H.dataset(headline: "Saved")
        let effects = sources.pass(at: 1.1)
        #expect(effects.loads.first?.inputs == [.file("/data/d.json")])
        #expect(sources.finishLoad(in: effects, at: 2).loadedHeadlines == [["Saved", "First"]])
    }

    @Test func aTruncatedFeedFileReplacesItsRecords() {
        var sources = following()
        sources.send(.feedFileRead(feed: 0, H.lines(H.newsLine("c", "After truncation"), events: [.truncated]), exists: true))
        sources.finishLoad(in: sources.pass(at: 1), at: 1)
        #expect(sources.state.headlines == ["Base", "After truncation"])
    }

    @Test func aRotatedFeedFileReplacesItsRecords() {
        var sources = following()
        sources.send(.feedFileRead(feed: 0, H.lines(H.newsLine("d", "New file")), exists: true))
        sources.send(.feedFileRead(feed: 0, H.lines(H.newsLine("e", "Rotated in"), events: [.rotated]), exists: true))
        sources.finishLoad(in: sources.pass(at: 1), at: 1)
        #expect(sources.state.headlines == ["Base", "Rotated in"])
    }

    @Test func appendedLinesAddToTheFeed() {
        var sources = following()
        sources.send(.feedFileRead(feed: 0, H.lines(H.newsLine("f", "Appended")), exists: true))
        sources.finishLoad(in: sources.pass(at: 1), at: 1)
        #expect(sources.state.headlines == ["Base", "First", "Appended"])
    }

    @Test func aMissingFeedFileIsSaidOnceAndWaitedFor() {
        var sources = H(feeds: [.file("/data/later.jsonl")], embedded: Self.base)
        sources.send(.feedFileRead(feed: 0, FeedBatch(events: [.missing]), exists: false))
        sources.open(at: 0)
        #expect(sources.state.statuses.map(\.state) == [.waiting])
        #expect(sources.state.initialProblems.map(\.description) == ["/data/later.jsonl:0:0: no such file (it is read if it appears)"])
        sources.send(.feedFileRead(feed: 0, FeedBatch(), exists: false))
        #expect(sources.state.statuses.map(\.state) == [.waiting])
        sources.send(.feedFileRead(feed: 0, H.lines(H.newsLine("g", "Appeared")), exists: true))
        #expect(sources.state.statuses.map(\.state) == [.live])
        sources.finishLoad(in: sources.pass(at: 1), at: 1)
        #expect(sources.state.headlines == ["Base", "Appeared"])
    }

    @Test func badFeedLinesAreReportedWithTheMergeThatFollowsThem() {
        var sources = following()
        sources.send(.feedFileRead(feed: 0, H.lines("not json\n" + H.newsLine("h", "Good")), exists: true))
        let effects = sources.pass(at: 1)
        #expect(effects.reports.isEmpty, "held for the merge")
        let shown = sources.finishLoad(in: effects, at: 1)
        guard case let .loaded(_, problems, _) = shown.reports.first else { Issue.record("no merge shown"); return }
        #expect(problems.map(\.file) == ["feed.jsonl"])
    }

    @Test func stdinEndingIsTheEndOfThatSource() {
        var sources = H(feeds: [.standardInput], embedded: Self.base)
        sources.open(at: 0)
        #expect(sources.state.readsStandardInput)
        sources.send(.standardInputRead(H.lines(H.newsLine("i", "Piped"), name: "stdin")))
        sources.finishLoad(in: sources.pass(at: 1), at: 1)
        #expect(!sources.state.isExhausted, "stdin is still open")
        let last = FeedStream.decodeWhole(Array(#"{"kind":"news","id":"j","date":"2025-05-02","headline":"Last line","source":"Wire"}"#.utf8),
                                          name: "stdin")
        sources.send(.standardInputEnded(last, at: H.date(2)))
        #expect(!sources.state.readsStandardInput)
        #expect(sources.state.statuses.map(\.state) == [.ended(at: H.date(2))])
        let effects = sources.pass(at: 2)
        #expect(!sources.state.isExhausted, "its last merge is still to be shown")
        #expect(sources.finishLoad(in: effects, at: 2).loadedHeadlines == [["Base", "Piped", "Last line"]])
        #expect(sources.state.isExhausted)
    }

    @Test func stdinReadToItsEndByAOneShotCommandIsMergedAtOnce() {
        var sources = H(feeds: [.standardInput], embedded: Self.base)
        sources.open(at: 0)
        sources.send(.standardInputRead(H.lines(H.newsLine("k", "Piped") + "oops\n", name: "stdin")))
        sources.send(.standardInputEnded(FeedBatch(), at: H.date(0)))
        sources.send(.standardInputDrained)
        #expect(sources.state.headlines == ["Base", "Piped"])
        #expect(sources.state.initialProblems.map(\.file) == ["stdin"])
        #expect(sources.state.isExhausted)
    }
}
