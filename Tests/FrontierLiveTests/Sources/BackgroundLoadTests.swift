import Foundation
import Testing
@testable import FrontierCore
@testable import FrontierLive

private typealias H = SourcesHarness

/// Loads run one at a time in the background; the last good data stays when one fails.
@Suite struct BackgroundLoadTests {
    static let base = H.dataset(headline: "Base")

    private func following() -> H { H.dataAndFeedFile() }

    /// The data file saved with `contents` and due for a reload at `seconds`.
    private func save(_ contents: String, in sources: inout H, at seconds: Double) {
        sources.files["/data/d.json"] = contents
        sources.send(.filesChanged(["/data/d.json"], at: H.at(seconds - 0.1)))
        sources.send(.debounceDue(at: H.at(seconds)))
    }

    @Test func aDataFileThatNoLongerLoadsKeepsTheLastGoodDataAndSaysWhy() {
        var sources = following()
        save(#"{"schema": 1, "news": [}"#, in: &sources, at: 1)
        let effects = sources.finishLoad(in: sources.pass(at: 1), at: 1)
        #expect(effects.loadedHeadlines.isEmpty, "nothing new to show")
        #expect(effects.failureMessages.count == 1)
        #expect(sources.state.headlines == ["Base"])
        guard case let .failed(message, lastGood) = sources.state.statuses[0].state else { Issue.record("not failed"); return }
        #expect(message.hasPrefix("/data/d.json:1:"))
        #expect(lastGood == nil)

        save(H.dataset(headline: "Fixed"), in: &sources, at: 2)
        #expect(sources.finishLoad(in: sources.pass(at: 2), at: 2).loadedHeadlines == [["Fixed"]])
        #expect(sources.state.statuses.map(\.state) == [.live, .live])
    }

    @Test func feedNewsStillShowsOnTheLastGoodDataWhenAReloadFails() {
        var sources = following()
        save("{", in: &sources, at: 1)
        sources.send(.feedFileRead(feed: 0, H.lines(H.newsLine("a", "Fed")), exists: true))
        let effects = sources.finishLoad(in: sources.pass(at: 1), at: 1)
        #expect(effects.loadedHeadlines == [["Base", "Fed"]])
        guard case .failed = effects.reports.last else { Issue.record("the reload's problem comes last"); return }
    }

    @Test func aFetchedBodyThatDoesNotLoadIsNeitherKeptNorCached() {
        let cachedAt = H.date(-60)
        var sources = H(data: [.url(H.dataURL)])
        sources.send(.cachedCopyRead(.data(0), H.body("Cached").cachedCopy(fetchedAt: cachedAt)))
        sources.open(at: 0)
        sources.pass(at: 0)
        let broken = FetchedBody(url: H.dataURL, body: Array("{".utf8), validators: Validators(entityTag: "\"bad\""), serverDate: nil)
        sources.answer(.data(0), with: .fetched(broken), at: 1)
        let effects = sources.finishLoad(in: sources.pass(at: 1), at: 1)
        #expect(effects.cacheStores.isEmpty)
        #expect(effects.loadedHeadlines.isEmpty)
        #expect(sources.state.headlines == ["Cached"])
        #expect(sources.state.data[0].body == Array(H.dataset(headline: "Cached").utf8))
        #expect(sources.state.data[0].validators == Validators(entityTag: "\"v1\""), "the next fetch still asks for a new body")
        guard case let .failed(_, lastGood) = sources.state.statuses[0].state else { Issue.record("not failed"); return }
        #expect(lastGood == cachedAt)
    }

    @Test func recordsArrivingDuringAMergeWaitForItAndThenMergeAgain() {
        var sources = following()
        sources.send(.feedFileRead(feed: 0, H.lines(H.newsLine("a", "One")), exists: true))
        let first = sources.pass(at: 1)
        #expect(first.loads.count == 1)
        sources.send(.feedFileRead(feed: 0, H.lines(H.newsLine("b", "Two")), exists: true))
        #expect(sources.pass(at: 1.5).loads.isEmpty, "one load at a time")
        #expect(sources.finishLoad(in: first, at: 2).loadedHeadlines == [["Base", "One"]], "newer than what is shown, so shown")
        #expect(sources.state.mergeWanted)
        let second = sources.pass(at: 2)
        #expect(sources.finishLoad(in: second, at: 3).loadedHeadlines == [["Base", "One", "Two"]])
        #expect(sources.state.shownGeneration == sources.state.feedGeneration)
        #expect(sources.pass(at: 4).isEmpty)
    }

    @Test func aStaleMergeIsNotShownWhenItsReloadFailed() {
        var sources = following()
        sources.send(.feedFileRead(feed: 0, H.lines(H.newsLine("a", "One")), exists: true))
        sources.finishLoad(in: sources.pass(at: 1), at: 1)
        // The merge of a failed reload holds the feeds as already shown: nothing to show.
        save("{", in: &sources, at: 2)
        let effects = sources.finishLoad(in: sources.pass(at: 2), at: 2)
        #expect(effects.loadedHeadlines.isEmpty)
        #expect(sources.state.headlines == ["Base", "One"])
    }

    @Test func everyUpdateHoldsAllTheDataSoAPausedScreenCanKeepOnlyTheNewest() {
        // Pause is the screen's: the sources go on fetching and merging, and each update
        // stands alone, so holding the last one while paused loses nothing.
        var sources = following()
        var updates: [[String]] = []
        for (step, headline) in ["One", "Two", "Three"].enumerated() {
            let at = Double(step + 1)
            sources.send(.feedFileRead(feed: 0, H.lines(H.newsLine("id\(step)", headline)), exists: true))
            updates += sources.finishLoad(in: sources.pass(at: at), at: at).loadedHeadlines
        }
        #expect(updates.last == ["Base", "One", "Two", "Three"])
    }

    @Test func badLinesWithNoRecordsAreReportedWithoutAMerge() {
        var sources = H(feeds: [.standardInput], embedded: Self.base)
        sources.open(at: 0)
        sources.send(.standardInputRead(H.lines("not json\n", name: "stdin")))
        let effects = sources.pass(at: 1)
        #expect(effects.loads.isEmpty)
        #expect(effects.reports.count == 1)
        #expect(sources.state.pendingProblems.isEmpty)
    }

    @Test func aLoadThatWasNeverStartedIsIgnored() {
        var sources = following()
        let stray = SourceEvent.LoadEnded(base: nil, diagnostics: [], merged: DatasetLoadResult(dataset: Dataset(), diagnostics: []))
        #expect(sources.send(.loadFinished(stray, at: H.date(1))).isEmpty)
        #expect(sources.state.headlines == ["Base"])
    }
}
