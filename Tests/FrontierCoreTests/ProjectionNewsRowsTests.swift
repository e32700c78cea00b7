import Testing
@testable import FrontierCore

/// Rows found through the search index's news places are the rows the projection's own map finds.
@Suite struct ProjectionNewsRowsTests {
    @Test func newsRowsFoundThroughTheIndexAreTheRowsTheMapFinds() {
        var dataset = SampleData.dataset
        dataset.news += (0..<300).map {
            NewsItem(id: "extra\($0)", date: DayDate("2024-0\($0 % 9 + 1)-0\($0 % 9 + 1)")!, headline: "Extra \($0)", source: "Wire")
        }
        let index = SearchIndex(dataset)
        let offsets = index.newsOffsets
        #expect(offsets?.count == dataset.news.count)
        for sort in [SortSpec(key: "date", descending: true), SortSpec(key: "headline", descending: false)] {
            let mapped = Projection(dataset: dataset, sorts: [.news: sort], mix: .standard)
            let indexed = Projection(dataset: dataset, sorts: [.news: sort], mix: .standard, newsOffsets: offsets)
            #expect(indexed.allRowIDs(.news) == mapped.allRowIDs(.news))
            for id in dataset.news.map(\.id) + ["missing"] {
                #expect(indexed.rowIndex(of: id, in: .news) == mapped.rowIndex(of: id, in: .news), "\(id)")
                #expect(indexed.position(of: id, in: .news) == mapped.position(of: id, in: .news), "\(id)")
                #expect(!indexed.isHiddenByDefault(id, in: .news))
            }
        }
        // Places that do not fit the dataset are not used.
        let stale = Projection(dataset: dataset, mix: .standard, newsOffsets: ["n1": 0])
        #expect(stale.rowIndex(of: dataset.news[5].id, in: .news) != nil)
    }
}
