import Foundation
@testable import FrontierCore
import TerminalKeys
import Testing

/// Issue 13: with price lists imported, the models only a list knows and the prices nobody
/// compares ($0, embeddings) stay out of the default view; `a` and `:show all` bring them in,
/// titles count them, and `is:listed` / `modality:` search them.
@Suite struct HiddenRowsReducerTests {
    /// The sample data plus two models only a list knows (one an embedding), their prices, and
    /// a free price of a curated model.
    static var dataset: Dataset {
        var dataset = SampleData.dataset
        let day = DayDate("2026-06-01")!
        dataset.models += [
            Model(id: "listed-chat", name: "Listed Chat 9B", org: "deepseek", released: day, tags: [Model.listedTag]),
            Model(id: "listed-embed", name: "Listed Embed", org: "openai", released: day, tags: [Model.listedTag, "embedding"]),
        ]
        dataset.prices += [
            Price(id: "p-listed-chat", model: "listed-chat", input: 0.05, output: 0.10, asOf: day),
            Price(id: "p-listed-embed", model: "listed-embed", input: 0.02, output: 0, asOf: day),
        ]
        return dataset
    }

    func makeState(_ dataset: Dataset = HiddenRowsReducerTests.dataset) -> AppState {
        var state = AppState(dataset: dataset)
        _ = reduce(&state, .viewportsMeasured([.models: 3, .costs: 10, .news: 3]))
        return state
    }

    @Test func listedModelsAndTheirPricesAreHiddenUntilAShowsThem() {
        var state = makeState()
        #expect(state.rowIDs(.models) == ["deepseek-v3", "o1", "llama-3.1-405b", "gpt-4o"])
        #expect(state.projection.hiddenCount(.models) == 2)
        #expect(!state.rowIDs(.costs).contains { $0.hasSuffix("listed-chat") || $0.hasSuffix("listed-embed") })
        #expect(state.projection.hiddenCount(.costs) == 2)
        #expect(state.projection.hiddenCount(.news) == 0)

        type(["a"], on: &state)
        #expect(state.rowIDs(.models).first == "listed-chat", "newest first, as every row")
        #expect(state.rowIDs(.models).count == 6)
        #expect(state.rowIDs(.costs).contains(CostsChart.pricePrefix + "p-listed-chat"))
        #expect(state.projection.hiddenCount(.models) == 0)

        type(["a"], on: &state)
        #expect(state.rowIDs(.models).count == 4)
    }

    @Test func theSelectionStaysOnItsRowWhenRowsAppearAndDisappear() {
        var state = makeState()
        type(["j"], on: &state)
        #expect(state.selectedID(.models) == "o1")
        type(["a"], on: &state)
        #expect(state.selectedID(.models) == "o1")
        type(["g"], on: &state)
        #expect(state.selectedID(.models) == "listed-chat")
        type(["a"], on: &state)
        // The selected row is hidden again: the row now in its place is selected.
        #expect(state.selectedID(.models) == "deepseek-v3")
    }

    @Test func showAllAndShowNotableAreCommandsToo() {
        var state = makeState()
        type([":"] + letters("show all") + [.enter], on: &state)
        #expect(state.projection.showsEveryRow)
        type([":"] + letters("show notable") + [.enter], on: &state)
        #expect(!state.projection.showsEveryRow)
    }

    @Test func aFilterSearchesTheShownRowsAndCountsTheHiddenMatches() {
        var state = makeState()
        type(["/"] + letters("org:deepseek"), on: &state)
        #expect(state.rowIDs(.models) == ["deepseek-v3"])
        #expect(state.filter(.models)?.hiddenMatches == 1)
        type([.enter, "a"], on: &state)
        #expect(state.rowIDs(.models) == ["listed-chat", "deepseek-v3"])
        #expect(state.filter(.models)?.hiddenMatches == 0)
    }

    @Test func aQueryThatAsksForListedRowsSearchesEveryRow() {
        var state = makeState()
        type(["/"] + letters("is:listed"), on: &state)
        #expect(state.rowIDs(.models) == ["listed-chat", "listed-embed"])
        #expect(state.filter(.models)?.searchedEveryRow == true)
        type([.control("u")] + letters("modality:embedding"), on: &state)
        #expect(state.rowIDs(.models) == ["listed-embed"])
        type([.control("u")] + letters("-is:listed"), on: &state)
        #expect(state.rowIDs(.models).count == 4)
    }

    @Test func freeAndNonTextPricesOfCuratedModelsAreHiddenToo() {
        var dataset = Self.dataset
        dataset.prices.append(Price(id: "p-free-405b", model: "llama-3.1-405b", provider: "local", input: 0, output: 0,
                                    asOf: DayDate("2025-01-01")!))
        let state = makeState(dataset)
        #expect(!state.rowIDs(.costs).contains(CostsChart.pricePrefix + "p-free-405b"))
        #expect(state.projection.isHiddenByDefault(CostsChart.pricePrefix + "p-free-405b", in: .costs))
        // Training runs are never hidden: Epoch's estimates are of notable models.
        #expect(state.rowIDs(.costs).filter { $0.hasPrefix(CostsChart.trainingPrefix) }.count == 3)
    }

    @Test func theChoiceOutlivesTheRun() {
        var state = makeState()
        type(["a"], on: &state)
        let saved = state.persisted()
        #expect(saved.showsEveryRow)
        var next = makeState()
        next.restore(saved, at: Date())
        #expect(next.projection.showsEveryRow)
        #expect(next.rowIDs(.models).count == 6)
    }

    @Test func aNewDatasetKeepsTheChoice() {
        var state = makeState()
        type(["a"], on: &state)
        var dataset = Self.dataset
        dataset.models.removeLast()
        _ = reduce(&state, .datasetReloaded(dataset, at: Date()))
        #expect(state.projection.showsEveryRow)
        #expect(state.rowIDs(.models).count == 5)
    }
}
