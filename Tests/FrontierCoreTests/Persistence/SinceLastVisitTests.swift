import Foundation
@testable import FrontierCore
import Testing

/// The recent news a run showed is kept at exit, and what arrived since is marked at the next start.
@Suite struct SinceLastVisitTests {
    /// 2025-04-10T12:00:00Z.
    static let exit = Date(timeIntervalSince1970: 1_744_286_400)
    static let start = exit.addingTimeInterval(86400)

    func news(_ id: String, _ date: String) -> NewsItem {
        NewsItem(id: id, date: DayDate(date)!, headline: id, source: "s")
    }

    func dataset(_ items: [NewsItem]) -> Dataset {
        var dataset = SampleData.dataset
        dataset.news = GrowingArray(items)
        return dataset
    }

    @Test func exitKeepsTheNewsOfTheWeekBeforeTheExitDayNewestFirst() {
        let items = [news("old", "2025-04-02"), news("edge", "2025-04-03"), news("recent", "2025-04-09"),
                     news("future", "2025-05-01")]
        let saved = AppState(dataset: dataset(items)).persisted(exitingAt: Self.exit)
        #expect(saved.lastExitDate == Self.exit)
        #expect(saved.seenNews == SeenNews(since: DayDate("2025-04-03")!, ids: ["future", "recent", "edge"]))
    }

    @Test func pastTheLimitWholeDaysAreLeftOutFromTheOldestEnd() {
        let items = [news("a1", "2025-04-09"), news("a2", "2025-04-09"), news("b1", "2025-04-08"), news("b2", "2025-04-08"),
                     news("c1", "2025-04-07")]
        let seen = SeenNews(news: items, exitDay: DayDate("2025-04-10")!, limit: 3)
        #expect(seen == SeenNews(since: DayDate("2025-04-09")!, ids: ["a1", "a2"]),
                "the 8th does not fit whole, so it is not claimed as seen")
        #expect(seen.unseen(in: items + [news("new", "2025-04-09")]) == ["new"])
    }

    @Test func theLimitIsTwoThousandIDs() {
        let items = (0..<3000).map { news("n\($0)", $0 < 1500 ? "2025-04-09" : "2025-04-08") }
        let seen = SeenNews(news: items, exitDay: DayDate("2025-04-10")!)
        #expect(SeenNews.limit == 2000)
        #expect(seen.ids.count == 1500)
        #expect(seen.since == DayDate("2025-04-09"))
    }

    @Test func newsThatArrivedSinceTheLastRunIsMarkedAsOfStartAndCounted() {
        let before = [news("n1", "2025-04-05"), news("n2", "2025-04-09")]
        let saved = AppState(dataset: dataset(before)).persisted(exitingAt: Self.exit)
        let after = before + [news("fresh", "2025-04-10"), news("late", "2025-04-06"), news("ancient", "2025-01-01")]
        var state = AppState(dataset: dataset(after))
        state.restore(saved, at: Self.start)
        #expect(state.change(of: "fresh", in: .news) == RowChange(.added, at: Self.start))
        #expect(state.change(of: "late", in: .news)?.kind == .added, "dated in the window but not seen then")
        #expect(state.change(of: "ancient", in: .news) == nil, "older than the window: unknown, so not claimed new")
        #expect(state.change(of: "n1", in: .news) == nil)
        #expect(state.unseenNews == ["fresh", "late"])
        #expect(state.nextMarkExpiry == Self.start.addingTimeInterval(AppState.changeMarkLifetime))
    }

    @Test func withoutAPreviousRunNothingIsMarked() {
        var state = AppState(dataset: dataset([news("n1", "2025-04-09")]))
        state.restore(PersistedState(), at: Self.start)
        #expect(state.changes.isEmpty)
        state.restore(PersistedState(lastExit: "2025-04-10T12:00:00Z"), at: Self.start)
        #expect(state.changes.isEmpty, "a file from before the news was kept says nothing about what was seen")
    }

    @Test func aRunThatEndsOnNewsCountsNothingButStillMarks() {
        let saved = AppState(dataset: dataset([])).persisted(exitingAt: Self.exit).savingView(named: "x")
        var withFocus = saved
        withFocus.focus = .news
        var state = AppState(dataset: dataset([news("fresh", "2025-04-10")]))
        state.restore(withFocus, at: Self.start)
        #expect(state.focus == .news)
        #expect(state.unseenNews.isEmpty)
        #expect(state.change(of: "fresh", in: .news)?.kind == .added)
    }

    @Test func whatIsKeptSurvivesTheStateFile() throws {
        let saved = AppState(dataset: dataset([news("n1", "2025-04-09")])).persisted(exitingAt: Self.exit)
        let read = try JSONDecoder().decode(PersistedState.self, from: saved.encodedJSON())
        #expect(read == saved)
    }
}
