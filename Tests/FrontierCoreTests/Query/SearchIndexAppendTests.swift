@testable import FrontierCore
import Testing
import TestSupport

/// Every table, vocabulary and count of an index, as text, so two indexes compare whole.
private func contents(_ index: SearchIndex) -> [String] {
    var lines = [index.organizations.names, index.models.names, index.sources.names, index.tags.names,
                 index.licenses.names].map { String(describing: $0) }
    lines.append(String(describing: index.benchmarks.sorted { $0.key < $1.key }))
    for pane in PaneID.allCases {
        let table = index.tables[pane]!
        lines += [String(describing: table.ids), String(describing: table.positions.sorted { $0.key < $1.key }),
                  String(describing: table.references), String(describing: table.figures),
                  String(describing: table.scores.map { ($0.benchmark, $0.value) }),
                  String(describing: table.text.bytes), String(describing: table.text.starts),
                  String(describing: table.text.byteCounts)]
        lines += table.records.map { String(describing: $0) }
    }
    return lines
}

private func news(_ id: String, _ headline: String, orgs: [String] = [], models: [String] = [], tags: [String] = [],
                  source: String = "Reuters") -> NewsItem {
    NewsItem(id: id, date: DayDate("2025-05-01")!, headline: headline, orgs: orgs, models: models, source: source, tags: tags,
             provenance: Provenance(source: "A feed", url: "https://example.org/\(id)"))
}

@Suite struct SearchIndexAppendTests {
    /// News appended to a dataset extend its index to exactly the index a whole build gives,
    /// new tags, sources and an organization no record defines included.
    @Test func appendedNewsExtendTheIndexToWhatAWholeBuildGives() throws {
        let old = Fixtures.story
        var new = old
        new.news += [
            news("x1", "DeepSeek cuts prices again", orgs: ["deepseek"], models: ["deepseek-v3"], tags: ["pricing"]),
            news("x2", "A brand-new lab appears", orgs: ["brand-new-lab"], tags: ["a-tag-never-seen"], source: "Nowhere Weekly"),
            news("x3", "Ünïcödé headline — with dashes", orgs: ["openai", "deepseek"]),
        ]
        let today = DayDate("2025-06-01")
        let extended = try #require(SearchIndex(old, today: today).appending(newsOf: new, after: old))
        #expect(contents(extended) == contents(SearchIndex(new, today: today)))
        let ids = new.news.map(\.id)
        for text in ["deepseek", "org:brand-new-lab", "tag:a-tag-never-seen", "source:nowhere", "ünïcödé"] {
            let query = try Query.parse(text, benchmarks: new.benchmarks)
            #expect(extended.filter(query, pane: .news, ids: ids) == SearchIndex(new, today: today).filter(query, pane: .news, ids: ids))
        }
        #expect(extended.filter(try Query.parse("org:brand-new-lab", benchmarks: []), pane: .news, ids: ids) == ["x2"])
    }

    /// Anything but appended news (an item changed in place, a record of another kind changed,
    /// fewer news) builds the index whole.
    @Test func anyOtherChangeIsNotAnAppend() {
        let old = Fixtures.story
        let index = SearchIndex(old)
        var changedItem = old
        changedItem.news[0].headline += " (corrected)"
        changedItem.news.append(news("x1", "More"))
        #expect(index.appending(newsOf: changedItem, after: old) == nil)
        var changedModel = old
        changedModel.models[0].name += " 2"
        changedModel.news.append(news("x1", "More"))
        #expect(index.appending(newsOf: changedModel, after: old) == nil)
        var fewer = old
        fewer.news.removeLast()
        #expect(index.appending(newsOf: fewer, after: old) == nil)
        #expect(index.appending(newsOf: old, after: old) == nil)
        // An index built for another dataset than the one named is not extended either.
        var other = old
        other.news.removeLast(2)
        #expect(SearchIndex(other).appending(newsOf: changedItem, after: old) == nil)
    }
}
