@testable import FrontierCore
@testable import FrontierImport
import Testing

private typealias S = ImportSample

private let feed = ImportContext(sourceName: "Example AI News", location: "https://news.example.com/feed.xml",
                                 retrieved: S.day("2025-06-01"))

private func entry(_ headline: String, guid: String? = nil, url: String? = nil, summary: String? = nil,
                   date: String = "2025-05-30", publisher: String = "Example AI News") -> ImportedNews {
    ImportedNews(guid: guid, url: url, headline: headline, summary: summary, date: S.day(date), publisher: publisher,
                 provenance: Provenance(source: "Example AI News", url: url, status: .secondary))
}

private func apply(_ news: [ImportedNews], to dataset: Dataset = S.dataset) -> ImportOutcome {
    S.apply(ImportBatch(news: news), to: dataset, context: feed)
}

private func links(_ headline: String, summary: String? = nil) -> (orgs: [String], models: [String]) {
    let outcome = apply([entry(headline, guid: "g", summary: summary)])
    let item = outcome.dataset.news.last!
    return (item.orgs, item.models)
}

@Suite struct NewsReconcileTests {
    @Test func aNewEntryBecomesAnImportedNewsItemWithAStableId() throws {
        let outcome = apply([entry("DeepSeek cuts off-peak prices by half", guid: "https://news.example.com/?p=812",
                                   url: "https://news.example.com/2025/05/deepseek-off-peak",
                                   summary: "The discount applies from 16:30 to 00:30 UTC.")])
        let item = try #require(outcome.dataset.news.last)
        let hash = String(FNV1a.hash64("https://news.example.com/?p=812".utf8), radix: 16)
        #expect(item.id == "news-" + String(repeating: "0", count: 16 - hash.count) + hash)
        #expect(item.headline == "DeepSeek cuts off-peak prices by half")
        #expect(item.summary == "The discount applies from 16:30 to 00:30 UTC.")
        #expect(item.source == "Example AI News")
        #expect(item.tags == ["imported"])
        #expect(item.orgs == ["deepseek"] && item.models.isEmpty)
        #expect(item.provenance?.retrieved == S.day("2025-06-01"))
        #expect(outcome.added == [RecordRef(kind: .news, id: item.id)])
        #expect(outcome.summary == "added 1 news")
        #expect(S.problems(outcome.dataset) == [])
        #expect(apply([entry("Anything", guid: "https://news.example.com/?p=812")]).dataset.news.last?.id == item.id)
    }

    @Test func anEntrySeenAgainByGuidIsUnchanged() {
        let first = apply([entry("OpenAI ships o3-mini", guid: "tag:example.com,2025:1")])
        let second = apply([entry("OpenAI ships o3-mini", guid: "tag:example.com,2025:1")], to: first.dataset)
        #expect(second.dataset == first.dataset)
        #expect(second.unchanged == 1 && second.added.isEmpty)
    }

    @Test func anEntryWithTheURLOfAnExistingItemIsADuplicate() {
        // The curated item's page, as a feed links it with tracking parameters.
        let outcome = apply([entry("DeepSeek-R1 is here", guid: "feed-guid-1",
                                   url: "HTTPS://API-DOCS.deepseek.com/news/news250120/?utm_source=rss&utm_medium=feed")])
        #expect(outcome.dataset == S.dataset)
        #expect(outcome.unchanged == 1)
    }

    @Test func aDifferentFragmentIsADifferentItem() {
        let outcome = apply([entry("DeepSeek-R1 is here", guid: "feed-guid-1",
                                   url: "https://api-docs.deepseek.com/news/news250120#changelog")])
        #expect(outcome.added.count == 1)
        #expect(outcome.dataset.news.last?.url == "https://api-docs.deepseek.com/news/news250120#changelog")
    }

    @Test func theSameHeadlineOnTheSameDayIsADuplicateOnlyWhenTheURLOrGuidAgrees() {
        let same = apply([entry("DeepSeek  releases deepseek-r1", guid: "other-feed-7", date: "2025-01-20")])
        #expect(same.added.count == 1 && same.unchanged == 0)
        let sameURL = apply([entry("DeepSeek releases DeepSeek-R1", url: "https://api-docs.deepseek.com/news/news250120",
                                   date: "2025-01-20")])
        #expect(sameURL.dataset == S.dataset)
        let twice = apply([entry("Release notes", guid: "notes-1"), entry("Release notes", guid: "notes-2")])
        #expect(twice.added.count == 2)
    }

    @Test func aChangedHeadlineUpdatesAnImportedItemButNeverACuratedOne() throws {
        let first = apply([entry("Meta releses Llama 3.1", url: "https://news.example.com/llama-31")])
        let fixed = apply([entry("Meta releases Llama 3.1", url: "https://news.example.com/llama-31",
                                 summary: "Three sizes, 8B to 405B.")], to: first.dataset)
        let item = try #require(fixed.dataset.news.last)
        #expect(item.headline == "Meta releases Llama 3.1")
        #expect(item.summary == "Three sizes, 8B to 405B.")
        #expect(fixed.updated == [RecordRef(kind: .news, id: item.id)])
        #expect(fixed.dataset.news.count == first.dataset.news.count)

        let curated = apply([entry("DeepSeek open-sources R1", url: "https://api-docs.deepseek.com/news/news250120")])
        #expect(curated.dataset == S.dataset)
    }

    @Test func entriesRepeatedInOneFeedAreAddedOnceAndTheRepeatIsSkippedWithItsReason() {
        let outcome = apply([
            entry("Gemini 1.5 Pro gets a 2M context window", guid: "g-1"),
            entry("Gemini 1.5 Pro gets a 2M context window", guid: "g-1"),
        ])
        #expect(outcome.added.count == 1)
        #expect(outcome.unchanged == 0)
        #expect(outcome.skipped == [ImportWarning(place: "g-1", reason: "duplicate of g-1 (same guid)")])
    }

    @Test func anEntryWithoutAHeadlineIsSkipped() {
        let outcome = apply([entry("  ", guid: "g-2")])
        #expect(outcome.dataset == S.dataset)
        #expect(outcome.skipped == [ImportWarning(place: "g-2", reason: "no headline")])
    }

    @Test(arguments: [
        ("DeepSeek's R1 tops the app store", ["deepseek"], ["deepseek-r1"]),
        ("R1-style reasoning spreads", [], []),
        ("Meta bets on Llama", ["meta"], []),
        ("Llama models pass a billion downloads", ["meta"], []),
        ("OpenAI ships o1-mini to free users", ["openai"], ["o1-mini"]),
        ("OpenAI's o1 is now in the API", ["openai"], ["o1"]),
        // A short name alone is too often something else (a chip, a version, a form).
        ("o1 is now in the API", [], []),
        ("Apple's R1 coprocessor ships in the headset", [], []),
        ("Stability AI releases Stable Diffusion V3", [], []),
        ("o1 and o1-mini compared", ["openai"], ["o1", "o1-mini"]),
        ("Researchers compare GPT-4o and DeepSeek V3", ["openai", "deepseek"], ["gpt-4o", "deepseek-v3"]),
        ("DeepSeek-V3-0324 improves coding", ["deepseek"], ["deepseek-v3-0324"]),
        ("Llama 3.1 405B beats GPT-4o mini", ["meta", "openai"], ["llama-3.1-405b", "gpt-4o-mini"]),
        ("Llama 3.1 arrives", ["meta"], []),
        ("Metadata standards for datasets", [], []),
        ("Qwen team answers", ["alibaba"], []),
    ] as [(String, [String], [String])])
    func headlinesLinkWhatTheyNameAndOnlyThat(headline: String, organizations: [String], models: [String]) {
        let found = links(headline)
        #expect(found.orgs == organizations)
        #expect(found.models == models)
    }

    @Test func theSummaryLinksToo() {
        let found = links("A new reasoning model", summary: "It rivals OpenAI o1 on AIME.")
        #expect(found.orgs == ["openai"])
        #expect(found.models == ["o1"])
    }

    @Test(arguments: [
        ("HTTPS://Example.COM/a/b/?utm_source=x&id=3", "https://example.com/a/b?id=3"),
        ("https://windsurf.com/changelog#2.3.15", "https://windsurf.com/changelog#2.3.15"),
        ("https://example.com/a/#", "https://example.com/a"),
        ("http://example.com:80/", "http://example.com"),
        ("https://example.com/Path/", "https://example.com/Path"),
        ("ftp://example.com/file", nil),
        ("not a url", nil),
    ] as [(String, String?)])
    func canonicalURLsDropWhatDoesNotIdentifyTheEntry(text: String, expected: String?) {
        #expect(Reconciliation.canonicalURL(text) == expected)
    }
}
