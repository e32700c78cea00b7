@testable import FrontierCore
@testable import FrontierImport
import Testing

private typealias S = ImportSample

private func entry(_ headline: String, guid: String? = nil, url: String? = nil, summary: String? = nil,
                   publisher: String) -> ImportedNews {
    ImportedNews(guid: guid, url: url, headline: headline, summary: summary, date: S.day("2025-05-30"),
                 publisher: publisher, provenance: Provenance(source: publisher, url: url, status: .secondary))
}

private func apply(_ news: [ImportedNews], to dataset: Dataset = S.dataset, from publisher: String) -> ImportOutcome {
    let context = ImportContext(sourceName: publisher, location: "https://\(publisher).example/feed.xml",
                                retrieved: S.day("2025-06-01"))
    return S.apply(ImportBatch(news: news), to: dataset, context: context)
}

/// Which entries are the same news item, across feeds and across imports.
@Suite struct NewsIdentityTests {
    let lab = [entry("DeepSeek cuts prices", guid: "lab-7", url: "https://deepseek.example/news/prices",
                     summary: "Off-peak discounts.", publisher: "DeepSeek News")]
    let aggregator = [entry("DeepSeek halves its API prices overnight", guid: "agg-91",
                            url: "https://deepseek.example/news/prices/?utm_source=agg", summary: "Big cuts.",
                            publisher: "AI Digest")]

    @Test func theSameArticleFromTwoFeedsIsOneItemListingBothSourcesInTheFirstFeedsWords() throws {
        let first = apply(lab, from: "DeepSeek News")
        let second = apply(aggregator, to: first.dataset, from: "AI Digest")
        #expect(second.dataset.news.count == first.dataset.news.count)
        let item = try #require(second.dataset.news.last)
        #expect(item.headline == "DeepSeek cuts prices")
        #expect(item.summary == "Off-peak discounts.")
        #expect(item.source == "DeepSeek News, AI Digest")
        #expect(second.updated == [RecordRef(kind: .news, id: item.id)])
    }

    @Test func alternatingImportsOfTwoFeedsSettle() {
        let first = apply(lab, from: "DeepSeek News")
        let second = apply(aggregator, to: first.dataset, from: "AI Digest")
        let third = apply(lab, to: second.dataset, from: "DeepSeek News")
        let fourth = apply(aggregator, to: third.dataset, from: "AI Digest")
        #expect(third.added.isEmpty && third.updated.isEmpty && third.dataset == second.dataset)
        #expect(fourth.added.isEmpty && fourth.updated.isEmpty && fourth.dataset == second.dataset)
    }

    @Test func entriesOfOneFeedSharingAPageAreDistinctReleases() {
        // The feed importer drops fragments; the GUIDs still tell the releases apart.
        let releases = (1...3).map {
            entry("Windsurf Wave \($0)", guid: "https://windsurf.example/changelog#1.\($0)",
                  url: "https://windsurf.example/changelog", publisher: "Windsurf")
        }
        let first = apply(releases, from: "Windsurf")
        #expect(first.added.count == 3)
        #expect(first.skipped == [])
        let again = apply(releases, to: first.dataset, from: "Windsurf")
        #expect(again.added.isEmpty && again.updated.isEmpty && again.unchanged == 3 && again.dataset == first.dataset)
    }

    @Test func entriesWithoutGuidAreTheirURLWithItsFragment() {
        let releases = ["#1.1", "#1.2", "#1.2"].map {
            entry("Windsurf Wave", url: "https://windsurf.example/changelog\($0)", publisher: "Windsurf")
        }
        let outcome = apply(releases, from: "Windsurf")
        #expect(outcome.added.count == 2)
        #expect(outcome.skipped.map(\.reason) == ["duplicate of https://windsurf.example/changelog#1.2 (same URL)"])
    }

    @Test func aCuratedItemGainsNoSourceAndNoWords() {
        let outcome = apply([entry("R1!", guid: "x", url: "https://api-docs.deepseek.com/news/news250120",
                                   publisher: "AI Digest")], from: "AI Digest")
        #expect(outcome.dataset == S.dataset)
        #expect(outcome.unchanged == 1)
    }
}
