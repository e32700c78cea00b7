import Foundation
import Testing
@testable import FrontierCore
@testable import FrontierLive

private typealias H = SourcesHarness

/// A data file's journal is followed as a feed that is not named on the command line.
@Suite struct JournalSourceTests {
    /// `/data/d.json` holding "Base", its journal holding `journalLines`, opened at 0.
    private func following(_ journalLines: String) -> H {
        var sources = H(data: [.file("/data/d.json")], journals: [.file("/data/d.journal.jsonl")],
                        files: ["/data/d.json": H.dataset(headline: "Base")])
        sources.send(.feedFileRead(feed: 0, H.lines(journalLines), exists: true))
        sources.open(at: 0)
        return sources
    }

    @Test func theJournalIsMergedOnTheDataButNotListedAsASource() {
        let sources = following(H.newsLine("a", "Appended by an import"))
        #expect(sources.state.headlines == ["Base", "Appended by an import"])
        #expect(sources.state.statuses.map(\.name) == ["d.json"])
    }

    @Test func noJournalIsNoProblem() {
        var sources = H(data: [.file("/data/d.json")], journals: [.file("/data/d.journal.jsonl")],
                        files: ["/data/d.json": H.dataset(headline: "Base")])
        sources.send(.feedFileRead(feed: 0, FeedBatch(events: [.missing]), exists: false))
        sources.open(at: 0)
        #expect(!sources.state.reloadWanted, "no journal at start loads nothing twice")
        #expect(sources.state.initialProblems == [])
        #expect(sources.state.statuses.map(\.state) == [.live])
        #expect(sources.state.headlines == ["Base"])
    }

    @Test func anAppendIsMergedWithoutLoadingTheDataAgain() {
        var sources = following(H.newsLine("a", "First"))
        sources.send(.feedFileRead(feed: 0, H.lines(H.newsLine("b", "Second")), exists: true))
        let effects = sources.pass(at: 1)
        #expect(effects.loads.first?.inputs == nil, "only the journal merges")
        #expect(sources.finishLoad(in: effects, at: 1).loadedHeadlines == [["Base", "First", "Second"]])
    }

    /// Compaction writes the data file with the journal's records, then empties the journal:
    /// the journal seen starting over loads the data file again, so nothing disappears.
    @Test func aJournalStartingOverLoadsTheDataAgain() {
        var sources = following(H.newsLine("a", "First"))
        sources.files["/data/d.json"] = """
            {"schema": 1, "organizations": [{"id": "deepseek", "name": "DeepSeek"}],
             "news": [{"id": "n1", "date": "2025-01-20", "headline": "Base", "source": "GitHub"},
                      {"id": "a", "date": "2025-05-01", "headline": "First", "source": "Wire"}]}
            """
        sources.send(.feedFileRead(feed: 0, FeedBatch(events: [.rotated]), exists: true))
        #expect(sources.state.reloadWanted)
        let effects = sources.pass(at: 1)
        #expect(effects.loads.first?.inputs == [.file("/data/d.json")])
        #expect(sources.finishLoad(in: effects, at: 1).loadedHeadlines == [["Base", "First"]])
    }

    /// The journal belongs with the data: a named feed's record of the same id wins over it,
    /// as it does once the journal is compacted into the file.
    @Test func aNamedFeedMergesAfterTheJournal() {
        var sources = H(data: [.file("/data/d.json")], feeds: [.file("/data/f.jsonl")], journals: [.file("/data/d.journal.jsonl")],
                        files: ["/data/d.json": H.dataset(headline: "Base")])
        sources.send(.feedFileRead(feed: 0, H.lines(H.newsLine("a", "From the feed")), exists: true))
        sources.send(.feedFileRead(feed: 1, H.lines(H.newsLine("a", "From the journal") + H.newsLine("b", "Journal only")), exists: true))
        sources.open(at: 0)
        #expect(sources.state.headlines == ["Base", "From the feed", "Journal only"])
        #expect(sources.state.statuses.map(\.name) == ["d.json", "f.jsonl"])
    }

    @Test func aDeletedJournalTakesItsRecordsWithIt() {
        var sources = following(H.newsLine("a", "First"))
        sources.send(.feedFileRead(feed: 0, FeedBatch(events: [.missing]), exists: false))
        #expect(sources.state.initialProblems == [] && sources.state.pendingProblems == [])
        // The data loads again, then the journal's records give way.
        sources.finishLoad(in: sources.pass(at: 1), at: 1)
        sources.finishLoad(in: sources.pass(at: 1.1), at: 1.1)
        #expect(sources.state.headlines == ["Base"])
    }

    /// The journal seen emptied, but the data file it went into does not load (a save in
    /// progress): its records stay on show with the last good data until the file loads.
    @Test func aCompactedJournalsRecordsStayUntilTheDataLoadsAgain() {
        var sources = following(H.newsLine("a", "First"))
        sources.files["/data/d.json"] = "{ half written"
        sources.send(.feedFileRead(feed: 0, FeedBatch(events: [.rotated]), exists: true))
        sources.finishLoad(in: sources.pass(at: 1), at: 1)
        #expect(sources.state.headlines == ["Base", "First"])
        sources.files["/data/d.json"] = """
            {"schema": 1, "organizations": [{"id": "deepseek", "name": "DeepSeek"}],
             "news": [{"id": "n1", "date": "2025-01-20", "headline": "Base", "source": "GitHub"},
                      {"id": "a", "date": "2025-05-01", "headline": "First", "source": "Wire"}]}
            """
        sources.send(.feedFileRead(feed: 0, H.lines(H.newsLine("b", "Second")), exists: true))
        sources.send(.filesChanged(["/data/d.json"], at: H.at(2)))
        sources.send(.debounceDue(at: H.at(2.2)))
        sources.finishLoad(in: sources.pass(at: 2.2), at: 2.2)
        sources.finishLoad(in: sources.pass(at: 2.3), at: 2.3)
        #expect(sources.state.headlines == ["Base", "First", "Second"])
        #expect(sources.state.journalRestarts.isEmpty)
    }
}
