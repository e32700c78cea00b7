import Foundation
import Testing
@testable import FrontierCore

/// What the runtime once decided itself and `reduce` now does: new data shown or held while
/// paused, the first data as the start, a failed fetch's reason, the theme and the saved state.
@Suite struct LiveDataReducerTests {
    static let start = Date(timeIntervalSince1970: 1_000_000)
    static let later = start.addingTimeInterval(60)

    func makeState(_ dataset: Dataset = SampleData.dataset) -> AppState {
        var state = AppState(dataset: dataset)
        _ = reduce(&state, .viewportsMeasured([.models: 2, .costs: 3, .news: 4]))
        return state
    }

    /// The sample data with news items `extra` added, dated after the sample's own news.
    func withExtraNews(_ extra: [String]) -> Dataset {
        var dataset = SampleData.dataset
        dataset.news += extra.map { NewsItem(id: $0, date: SampleData.day("2025-06-01"), headline: "About \($0)", source: "s") }
        return dataset
    }

    func problem(_ message: String) -> Diagnostic {
        Diagnostic(file: "feed.jsonl", line: 1, column: 1, path: "", message: message)
    }

    func arrived(_ dataset: Dataset, problems: [Diagnostic] = [], at date: Date = LiveDataReducerTests.start) -> Action {
        .dataArrived(dataset, problems: problems, derived: nil, at: date)
    }

    // MARK: Pause

    @Test func pauseHoldsOnlyTheNewestDataAndKeepsEveryProblem() {
        var state = makeState()
        _ = reduce(&state, .keyPressed("p"))
        _ = reduce(&state, arrived(withExtraNews(["a"]), problems: [problem("first")]))
        _ = reduce(&state, arrived(withExtraNews(["a", "b"]), problems: [problem("second")]))

        #expect(state.dataset == SampleData.dataset, "nothing reaches the screen while paused")
        #expect(state.held?.dataset == withExtraNews(["a", "b"]))
        #expect(state.held?.problems.map(\.message) == ["first", "second"])
        #expect(state.waitingUpdates == 2, "the count is of records that differ from the screen, not of arrivals")
        #expect(state.dataProblem == nil)
    }

    @Test func unpausingPutsTheHeldDataOnScreenMarkedAsOfTheResume() {
        var state = makeState()
        _ = reduce(&state, .keyPressed("p"))
        _ = reduce(&state, arrived(withExtraNews(["a"]), problems: [problem("first")]))
        _ = reduce(&state, arrived(withExtraNews(["a", "b"]), problems: [problem("second")]))

        #expect(reduce(&state, .keyPressed("p")) == [.applyWaitingUpdates])
        #expect(state.dataset == SampleData.dataset, "the runtime answers with the time first")
        _ = reduce(&state, .updatesResumed(at: Self.later))

        #expect(state.dataset == withExtraNews(["a", "b"]))
        #expect(state.held == nil)
        #expect(state.waitingUpdates == 0)
        #expect(state.change(of: "a", in: .news) == RowChange(.added, at: Self.later))
        #expect(state.change(of: "b", in: .news) == RowChange(.added, at: Self.later))
        #expect(state.dataProblem == problem("first").description + " (+1 more)")
    }

    @Test func unpausingWithNothingHeldAsksTheRuntimeForNothing() {
        var state = makeState()
        _ = reduce(&state, .keyPressed("p"))
        #expect(reduce(&state, .keyPressed("p")) == [])
        #expect(!state.paused)
    }

    @Test func aResumeThatFindsThePauseBackOnKeepsHolding() {
        var state = makeState()
        _ = reduce(&state, .keyPressed("p"))
        _ = reduce(&state, arrived(withExtraNews(["a"])))
        _ = reduce(&state, .keyPressed("p"))
        _ = reduce(&state, .keyPressed("p"))
        _ = reduce(&state, .updatesResumed(at: Self.later))
        #expect(state.dataset == SampleData.dataset)
        #expect(state.held?.dataset == withExtraNews(["a"]))
    }

    @Test func failuresAreShownEvenWhilePaused() {
        var state = makeState()
        _ = reduce(&state, .keyPressed("p"))
        _ = reduce(&state, .datasetReloadFailed([problem("broken")]))
        #expect(state.dataProblem == problem("broken").description)
    }

    // MARK: The first data and later data

    @Test func theFirstDataToAnEmptyScreenIsTheStartWithoutMarks() {
        var state = makeState(Dataset())
        _ = reduce(&state, arrived(SampleData.dataset))
        #expect(state.dataset == SampleData.dataset)
        #expect(state.changes.isEmpty)
        #expect(state.unseenNews.isEmpty)
        #expect(state.nextMarkExpiry == nil)
        #expect(state.selectedID(.models) != nil)
    }

    @Test func laterDataIsAReloadThatMarksWhatChanged() {
        var state = makeState()
        _ = reduce(&state, arrived(withExtraNews(["a"]), at: Self.later))
        #expect(state.change(of: "a", in: .news) == RowChange(.added, at: Self.later))
        #expect(state.unseenNews == ["a"])
        #expect(state.nextMarkExpiry == Self.later.addingTimeInterval(AppState.changeMarkLifetime))
    }

    @Test func dataThatArrivesCleanClearsTheProblemAndItsOwnProblemsShow() {
        var state = makeState()
        _ = reduce(&state, .datasetReloadFailed([problem("broken")]))
        _ = reduce(&state, arrived(withExtraNews(["a"])))
        #expect(state.dataProblem == nil)
        _ = reduce(&state, arrived(withExtraNews(["a", "b"]), problems: [problem("left out")]))
        #expect(state.dataset == withExtraNews(["a", "b"]))
        #expect(state.dataProblem == problem("left out").description)
    }

    @Test func derivedDataBuiltForTheArrivalIsUsedAndThenDropped() {
        var state = makeState()
        let next = withExtraNews(["a"])
        let derived = DerivedData(dataset: next, settings: state.derivationSettings, previous: state.dataset)
        _ = reduce(&state, .dataArrived(next, problems: [], derived: derived, at: Self.start))
        #expect(state.preparedData == nil)
        #expect(state.rowIDs(.news).contains("a"))
        #expect(state.change(of: "a", in: .news)?.kind == .added)
    }

    // MARK: Messages, theme, saved state

    @Test func aFailedFetchSaysWhyOnlyWhenNoMessageIsShown() {
        var state = makeState()
        _ = reduce(&state, .sourceFetchFailed(source: "https://example.org/d.json", message: "HTTP 500"))
        #expect(state.message == "https://example.org/d.json: HTTP 500")
        _ = reduce(&state, .sourceFetchFailed(source: "https://example.org/e.json", message: "timed out"))
        #expect(state.message == "https://example.org/d.json: HTTP 500", "the message shown first stays")
        _ = reduce(&state, .keyPressed("j"))
        #expect(state.message == nil)
        _ = reduce(&state, .sourceFetchFailed(source: "https://example.org/e.json", message: "timed out"))
        #expect(state.message == "https://example.org/e.json: timed out")
    }

    @Test func aChosenThemeIsShownAndAnUnknownOnePicksTheFirst() {
        var state = AppState(dataset: SampleData.dataset, themes: ["default", "mono", "paper"])
        _ = reduce(&state, .themeChosen("paper"))
        #expect(state.themeName == "paper")
        _ = reduce(&state, .themeChosen("neon"))
        #expect(state.themeName == "default")
    }

    @Test func theSavedStateComesBackThroughReduce() {
        var state = AppState(dataset: SampleData.dataset, themes: ["default", "mono"])
        let saved = PersistedState(focus: .news, marks: ["gpt-4o", "no-such-model"], theme: "mono")
        _ = reduce(&state, .savedStateLoaded(saved, at: Self.start))
        #expect(state.focus == .news)
        #expect(state.marks == ["gpt-4o"])
        #expect(state.themeName == "mono")
    }

    @Test func quittingStopsRunningInReduce() {
        var state = makeState()
        #expect(reduce(&state, .keyPressed("q")) == [.quit])
        #expect(!state.running)
        var other = makeState()
        #expect(reduce(&other, .terminationRequested) == [.quit])
        #expect(!other.running)
    }
}
