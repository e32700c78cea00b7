import Foundation
@testable import FrontierCore
import Testing

/// Prices over time: which row is current on a day, the change a recent price made, and the
/// history a model's card shows.
@Suite struct PriceTimeTests {
    static func day(_ text: String) -> DayDate { DayDate(text)! }

    static let dataset = Dataset(
        organizations: [Organization(id: "lab", name: "Lab")],
        models: [Model(id: "m", name: "Model M", org: "lab", released: day("2025-01-01")),
                 Model(id: "n", name: "Model N", org: "lab", released: day("2025-01-01"))],
        prices: [
            Price(id: "m-1", model: "m", input: 1.00, output: 4.00, asOf: day("2025-01-01"), until: day("2026-09-30")),
            Price(id: "m-2", model: "m", input: 0.50, output: 2.00, asOf: day("2026-10-01")),
            Price(id: "m-3", model: "m", input: 0.25, output: 1.00, asOf: day("2027-01-01")),
            Price(id: "n-1", model: "n", input: 1.00, output: 2.00, asOf: day("2025-01-01"), until: day("2026-01-31")),
        ])

    @Test func theCurrentPriceIsTheNewestNotInTheFutureAndNotEnded() {
        let index = DatasetIndex(Self.dataset, today: Self.day("2026-12-05"))
        #expect(index.currentPrice["m"]?.id == "m-2")
        // Its only price ended: none is current.
        #expect(index.currentPrice["n"] == nil)
        // Before the cut took effect, the first price was current; after the announced one, the third.
        #expect(DatasetIndex(Self.dataset, today: Self.day("2026-09-30")).currentPrice["m"]?.id == "m-1")
        #expect(DatasetIndex(Self.dataset, today: Self.day("2027-01-01")).currentPrice["m"]?.id == "m-3")
    }

    @Test func aPriceChangedWithinNinetyDaysIsMarkedAndOneOlderIsNot() throws {
        let change = try #require(DatasetIndex(Self.dataset, today: Self.day("2026-12-05")).recentChange["m"])
        #expect(change.since == Self.day("2026-10-01"))
        #expect(change.previous.id == "m-1")
        #expect(change.isCut)
        #expect(DatasetIndex(Self.dataset, today: Self.day("2026-12-31")).recentChange["m"] == nil)
        let chart = CostsChart(dataset: Self.dataset, index: DatasetIndex(Self.dataset, today: Self.day("2026-12-05")))
        #expect(chart.prices.map(\.id) == ["price:m-2"])
        #expect(chart.prices.first?.change?.isCut == true)
    }

    @Test func theCardShowsEachStepOfThePriceWithItsDayAndChange() throws {
        let index = DatasetIndex(Self.dataset, today: Self.day("2026-12-05"))
        let model = try #require(Self.dataset.models.first { $0.id == "m" })
        let card = DetailContent.modelCard(model, dataset: Self.dataset, index: index, mix: .standard)
        let history = card.lines.drop { $0 != .heading("Price history (oldest first; current = the newest price not in the future and not ended)") }
        let steps: [(String, String)] = history.compactMap { line in
            if case let .field(day, text) = line { return (day, text) }
            return nil
        }
        #expect(steps.map(\.0) == ["2025-01-01", "2026-10-01", "2027-01-01"])
        #expect(steps[0].1.contains("until 2026-09-30"))
        #expect(steps[1].1.contains("cut 50%") && steps[1].1.contains("current"))
        #expect(steps[2].1.contains("cut 50%") && steps[2].1.contains("not yet in effect") && !steps[2].1.contains("current"))
    }

    @Test func aNewDayArrivesAsAClockTickAndMovesWhatIsCurrent() throws {
        var state = AppState(dataset: Self.dataset, today: Self.day("2026-12-05"))
        #expect(state.projection.costs.prices.first?.change != nil)
        let midnight = try #require(ISO8601DateFormatter().date(from: "2027-01-01T00:00:01Z"))
        _ = reduce(&state, .clockTicked(midnight))
        #expect(state.projection.index.today == Self.day("2027-01-01"))
        #expect(state.projection.index.currentPrice["m"]?.id == "m-3")
        // Without a day to start from (tests, tools), a tick leaves prices as they were.
        var undated = AppState(dataset: Self.dataset)
        _ = reduce(&undated, .clockTicked(midnight))
        #expect(undated.projection.index.today == nil)
        #expect(undated.projection.index.currentPrice["m"]?.id == "m-3")
    }

    @Test func aPriceFilterUsesTheSamePricesAsTheTableAndFollowsTheDay() throws {
        var state = AppState(dataset: Self.dataset, today: Self.day("2026-12-05"))
        let query = try Query.parse("price.out<=2", benchmarks: [])
        // On 2026-12-05 m costs $0.50/$2.00 (m-2); the $1.00 price of 2027 is not yet current.
        state.ensureSearchIndex()
        let index = try #require(state.searchIndex)
        #expect(index.filter(query, pane: .models, ids: ["m", "n"]) == ["m"])
        _ = reduce(&state, .clockTicked(try #require(ISO8601DateFormatter().date(from: "2026-09-01T00:00:00Z"))))
        // Back before the cut, m cost $4.00 out: the index in use was built again for the day.
        #expect(state.searchIndex?.filter(query, pane: .models, ids: ["m", "n"]) == [])
    }
}
