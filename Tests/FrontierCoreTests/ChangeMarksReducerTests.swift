import Foundation
@testable import FrontierCore
import Testing

/// Reloads mark what they added or changed, the marks expire, and the News pane counts what
/// arrived while it was not looked at.
@Suite struct ChangeMarksReducerTests {
    static let start = Date(timeIntervalSince1970: 1_744_000_000)

    func makeState() -> AppState {
        var state = AppState(dataset: SampleData.dataset)
        _ = reduce(&state, .viewportsMeasured([.models: 2, .costs: 3, .news: 2]))
        return state
    }

    func news(_ id: String, _ date: String = "2025-02-01", headline: String = "Headline") -> NewsItem {
        NewsItem(id: id, date: DayDate(date)!, headline: headline, source: "s")
    }

    @Test func theDataLoadedAtStartIsNotAChange() {
        let state = makeState()
        #expect(state.changes.isEmpty)
        #expect(state.nextMarkExpiry == nil)
        #expect(state.unseenNews.isEmpty)
    }

    @Test func aReloadMarksAddedAndChangedRowsOfEveryPaneByID() {
        var state = makeState()
        var dataset = SampleData.dataset
        dataset.news.append(news("n4"))
        dataset.news[0].headline = "DeepSeek releases DeepSeek-V3 (corrected)"
        dataset.models[3].name = "o1 (2024-12-17)"
        dataset.prices[0].output = 1.0
        dataset.training.append(TrainingRun(id: "t-new", label: "New run", costUSD: 1e6, basis: .estimate))
        _ = reduce(&state, .datasetReloaded(dataset, at: Self.start))
        #expect(state.change(of: "n4", in: .news) == RowChange(.added, at: Self.start))
        #expect(state.change(of: "n1", in: .news) == RowChange(.changed, at: Self.start))
        #expect(state.change(of: "n2", in: .news) == nil, "an unchanged row is not marked")
        #expect(state.change(of: "o1", in: .models)?.kind == .changed)
        #expect(state.change(of: "deepseek-v3", in: .models) == nil)
        #expect(state.change(of: CostsChart.pricePrefix + "p-v3", in: .costs)?.kind == .changed)
        #expect(state.change(of: CostsChart.trainingPrefix + "t-new", in: .costs)?.kind == .added)
        #expect(state.change(of: "p-v3", in: .costs) == nil, "costs rows are marked under their row ids")
    }

    @Test func removedRowsAreNotMarkedAndLoseTheirMarks() {
        var state = makeState()
        var dataset = SampleData.dataset
        dataset.news.append(news("n4"))
        _ = reduce(&state, .datasetReloaded(dataset, at: Self.start))
        #expect(state.change(of: "n4", in: .news) != nil)
        dataset.news.removeAll { $0.id == "n4" || $0.id == "n2" }
        _ = reduce(&state, .datasetReloaded(dataset, at: Self.start.addingTimeInterval(5)))
        #expect(state.changes[.news, default: [:]].isEmpty)
        #expect(state.unseenNews.isEmpty)
        #expect(state.nextMarkExpiry == nil)
    }

    @Test func recordsThatAreNoRowMarkNothing() {
        var state = makeState()
        var dataset = SampleData.dataset
        dataset.prices[1].input = 4
        dataset.training[3].gpuHours = 1e6
        _ = reduce(&state, .datasetReloaded(dataset, at: Self.start))
        #expect(state.changes.isEmpty, "a superseded price and a run without a cost are not drawn")
        #expect(state.nextMarkExpiry == nil)
    }

    @Test func aReloadWithNothingNewMarksNothing() {
        var state = makeState()
        _ = reduce(&state, .datasetReloaded(SampleData.dataset, at: Self.start))
        #expect(state.changes.isEmpty)
        #expect(state.nextMarkExpiry == nil)
    }

    @Test func aSourcesFirstCopyReplacesTheDataWithoutMarks() {
        var state = makeState()
        var dataset = SampleData.dataset
        dataset.news.append(news("n4"))
        _ = reduce(&state, .datasetLoaded(dataset))
        #expect(state.rowIDs(.news).count == 4)
        #expect(state.changes.isEmpty)
        #expect(state.unseenNews.isEmpty)
    }

    @Test func aNewRowThatChangesAgainStaysNewWithTheLaterTime() {
        var state = makeState()
        var dataset = SampleData.dataset
        dataset.news.append(news("n4"))
        _ = reduce(&state, .datasetReloaded(dataset, at: Self.start))
        dataset.news[3].headline = "Edited"
        let later = Self.start.addingTimeInterval(60)
        _ = reduce(&state, .datasetReloaded(dataset, at: later))
        #expect(state.change(of: "n4", in: .news) == RowChange(.added, at: later))
    }

    @Test func marksExpireAfterTheirLifetimeWhenTheClockTicks() {
        var state = makeState()
        var dataset = SampleData.dataset
        dataset.news.append(news("n4"))
        _ = reduce(&state, .datasetReloaded(dataset, at: Self.start))
        let second = Self.start.addingTimeInterval(120)
        dataset.news.append(news("n5"))
        _ = reduce(&state, .datasetReloaded(dataset, at: second))
        let lifetime = AppState.changeMarkLifetime
        #expect(lifetime == 600)
        #expect(state.nextMarkExpiry == Self.start.addingTimeInterval(lifetime))

        _ = reduce(&state, .clockTicked(Self.start.addingTimeInterval(lifetime - 1)))
        #expect(state.change(of: "n4", in: .news) != nil, "not yet")
        _ = reduce(&state, .clockTicked(Self.start.addingTimeInterval(lifetime)))
        #expect(state.change(of: "n4", in: .news) == nil)
        #expect(state.change(of: "n5", in: .news) != nil)
        #expect(state.nextMarkExpiry == second.addingTimeInterval(lifetime), "the next wake is the next mark's expiry")

        _ = reduce(&state, .clockTicked(second.addingTimeInterval(lifetime + 3600)))
        #expect(state.changes.isEmpty)
        #expect(state.nextMarkExpiry == nil, "nothing marked, nothing to wake for")
    }

    @Test func expiredMarksLeaveTheUnseenCountAlone() {
        var state = makeState()
        var dataset = SampleData.dataset
        dataset.news.append(news("n4"))
        _ = reduce(&state, .datasetReloaded(dataset, at: Self.start))
        _ = reduce(&state, .clockTicked(Self.start.addingTimeInterval(AppState.changeMarkLifetime * 2)))
        #expect(state.unseenNews == ["n4"], "news not yet looked at is still new to the reader")
    }

    @Test func newsArrivingWhileAnotherPaneHasFocusIsCountedUntilNewsIsFocused() {
        var state = makeState()
        var dataset = SampleData.dataset
        dataset.news += [news("n4"), news("n5")]
        dataset.news[0].headline = "Changed, not new"
        _ = reduce(&state, .datasetReloaded(dataset, at: Self.start))
        #expect(state.unseenNews == ["n4", "n5"])
        _ = reduce(&state, .keyPressed("2"))
        #expect(state.unseenNews.count == 2)
        _ = reduce(&state, .keyPressed("3"))
        #expect(state.unseenNews.isEmpty, "focusing News clears the count")
        #expect(state.change(of: "n4", in: .news) != nil, "the marks stay for their lifetime")
    }

    @Test func newsArrivingWhileNewsHasFocusIsNotCounted() {
        var state = makeState()
        _ = reduce(&state, .keyPressed("3"))
        var dataset = SampleData.dataset
        dataset.news.append(news("n4"))
        _ = reduce(&state, .datasetReloaded(dataset, at: Self.start))
        #expect(state.unseenNews.isEmpty)
        #expect(state.change(of: "n4", in: .news)?.kind == .added)
    }

    @Test func aClickOnTheNewsPaneCountsAsLookingAtIt() {
        var state = makeState()
        var dataset = SampleData.dataset
        dataset.news.append(news("n4"))
        _ = reduce(&state, .datasetReloaded(dataset, at: Self.start))
        _ = reduce(&state, .paneClicked(.news, rowID: nil))
        #expect(state.unseenNews.isEmpty)
    }

    @Test func theDiffOfAHundredThousandNewsIsCheap() {
        let many = (0..<100_000).map { news("bulk-\($0)", headline: "Item \($0)") }
        var old = SampleData.dataset
        old.news = GrowingArray(many)
        var new = old
        new.news.append(news("latest"))
        new.news[50_000].headline = "Edited"
        new.news.swapAt(10, 20)
        let clock = ContinuousClock()
        var diff = DatasetChanges(from: old, to: old)
        let elapsed = clock.measure { diff = DatasetChanges(from: old, to: new) }
        #expect(diff.rows[.news]?["latest"] == .added)
        #expect(diff.rows[.news]?["bulk-50000"] == .changed)
        #expect(diff.rows[.news]?.count == 2, "records moved in the order are not changes")
        #expect(elapsed < .seconds(2), "took \(elapsed)")
    }
}
