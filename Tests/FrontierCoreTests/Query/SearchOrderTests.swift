@testable import FrontierCore
import Testing

/// The per-keystroke path: ids resolved once, then filtered to offsets into them.
@Suite struct SearchOrderTests {
    let index = SearchIndex(SearchIndexTests.dataset)

    @Test func filteringAnOrderGivesOffsetsIntoItsIds() throws {
        let ids = ["n4", "missing", "n3", "n2", "n1"]
        let order = index.order(of: ids, pane: .news)
        #expect(order.count == 5)
        let query = try Query.parse("org:deepseek", benchmarks: SearchIndexTests.dataset.benchmarks)
        #expect(index.filter(query, in: order) == [2, 3, 4])
        #expect(index.filter(.all, in: order) == [0, 2, 3, 4])
    }

    @Test func aFewRowsAreSearchedOneByOne() throws {
        // Fewer ids than a sixteenth of the pane take the row-by-row path; the answer is the same.
        var dataset = SearchIndexTests.dataset
        dataset.news += (0..<40).map { NewsItem(id: "x\($0)", date: SampleData.day("2020-01-01"), headline: "filler \($0)", source: "S") }
        let index = SearchIndex(dataset)
        let query = try Query.parse("\"panic mode\" or filler", benchmarks: dataset.benchmarks)
        #expect(index.filter(query, in: index.order(of: ["n4", "n1"], pane: .news)) == [0])
        #expect(index.filter(query, in: index.order(of: ["x3"], pane: .news)) == [0])
    }
}
