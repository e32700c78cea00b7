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

    @Test func guessedRowsGiveTheOrderLookupsGiveWhateverTheGuesses() {
        var dataset = SearchIndexTests.dataset
        dataset.news += (0..<50).map { NewsItem(id: "x\($0)", date: SampleData.day("2020-01-01"), headline: "filler \($0)", source: "S") }
        let index = SearchIndex(dataset)
        let timeline = NewsTimeline(dataset: dataset, index: DatasetIndex(dataset))
        let ids = timeline.rows.ids + ["missing"]
        let looked = index.order(of: ids, pane: .news).positions
        #expect(looked.last == -1)
        // Right guesses, wrong ones, out of range and negative: always the looked-up rows.
        let right = timeline.rows.datasetOffsets + [0]
        let wrong = right.map { ($0 * 7 + 3) % ids.count }
        let wild = right.enumerated().map { $0.offset % 3 == 0 ? -5 : $0.offset % 3 == 1 ? 1_000_000 : $0.element }
        for guesses in [right, wrong, wild, right.reversed()] {
            #expect(index.order(of: ids, pane: .news, likelyRows: Array(guesses)).positions == looked)
        }
        // A guess list of another length is not used.
        #expect(index.order(of: ids, pane: .news, likelyRows: [0]).positions == looked)
    }

    @Test func aSearchInPartsFindsWhatOnePassFinds() throws {
        var dataset = SearchIndexTests.dataset
        let words = ["open", "weights", "panic mode", "deepseek", "price cut", "reuters"]
        dataset.news += (0..<997).map { number in
            NewsItem(id: "p\(number)", date: SampleData.day("2024-0\(number % 9 + 1)-1\(number % 10)"),
                     headline: "\(words[number % 6]) \(number) \(words[(number / 6) % 6])", source: number % 5 == 0 ? "Reuters" : "S")
        }
        let index = SearchIndex(dataset)
        let timeline = NewsTimeline(dataset: dataset, index: DatasetIndex(dataset))
        let order = index.order(of: timeline.rows.ids, pane: .news)
        for text in ["open", "\"panic mode\"", "open weights not reuters", "deepseek or \"price cut\"", "p1", "zzz", "date:2024-03"] {
            let query = try Query.parse(text, benchmarks: dataset.benchmarks)
            let whole = index.filter(query, in: order, mix: .standard, parts: 1)
            for parts in [2, 3, 7, 1000] {
                #expect(index.filter(query, in: order, mix: .standard, parts: parts) == whole, "\(text) in \(parts) parts")
            }
            if text == "open" { #expect(whole.count > 300) }
        }
        // The whole-pane path keeps exactly the rows the row-by-row path keeps.
        for text in ["open weights", "weights open -reuters", "open \"panic mode\" deepseek", "open or weights", "open (weights or cut)",
                     "deepseek date:2024-03 cut", "-open weights", "zzz open"] {
            let query = try Query.parse(text, benchmarks: dataset.benchmarks)
            let ids = timeline.rows.ids
            let expected = ids.indices.filter { index.matches(query, pane: .news, id: ids[$0]) }
            #expect(index.filter(query, in: order) == expected, "\(text)")
        }
        // The text search alone, part by part, row by row.
        let text = index.tables[.news]!.text
        for word in words {
            let needle = text.needle(word)
            let one = text.rowsContaining(needle, parts: 1)
            #expect(one.contains(true))
            for parts in [2, 5, 64] { #expect(text.rowsContaining(needle, parts: parts) == one, "\(word) in \(parts) parts") }
        }
    }
}
