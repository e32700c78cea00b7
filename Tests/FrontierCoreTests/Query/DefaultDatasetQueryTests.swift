@testable import FrontierCore
import TestSupport
import Testing

/// Queries against the story dataset (the embedded dataset as it stood at 2025-04, frozen in
/// `Fixtures.story`), whose rows the expected answers name.
@Suite struct DefaultDatasetQueryTests {
    static let dataset = Fixtures.story
    let index = SearchIndex(DefaultDatasetQueryTests.dataset)

    func rows(_ text: String, _ pane: PaneID) throws -> [String] {
        let query = try Query.parse(text, benchmarks: Self.dataset.benchmarks)
        let ids = pane == .models ? Self.dataset.models.map(\.id) : Self.dataset.news.map(\.id)
        return index.filter(query, pane: pane, ids: ids)
    }

    @Test func deepSeeksOpenModels() throws {
        #expect(try rows("org:deepseek open:yes", .models) == [
            "deepseek-v3", "deepseek-v3-base", "deepseek-r1", "deepseek-v3-0324", "deepseek-v2.5", "deepseek-v2",
        ])
    }

    @Test func openModelsAboveSixtyOnGPQADiamond() throws {
        #expect(try rows("gpqa-d>60 open:yes", .models) == ["deepseek-r1", "llama-4-maverick"])
        // `gpqa` is its own benchmark in this dataset (subset not named), so its id wins over the alias.
        #expect(try rows("gpqa>60 open:yes", .models) == ["deepseek-v3-0324"])
    }

    @Test func modelsAtMostR1sOutputPrice() throws {
        #expect(try rows("price.out<=$2.19", .models) == ["deepseek-v3", "deepseek-r1", "deepseek-v2.5"])
    }

    @Test func theDeepSeekWeekInTheNews() throws {
        let week = try rows("date:2025-01-20..2025-01-31", .news)
        #expect(week.count == 14)
        #expect(week.first == "n21-deepseek-r1-mit")
        #expect(week.last == "n34-semianalysis-fleet")
    }

    @Test func thePanicModePost() throws {
        #expect(try rows("\"panic mode\"", .news) == ["n23-blind-meta-panic-post"])
        #expect(try rows("source:cnbc", .news) == ["n24-cnbc-deepseek-threat"])
    }
}
