@testable import FrontierCore
import Testing

/// The rows `frontier list` prints: the panes' rows and orders, filtered, in three shapes.
@Suite struct PaneListingTests {
    let dataset = SearchIndexTests.dataset

    @Test func modelsKeepThePanesDefaultOrderAfterFiltering() throws {
        let listing = try PaneListing(pane: .models, dataset: dataset, query: Query.parse("open:yes", benchmarks: dataset.benchmarks))
        #expect(listing.ids == ["qwen-72b", "deepseek-v3", "llama-3.1-405b"])
        #expect(listing.cells.count == 3)
        #expect(listing.values.allSatisfy { $0.count == listing.fields.count })
    }

    @Test func costsListTrainingByCostThenCurrentPrices() throws {
        let listing = try PaneListing(pane: .costs, dataset: dataset, query: .all)
        #expect(listing.ids == ["training:t-gpt4", "training:t-405b", "training:t-v3", "price:p-v3", "price:p-4o", "price:p-o1"])
        let reversed = try PaneListing(pane: .costs, dataset: dataset, query: .all, reverse: true)
        #expect(reversed.ids == listing.ids.reversed())
        #expect(throws: PaneListing.SortError.fixedOrder(.costs)) {
            try PaneListing(pane: .costs, dataset: dataset, query: .all, sortKey: "cost")
        }
    }

    @Test func sortKeysNameBenchmarksAndChooseADirection() throws {
        let byScore = try PaneListing(pane: .models, dataset: dataset, query: .all, sortKey: "MMLU")
        #expect(byScore.ids.prefix(2) == ["llama-3.1-405b", "deepseek-v3"])
        let byName = try PaneListing(pane: .models, dataset: dataset, query: .all, sortKey: "name")
        #expect(byName.ids == ["deepseek-v3", "gpt-4o", "llama-3.1-405b", "o1", "qwen-72b"])
        #expect(throws: PaneListing.SortError.self) {
            try PaneListing(pane: .news, dataset: dataset, query: .all, sortKey: "mood")
        }
    }

    @Test func jsonRecordsAddNamesScoresAndTheBlendedPrice() throws {
        let listing = try PaneListing(pane: .models, dataset: dataset, query: Query.parse("deepseek", benchmarks: dataset.benchmarks))
        let record = try #require(listing.records.first?.objectValue)
        #expect(record["id"]?.stringValue == "deepseek-v3")
        #expect(record["organizationName"]?.stringValue == "DeepSeek")
        #expect(record["headlineScores"]?.objectValue?["mmlu"]?.numberValue?.value == 88.5)
        let blended = try #require(record["currentPrice"]?.objectValue?["blended"]?.numberValue?.value)
        #expect(abs(blended - 0.4775) < 1e-9)
    }

    @Test func csvQuotesOnlyWhatNeedsQuoting() {
        #expect(CSVWriter.line(["plain", "a,b", "say \"hi\"", "two\nlines", "cr\r", ""]) ==
            "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",cr\u{240D},\r\n")
    }
}
