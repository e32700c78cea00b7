@testable import FrontierCore
@testable import FrontierImport
import FrontierResources
import Testing
import TestSupport

private typealias S = ImportSample

/// A price list and a feed applied to the dataset built into frontier, with its real aliases:
/// the story as it stood in 2025-04 (frozen), and the embedded dataset as it is now.
@Suite struct EmbeddedDatasetImportTests {
    let embedded = Fixtures.story
    let current = DatasetLoader.load([(name: "embedded", bytes: Array(EmbeddedResources.defaultDatasetJSON.utf8))]).dataset

    let batch = ImportBatch(
        news: [
            ImportedNews(guid: "https://news.example.com/?p=1", url: "https://news.example.com/r1-update",
                         headline: "DeepSeek updates R1; Llama and o1-mini trail on AIME", summary: nil,
                         date: S.day("2025-05-28"), publisher: "Example AI News",
                         provenance: Provenance(source: "Example AI News", status: .secondary)),
        ],
        listings: [
            S.listing("deepseek/deepseek-chat", "DeepSeek: DeepSeek V3", provider: "OpenRouter", context: 163_840,
                      price: S.price(0.30, 0.88, asOf: "2025-06-01")),
            S.listing("meta-llama/llama-3.1-405b-instruct", "Meta: Llama 3.1 405B Instruct", context: 131_072,
                      price: S.price(0.80, 0.80, asOf: "2025-06-01")),
            S.listing("openai/o1", "OpenAI: o1", context: 200_000, price: S.price(15, 60, cached: 7.5, asOf: "2025-06-01")),
            S.listing("openai/gpt-4o-mini", "OpenAI: GPT-4o-mini", context: 128_000, price: S.price(0.15, 0.6, asOf: "2025-06-01")),
            S.listing("anthropic/claude-3.5-sonnet", "Anthropic: Claude 3.5 Sonnet", context: 200_000,
                      price: S.price(3, 15, asOf: "2025-06-01")),
            S.listing("x-ai/grok-3", "xAI: Grok 3", context: 131_072, price: S.price(3, 15, asOf: "2025-06-01")),
            S.listing("openai/o1-pro", "OpenAI: o1-pro", context: 200_000, price: S.price(150, 600, asOf: "2025-06-01")),
        ])

    @Test func theResultValidatesAndAppliesTheRealAliases() throws {
        let outcome = ImportReconciler(dataset: embedded).apply(batch, context: S.openRouter)
        #expect(S.problems(outcome.dataset).map(\.description) == [])
        #expect(outcome.ambiguous == [])
        // `meta-llama/llama-3.1-405b-instruct` is an alias in the dataset; gpt-4o-mini and o1-pro are not models there.
        #expect(outcome.dataset.prices.contains { $0.id == "price-llama-3.1-405b-meta-2025-06-01" })
        #expect(outcome.newModels == ["gpt-4o-mini", "grok-3", "o1-pro"])
        let item = try #require(outcome.dataset.news.last)
        #expect(item.orgs == ["deepseek", "meta", "openai"])
        #expect(item.models == ["deepseek-r1", "o1-mini"])
    }

    @Test func importingTheSameBatchTwiceChangesNothingTheSecondTime() {
        let first = ImportReconciler(dataset: embedded).apply(batch, context: S.openRouter)
        let second = ImportReconciler(dataset: first.dataset).apply(batch, context: S.openRouter)
        #expect(second.dataset == first.dataset)
        #expect(second.added == [] && second.updated == [])
        #expect(second.unchanged == batch.listings.count + batch.news.count)
    }

    /// By 2026 DeepSeek's `deepseek-chat` had served V3, V3.1, V3.2-Exp and V3.2, as the
    /// embedded prices show; a list's undated `deepseek-chat` is none of them for sure.
    @Test func anAPIIDThatServedSeveralModelsIsReportedNotApplied() throws {
        let outcome = ImportReconciler(dataset: current).apply(batch, context: S.openRouter)
        #expect(S.problems(outcome.dataset).map(\.description) == [])
        let chat = try #require(outcome.ambiguous.first { $0.sourceID == "deepseek/deepseek-chat" })
        #expect(chat.candidates == ["deepseek-v3", "deepseek-v3.1", "deepseek-v3.2", "deepseek-v3.2-exp"])
        #expect(chat.why == .reusedAPIID)
        #expect(!outcome.dataset.prices.contains { $0.model.hasPrefix("deepseek") && $0.asOf == S.day("2025-06-01") })
        // Keys that name one model still match it.
        #expect(outcome.dataset.prices.contains { $0.id == "price-llama-3.1-405b-meta-2025-06-01" })
    }
}
