@testable import FrontierCore
import Testing

@Suite struct ViewModelTests {
    let index = DatasetIndex(SampleData.dataset)

    func column(_ table: ModelsTable, _ id: String) -> Int {
        table.columns.firstIndex { $0.id == id }!
    }

    @Test func modelsAreNewestFirstByDefault() {
        let table = ModelsTable(dataset: SampleData.dataset, index: index)
        #expect(table.rows.map(\.id) == ["deepseek-v3", "o1", "llama-3.1-405b", "gpt-4o"])
    }

    /// Issue 13: a day a listing first showed a model is no release date; it is marked `~` and
    /// sorts after every real date in both directions, so a fresh import never tops the pane.
    @Test func aFirstSeenDayIsMarkedAndSortsAfterRealReleaseDates() {
        var dataset = SampleData.dataset
        dataset.models.append(Model(id: "listed", name: "listed-model", org: dataset.models[0].org,
                                    released: DayDate("2026-08-20")!,
                                    notes: [Note(about: "released", text: "\(Model.firstSeenNoteText): the day this model was first seen in LiteLLM.")]))
        let index = DatasetIndex(dataset)
        for descending in [true, false] {
            let table = ModelsTable(dataset: dataset, index: index, sort: SortSpec(key: "released", descending: descending))
            #expect(table.rows.last?.id == "listed", "descending: \(descending)")
            #expect(table.rows.last?.cells[column(table, "released")] == "~2026-08")
            #expect(table.rows.first?.cells[column(table, "released")].hasPrefix("~") == false)
        }
    }

    @Test func missingValuesShowAsADashNeverZero() {
        let table = ModelsTable(dataset: SampleData.dataset, index: index)
        let gpt4o = table.rows.first { $0.id == "gpt-4o" }!
        #expect(gpt4o.cells[column(table, "params")] == "–")
        #expect(gpt4o.cells[column(table, "score:mmlu")] == "–")
        let o1 = table.rows.first { $0.id == "o1" }!
        #expect(o1.cells[column(table, "weights")] == "–")
    }

    @Test func weightsShowTheOpenLicenceOrClosed() {
        let table = ModelsTable(dataset: SampleData.dataset, index: index)
        let cells = table.rows.map { $0.cells[column(table, "weights")] }
        #expect(cells == ["DeepSeek", "–", "Llama 3.1", "closed"])
        #expect(ModelsTable.shortLicense("DeepSeek Model License (weights); MIT (code)") == "DeepSeek")
        #expect(ModelsTable.shortLicense("Meta Llama 3 Community License") == "Llama 3")
        #expect(ModelsTable.shortLicense("Proprietary") == "Proprietary")
    }

    @Test func mixtureOfExpertsShowsTotalAndActiveParameters() {
        let table = ModelsTable(dataset: SampleData.dataset, index: index)
        #expect(table.rows[0].cells[column(table, "params")] == "671B/37B")
        #expect(table.rows[2].cells[column(table, "params")] == "405B")
    }

    @Test func theFirstScoreListedIsTheOneTheTableShows() {
        let table = ModelsTable(dataset: SampleData.dataset, index: index)
        let gpt4o = table.rows.first { $0.id == "gpt-4o" }!
        #expect(gpt4o.cells[column(table, "score:gpqa-diamond")] == "49.9")
    }

    @Test func benchmarkColumnsFollowTheHeadlineOrder() {
        let table = ModelsTable(dataset: SampleData.dataset, index: index)
        #expect(table.columns.map(\.id).filter { $0.hasPrefix("score:") } == ["score:mmlu", "score:gpqa-diamond", "score:codeforces"])
    }

    @Test func sortingByAScorePutsMissingValuesLastBothWays() {
        let descending = ModelsTable(dataset: SampleData.dataset, index: index, sort: SortSpec(key: "score:mmlu", descending: true))
        #expect(descending.rows.map(\.id) == ["llama-3.1-405b", "deepseek-v3", "gpt-4o", "o1"])
        let ascending = ModelsTable(dataset: SampleData.dataset, index: index, sort: SortSpec(key: "score:mmlu", descending: false))
        // Rows without a score keep the dataset's order, after every scored row.
        #expect(ascending.rows.map(\.id) == ["deepseek-v3", "llama-3.1-405b", "gpt-4o", "o1"])
    }

    /// Issue 13: a model without a price never tops a price sort, cheapest or dearest first.
    @Test func sortingByAPricePutsModelsWithoutOneLastBothWays() {
        for key in ["price", "cheapest"] {
            for descending in [true, false] {
                let ids = ModelsTable(dataset: SampleData.dataset, index: index, sort: SortSpec(key: key, descending: descending)).rows.map(\.id)
                #expect(ids.last == "llama-3.1-405b", "\(key) descending: \(descending)")
                #expect(ids.first == (descending ? "o1" : "deepseek-v3"), "\(key) descending: \(descending)")
            }
        }
    }

    @Test func rowsWithEqualKeysKeepTheDatasetOrderInBothDirections() {
        var dataset = SampleData.dataset
        // Three models released the same day, in this order in the file.
        for (offset, id) in ["z-first", "a-second", "m-third"].enumerated() {
            dataset.models.append(Model(id: id, name: id, org: "meta", released: SampleData.day("2024-01-0\(offset + 1)")))
            dataset.models[dataset.models.count - 1].released = SampleData.day("2024-01-01")
        }
        let index = DatasetIndex(dataset)
        for descending in [true, false] {
            let ids = ModelsTable(dataset: dataset, index: index, sort: SortSpec(key: "released", descending: descending)).rows.map(\.id)
            #expect(ids.filter { ["z-first", "a-second", "m-third"].contains($0) } == ["z-first", "a-second", "m-third"])
        }
    }

    @Test func blendedPriceUsesTheCurrentPriceAndTheMix() {
        let table = ModelsTable(dataset: SampleData.dataset, index: index)
        let gpt4o = table.rows.first { $0.id == "gpt-4o" }!
        // (2.5 * 3 + 10 * 1) / 4 = 4.375, from the price without an end date.
        #expect(gpt4o.cells[column(table, "price")] == "$4.38")
        let custom = ModelsTable(dataset: SampleData.dataset, index: index, mix: TokenMix(input: 1, output: 1))
        #expect(custom.rows.first { $0.id == "gpt-4o" }!.cells[column(table, "price")] == "$6.25")
    }

    @Test func trainingCostsAreSortedLargestFirstWithTheirBasis() {
        let chart = CostsChart(dataset: SampleData.dataset, index: index)
        #expect(chart.training.map(\.label) == ["GPT-4", "Llama 3.1 405B", "DeepSeek-V3"])
        #expect(chart.training.map(\.basisMark) == ["est", "calc", ""])
        #expect(chart.training.map(\.costText) == ["$78.4M", "$61.7M", "$5.58M"])
    }

    @Test func trainingScaleSpansWholeDecades() {
        let chart = CostsChart(dataset: SampleData.dataset, index: index)
        #expect(chart.trainingScale == 1e6...1e8)
        #expect(chart.priceScale.lowerBound == 0.1)
        #expect(chart.priceScale.upperBound == 100)
    }

    /// Issue 13: $0 prices (local models, free tiers) no longer lead the chart; they come after
    /// every real price in both directions and are counted for the title.
    /// Issue 13: an item whose day is only when an import read it never leads the timeline.
    @Test func newsDatedOnlyByTheirImportSortAfterRealDates() {
        var dataset = SampleData.dataset
        dataset.news.append(NewsItem(id: "undated", date: DayDate("2030-01-01")!, approximate: true, headline: "Undated",
                                     source: "feed", provenance: Provenance(note: "\(NewsItem.firstSeenNoteText), nor for the feed.")))
        let index = DatasetIndex(dataset)
        for descending in [true, false] {
            let timeline = NewsTimeline(dataset: dataset, index: index, sort: SortSpec(key: "date", descending: descending))
            #expect(timeline.rows.last?.id == "undated", "descending: \(descending)")
        }
    }

    /// The rows of news appended to those on screen are the rows a whole sort gives; a previous
    /// timeline of other news, or in another order, is not used.
    @Test func appendedNewsExtendTheTimelineToWhatAWholeSortGives() {
        let shown = SampleData.dataset
        let shownTimeline = NewsTimeline(dataset: shown, index: DatasetIndex(shown))
        var next = shown
        for (number, day) in ["2024-12-26", "2030-01-01", "2020-01-01"].enumerated() {
            next.news.append(NewsItem(id: "added-\(number)", date: DayDate(day)!, headline: "Added \(number)", source: "feed"))
        }
        let index = DatasetIndex(next)
        let whole = NewsTimeline(dataset: next, index: index).rows.ids
        #expect(NewsTimeline(dataset: next, index: index, extending: shownTimeline).rows.ids == whole)
        #expect(whole.first == "added-1" && whole.last == "added-2")
        // News changed in place: the previous order does not describe them, and is not used.
        var changed = next
        changed.news[0].date = DayDate("2031-01-01")!
        let changedIndex = DatasetIndex(changed)
        #expect(NewsTimeline(dataset: changed, index: changedIndex, extending: shownTimeline).rows.ids
            == NewsTimeline(dataset: changed, index: changedIndex).rows.ids)
        // Another direction than the previous timeline's is sorted whole.
        let ascending = SortSpec(key: "date", descending: false)
        #expect(NewsTimeline(dataset: next, index: index, sort: ascending, extending: shownTimeline).rows.ids
            == NewsTimeline(dataset: next, index: index, sort: ascending).rows.ids)
    }

    @Test func zeroPricesComeAfterEveryRealPriceInBothDirections() {
        var dataset = SampleData.dataset
        let model = dataset.models.first { $0.id == "llama-3.1-405b" }!
        dataset.prices.append(Price(id: "free-llama", model: model.id, provider: "local", input: 0, output: 0,
                                    asOf: DayDate("2025-01-01")!))
        let index = DatasetIndex(dataset)
        for descending in [true, false] {
            let chart = CostsChart(dataset: dataset, index: index, sort: SortSpec(key: "value", descending: descending))
            #expect(chart.prices.last?.model == "llama-3.1-405b", "descending: \(descending)")
            #expect(chart.prices.first.map { $0.input + $0.output > 0 } == true)
            #expect(chart.zeroPriced == 1)
        }
    }

    /// Issue 13: an embedding's price per token is no chat price: it comes after every text
    /// model's in both directions.
    @Test func modelsOfAnotherKindComeAfterTextModelsInThePriceChart() {
        var dataset = SampleData.dataset
        let index = dataset.models.firstIndex { $0.id == "deepseek-v3" }!
        dataset.models[index].tags.append("embedding")
        let projectionIndex = DatasetIndex(dataset)
        for descending in [true, false] {
            let chart = CostsChart(dataset: dataset, index: projectionIndex, sort: SortSpec(key: "value", descending: descending))
            #expect(chart.prices.last?.model == "deepseek-v3", "descending: \(descending)")
            #expect(chart.zeroPriced == 1)
        }
    }

    @Test func pricesShowEachModelsCurrentPriceCheapestFirst() {
        let chart = CostsChart(dataset: SampleData.dataset, index: index)
        #expect(chart.prices.map(\.model) == ["deepseek-v3", "gpt-4o", "o1"])
        #expect(chart.prices[1].inputText == "$2.50")
    }

    @Test func newsIsNewestFirstWithOrganizationNames() {
        let timeline = NewsTimeline(dataset: SampleData.dataset, index: index)
        #expect(timeline.rows.map(\.id) == ["n2", "n3", "n1"])
        #expect(timeline.rows[1].date == "~2025-01-23")
        #expect(timeline.rows[1].organizations == "Meta, DeepSeek")
    }

    @Test func modelCardListsEveryScoreWithWhoReportedIt() throws {
        let state = AppState(dataset: SampleData.dataset)
        let card = try #require(DetailContent.make(pane: .models, id: "gpt-4o", dataset: SampleData.dataset, projection: state.projection))
        let scoreLines = card.lines.compactMap { line -> String? in
            if case let .field("GPQA-Diamond", value) = line { return value }
            return nil
        }
        #expect(scoreLines.count == 2)
        #expect(scoreLines[0].contains("measured by DeepSeek (cross-lab)"))
        #expect(scoreLines[1].contains("reported by OpenAI (self)"))
        #expect(card.lines.contains(.field("Parameters", "undisclosed")))
    }

    /// Issue 13: the model card lists every provider's current price, cheapest first, named,
    /// with its source; superseded rows follow under their own heading.
    /// The sample dataset with GPT-4o priced by OpenAI ($2.50/$10 from `priceDay`), Together AI
    /// ($1/$4) and `others`.
    private static func gpt4oPriced(with others: [Price]) -> Dataset {
        var dataset = SampleData.dataset
        dataset.prices.removeAll { $0.model == "gpt-4o" }
        dataset.prices += [
            Price(id: "own", model: "gpt-4o", input: 2.5, output: 10, asOf: priceDay),
            Price(id: "cheap", model: "gpt-4o", provider: "Together AI", input: 1, output: 4, asOf: priceDay),
        ] + others
        return dataset
    }

    private static let priceDay = DayDate("2025-03-01")!

    @Test func modelCardListsEachProvidersCurrentPriceCheapestFirst() throws {
        let dataset = Self.gpt4oPriced(with: [
            Price(id: "old-own", model: "gpt-4o", input: 5, output: 15, asOf: DayDate("2024-05-13")!, until: DayDate("2025-02-28")!),
            Price(id: "azure", model: "gpt-4o", provider: "Azure", input: 2.75, output: 11, asOf: Self.priceDay,
                  provenance: Provenance(source: "LiteLLM")),
        ])
        let state = AppState(dataset: dataset)
        let card = try #require(DetailContent.make(pane: .models, id: "gpt-4o", dataset: dataset, projection: state.projection))
        let heading = try #require(card.lines.firstIndex { if case .heading(let text) = $0 { return text.hasPrefix("API prices by provider") }; return false })
        let labels = card.lines[(heading + 1)...].prefix { if case .field = $0 { return true }; return false }.compactMap { line -> String? in
            if case let .field(label, _) = line { return label }
            return nil
        }
        #expect(labels == ["Together AI", "OpenAI (own API)", "Azure"])
        #expect(card.lines.contains { if case let .field("Azure", value) = $0 { return value.contains("LiteLLM") }; return false })
        // The developer's own line had a price before: its history, with the cut.
        #expect(card.lines.contains(.heading("Price history (oldest first; current = the newest price not in the future and not ended)")))
        #expect(card.lines.contains { if case let .field("2024-05-13", value) = $0 { return value.contains("until 2025-02-28") }; return false })
        #expect(card.lines.contains { if case let .field("2025-03-01", value) = $0 { return value.contains("cut 42%") && value.contains("current") }; return false })
        // The hosts' lines, one current price each, have no history to show.
        #expect(!card.lines.contains(.text("Azure")))
    }

    /// Issue 13: beside the developer's own price, the cheapest paid price any provider lists;
    /// a $0 tier and a closed row do not count.
    @Test func theCheapestColumnIsTheLowestPaidCurrentPriceOfAnyProvider() throws {
        let dataset = Self.gpt4oPriced(with: [
            Price(id: "old", model: "gpt-4o", provider: "Groq", input: 0.5, output: 1, asOf: DayDate("2024-06-01")!,
                  until: DayDate("2025-01-01")!),
            Price(id: "free", model: "gpt-4o", provider: "Free Host", input: 0, output: 0, asOf: Self.priceDay),
        ])
        let table = ModelsTable(dataset: dataset, index: DatasetIndex(dataset))
        let row = try #require(table.rows.first { $0.id == "gpt-4o" })
        #expect(row.cells[column(table, "price")] == "$4.38")
        #expect(row.cells[column(table, "cheapest")] == "$1.75")
        let sorted = ModelsTable(dataset: dataset, index: DatasetIndex(dataset), sort: SortSpec(key: "cheapest", descending: false))
        let ids = sorted.rows.map(\.id)
        #expect(ids.firstIndex(of: "deepseek-v3")! < ids.firstIndex(of: "gpt-4o")!)
        #expect(ids.firstIndex(of: "gpt-4o")! < ids.firstIndex(of: "o1")!)
    }

    /// Issue 13: Enter on a news item shows every feed that carried it, one a line.
    @Test func newsDetailListsEverySourceThatCarriedTheItem() throws {
        var dataset = SampleData.dataset
        dataset.news.append(NewsItem(id: "both", date: DayDate("2025-01-27")!, headline: "Shared",
                                     source: ["AI Wire", "Lab Blog"].joined(separator: NewsItem.sourceSeparator),
                                     tags: ["imported"]))
        let state = AppState(dataset: dataset)
        let detail = try #require(DetailContent.make(pane: .news, id: "both", dataset: dataset, projection: state.projection))
        #expect(detail.lines.contains(.field("Sources", "AI Wire (its words)")))
        #expect(detail.lines.contains(.field("", "Lab Blog")))
        let single = try #require(DetailContent.make(pane: .news, id: dataset.news[0].id, dataset: dataset, projection: state.projection))
        #expect(single.lines.contains(.field("Source", dataset.news[0].source)))
    }

    @Test func costDetailCarriesMethodAndBasis() throws {
        let state = AppState(dataset: SampleData.dataset)
        let detail = try #require(DetailContent.make(pane: .costs, id: "training:t-v3", dataset: SampleData.dataset, projection: state.projection))
        #expect(detail.lines.contains(.field("Cost", "$5.58M")))
        #expect(detail.lines.contains(.text("2.788M H800 GPU-hours at $2 per GPU-hour")))
        #expect(detail.lines.contains(.field("Basis", "reported by the developer")))
    }

    @Test func detailOfAVanishedRowIsNil() {
        let state = AppState(dataset: SampleData.dataset)
        #expect(DetailContent.make(pane: .news, id: "gone", dataset: SampleData.dataset, projection: state.projection) == nil)
    }
}
