import Foundation
@testable import FrontierCore
import Testing

/// Pausing, the sources line's state, and a reload that keeps the selection and the view still.
@Suite struct LiveControlsReducerTests {
    func makeState(rows: Int = 2) -> AppState {
        var state = AppState(dataset: SampleData.dataset)
        _ = reduce(&state, .viewportsMeasured([.models: rows, .costs: 3, .news: rows]))
        return state
    }

    @Test func pTogglesPauseAndUnpausingAsksTheRuntimeForTheTimeToApplyWhatWaited() {
        var state = makeState()
        #expect(reduce(&state, .keyPressed("p")) == [])
        #expect(state.paused)
        _ = reduce(&state, .dataArrived(withNews(dailyNews([1, 2, 3])), problems: [], derived: nil, at: Date(timeIntervalSince1970: 0)))
        #expect(state.waitingUpdates == 3)
        #expect(reduce(&state, .keyPressed("p")) == [.applyWaitingUpdates])
        #expect(!state.paused)
        #expect(state.waitingUpdates == 0)
    }

    @Test func pauseWorksWhileAnOverlayIsOpen() {
        var state = makeState()
        _ = reduce(&state, .keyPressed("?"))
        _ = reduce(&state, .keyPressed("p"))
        #expect(state.paused)
        #expect(state.overlay == .help)
    }

    @Test func pIsBoundWithHelpText() {
        let binding = KeyBindings.table.first { $0.keys.contains("p") }
        #expect(binding?.command == .togglePause)
        #expect(binding?.help.contains("pause") == true)
    }

    @Test func sourcesAreKeptAsReported() {
        var state = makeState()
        let at = Date(timeIntervalSince1970: 1000)
        let sources = [
            SourceStatus(name: "data.json", state: .loaded(at: at)),
            SourceStatus(name: "https://example.org/data.json", state: .fetched(at: at, status: 304)),
            SourceStatus(name: "stdin", state: .live),
        ]
        _ = reduce(&state, .sourcesUpdated(sources))
        #expect(state.sources == sources)
        #expect(sources[1].lastGood == at)
        #expect(sources[2].lastGood == nil)
        #expect(SourceStatus(name: "x", state: .failed(message: "HTTP 500", lastGood: nil)).isTroubled)
        #expect(!sources[0].isTroubled)
    }

    // MARK: The selection and the view across a reload

    func withNews(_ items: [NewsItem]) -> Dataset {
        var dataset = SampleData.dataset
        dataset.news = GrowingArray(items)
        return dataset
    }

    /// News dated one a day, newest first in the pane: n1 on day 1 … n`count` on day `count`.
    func dailyNews(_ ids: [Int]) -> [NewsItem] {
        ids.map { NewsItem(id: "n\($0)", date: DayDate(daysSinceEpoch: 20_000 + $0)!, headline: "Day \($0)", source: "s") }
    }

    @Test func aRowAddedAboveKeepsTheSelectedRowOnItsScreenLine() {
        var state = AppState(dataset: withNews(dailyNews(Array(1...10))))
        _ = reduce(&state, .viewportsMeasured([.models: 2, .costs: 3, .news: 4]))
        _ = reduce(&state, .keyPressed("3"))
        for _ in 0..<6 { _ = reduce(&state, .keyPressed("j")) }
        #expect(state.selectedID(.news) == "n4")
        let offset = state.panes[.news]!.offset
        let line = state.selectedIndex(.news) - offset
        #expect(offset > 0)

        _ = reduce(&state, .datasetReloaded(withNews(dailyNews(Array(1...12))), at: Date(timeIntervalSince1970: 0)))
        #expect(state.selectedID(.news) == "n4", "the selection stays on its row")
        #expect(state.selectedIndex(.news) - state.panes[.news]!.offset == line, "and on its line")
    }

    @Test func aPaneAtItsTopStaysThereSoNewRowsComeIntoSight() {
        var state = AppState(dataset: withNews(dailyNews(Array(1...10))))
        _ = reduce(&state, .viewportsMeasured([.models: 2, .costs: 3, .news: 4]))
        _ = reduce(&state, .keyPressed("3"))
        _ = reduce(&state, .keyPressed("j"))
        #expect(state.selectedID(.news) == "n9")
        _ = reduce(&state, .datasetReloaded(withNews(dailyNews(Array(1...11))), at: Date(timeIntervalSince1970: 0)))
        #expect(state.panes[.news]?.offset == 0)
        #expect(state.rowIDs(.news).first == "n11")
        #expect(state.selectedID(.news) == "n9")
    }

    @Test func rowsAddedAboveNeverPushTheSelectionOffScreen() {
        var state = AppState(dataset: withNews(dailyNews(Array(1...10))))
        _ = reduce(&state, .viewportsMeasured([.models: 2, .costs: 3, .news: 4]))
        _ = reduce(&state, .keyPressed("3"))
        _ = reduce(&state, .keyPressed("j"))
        _ = reduce(&state, .datasetReloaded(withNews(dailyNews(Array(1...20))), at: Date(timeIntervalSince1970: 0)))
        let index = state.selectedIndex(.news)
        let offset = state.panes[.news]!.offset
        #expect(state.selectedID(.news) == "n9")
        #expect(index >= offset && index < offset + 4, "selected row \(index) is outside \(offset)..<\(offset + 4)")
    }

    @Test func anUntouchedPaneKeepsItsImplicitSelectionOnTheSameRow() {
        var state = AppState(dataset: withNews(dailyNews(Array(1...3))))
        _ = reduce(&state, .viewportsMeasured([.models: 2, .costs: 3, .news: 4]))
        #expect(state.selectedID(.news) == "n3")
        _ = reduce(&state, .datasetReloaded(withNews(dailyNews(Array(1...4))), at: Date(timeIntervalSince1970: 0)))
        #expect(state.selectedID(.news) == "n3", "the first row was selected, and it still is though it is second now")
    }

    @Test func whenTheSelectedRowGoesTheRowInItsPlaceIsSelected() {
        var state = AppState(dataset: withNews(dailyNews(Array(1...10))))
        _ = reduce(&state, .viewportsMeasured([.models: 2, .costs: 3, .news: 4]))
        _ = reduce(&state, .keyPressed("3"))
        for _ in 0..<3 { _ = reduce(&state, .keyPressed("j")) }
        #expect(state.selectedID(.news) == "n7")
        _ = reduce(&state, .datasetReloaded(withNews(dailyNews([1, 2, 3, 4, 5, 6, 8, 9, 10])), at: Date(timeIntervalSince1970: 0)))
        #expect(state.selectedIndex(.news) == 3)
        #expect(state.selectedID(.news) == "n6")
    }

    @Test func theSelectionSurvivesAReloadUnderAFilter() {
        var state = AppState(dataset: withNews(dailyNews(Array(1...10))))
        _ = reduce(&state, .viewportsMeasured([.models: 2, .costs: 3, .news: 4]))
        _ = reduce(&state, .keyPressed("3"))
        state.applyFilter("day", to: .news)
        for _ in 0..<5 { _ = reduce(&state, .keyPressed("j")) }
        let selected = state.selectedID(.news)
        _ = reduce(&state, .datasetReloaded(withNews(dailyNews(Array(1...12))), at: Date(timeIntervalSince1970: 0)))
        #expect(state.selectedID(.news) == selected)
        #expect(state.filter(.news) != nil)
    }
}
