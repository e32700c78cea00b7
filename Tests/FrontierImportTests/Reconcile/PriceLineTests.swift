@testable import FrontierCore
@testable import FrontierImport
import Testing

private typealias S = ImportSample

/// Issue 12, points 1 and 2: a price belongs to (model, provider); snapshots are versions of
/// one model; one source owns each row; the same input imported again changes nothing.
@Suite struct PriceLineTests {
    private static func litellm(_ asOf: String = "2025-06-01") -> Provenance {
        Provenance(source: "LiteLLM", asOf: S.day(asOf), status: .secondary)
    }

    private static let litellmContext = ImportContext(sourceName: "LiteLLM", location: "prices.json", retrieved: S.day("2025-06-01"))

    /// The example: the dated snapshots of GPT-4o are GPT-4o, and its current price
    /// is that of what `gpt-4o` serves, not of the latest dated row.
    @Test(arguments: [false, true])
    func theCurrentPriceOfAModelIsThatOfItsUndatedName(reversed: Bool) throws {
        var listings = [
            S.listing("gpt-4o", organization: "OpenAI", provider: "openai", price: S.price(2.5, 10, asOf: "2025-06-01"), provenance: Self.litellm()),
            S.listing("gpt-4o-2024-05-13", organization: "OpenAI", provider: "openai", price: S.price(5, 15, asOf: "2025-06-01"), provenance: Self.litellm()),
            S.listing("gpt-4o-2024-08-06", organization: "OpenAI", provider: "openai", price: S.price(2.5, 10, asOf: "2025-06-01"), provenance: Self.litellm()),
        ]
        if reversed { listings.reverse() }
        let batch = ImportBatch(listings: listings)
        let first = S.apply(batch, context: Self.litellmContext)
        #expect(first.newModels.isEmpty && first.ambiguous.isEmpty)
        let current = try #require(DatasetIndex(first.dataset).currentPrice["gpt-4o"])
        #expect(current.input == 2.5 && current.output == 10 && current.provider == nil)
        #expect(current.apiId == "gpt-4o")
        #expect(first.skipped.map(\.place) == ["gpt-4o-2024-05-13"])
        #expect(first.skipped.first?.reason.contains("keeps for gpt-4o") == true)
        for _ in 0..<3 {
            let again = S.apply(batch, to: first.dataset, context: Self.litellmContext)
            #expect(again.added.isEmpty && again.updated.isEmpty)
            #expect(again.dataset == first.dataset)
        }
    }

    /// One entry per (model, provider): a region's route is not the model's price at that host.
    @Test(arguments: [false, true])
    func aRegionalRouteDoesNotSpeakForTheHost(reversed: Bool) throws {
        var listings = [
            S.listing("azure/eu/gpt-4o", provider: "azure", price: S.price(2.75, 11, asOf: "2025-06-01"), provenance: Self.litellm()),
            S.listing("azure/gpt-4o", provider: "azure", price: S.price(2.5, 10, asOf: "2025-06-01"), provenance: Self.litellm()),
            S.listing("bedrock_converse/us.anthropic.claude-3-5-sonnet-20240620-v1:0", provider: "bedrock_converse",
                      price: S.price(3, 15, asOf: "2025-06-01"), provenance: Self.litellm()),
        ]
        if reversed { listings.reverse() }
        let outcome = S.apply(ImportBatch(listings: listings), context: Self.litellmContext)
        #expect(outcome.newModels.isEmpty)
        let azure = outcome.dataset.prices.filter { $0.model == "gpt-4o" && $0.provider == "Azure" }
        #expect(azure.map(\.input) == [2.5])
        let bedrock = outcome.dataset.prices.filter { $0.model == "claude-3.5-sonnet" }
        #expect(bedrock.map(\.provider) == ["Amazon Bedrock"])
        // models.dev spells the same host another way: the same line, not a second row; it
        // ranks above LiteLLM, so the row becomes its own.
        let modelsDev = Provenance(source: "models.dev", asOf: S.day("2025-06-01"), status: .secondary)
        let again = S.apply(ImportBatch(listings: [
            S.listing("anthropic.claude-3-5-sonnet-20240620-v1:0", "Claude 3.5 Sonnet", provider: "amazon-bedrock",
                      price: S.price(3, 15, asOf: "2025-06-01"), provenance: modelsDev),
        ]), to: outcome.dataset)
        #expect(again.added.isEmpty)
        let row = again.dataset.prices.filter { $0.model == "claude-3.5-sonnet" }
        #expect(row.map(\.provider) == ["Amazon Bedrock"])
        #expect(row.first?.provenance?.source == "models.dev")
    }

    /// A spelling `ProviderNames` knows names the host even when an organization answers to it:
    /// models.dev's `vercel` is the Vercel AI Gateway LiteLLM calls `vercel_ai_gateway`, not the
    /// developer of v0 an import created, so both lists price one line and a second import of
    /// models.dev adds nothing.
    @Test func aKnownHostSpellingIsTheHostEvenWhenAnOrganizationHasItsName() {
        var dataset = S.dataset
        dataset.organizations.append(Organization(id: "vercel", name: "vercel"))
        let fromLiteLLM = ImportBatch(listings: [
            S.listing("vercel_ai_gateway/openai/o1", provider: "vercel_ai_gateway", price: S.price(15, 60, asOf: "2025-06-01"), provenance: Self.litellm()),
        ])
        let modelsDev = Provenance(source: "models.dev", asOf: S.day("2025-06-01"), status: .secondary)
        let fromModelsDev = ImportBatch(listings: [
            S.listing("openai/o1", "o1", provider: "vercel", price: S.price(15, 62, asOf: "2025-06-01"), provenance: modelsDev),
        ])
        let first = S.apply(fromLiteLLM, to: dataset, context: Self.litellmContext)
        let second = S.apply(fromModelsDev, to: first.dataset)
        let rows = second.dataset.prices.filter { $0.model == "o1" && $0.provider == "Vercel AI Gateway" }
        #expect(rows.map(\.output) == [62])
        #expect(rows.first?.provenance?.source == "models.dev")
        let third = S.apply(fromModelsDev, to: second.dataset)
        #expect(third.added.isEmpty && third.updated.isEmpty)
    }

    /// Two lists price the same (model, provider) row: the provider's own listing (OpenRouter
    /// for OpenRouter) wins over an aggregator's copy, in either order, and nothing flips after.
    @Test(arguments: [false, true])
    func theProvidersOwnListingOwnsItsRows(openRouterFirst: Bool) {
        let fromLiteLLM = ImportBatch(listings: [
            S.listing("openrouter/openai/o1", provider: "openrouter", price: S.price(15, 60, asOf: "2025-06-01"), provenance: Self.litellm()),
        ])
        let fromOpenRouter = ImportBatch(listings: [
            S.listing("openai/o1", "OpenAI: o1", provider: "openrouter", price: S.price(15, 65, asOf: "2025-06-01")),
        ])
        let order = openRouterFirst ? [fromOpenRouter, fromLiteLLM] : [fromLiteLLM, fromOpenRouter]
        var dataset = S.dataset
        for batch in order { dataset = S.apply(batch, to: dataset).dataset }
        let row = dataset.prices.filter { $0.model == "o1" && $0.provider == "OpenRouter" }
        #expect(row.map(\.output) == [65])
        #expect(row.first?.provenance?.source == "OpenRouter")
        // Polling both again and again writes nothing.
        for _ in 0..<2 {
            for batch in order {
                let outcome = S.apply(batch, to: dataset)
                #expect(outcome.added.isEmpty && outcome.updated.isEmpty, "\(outcome.summary)")
                #expect(outcome.dataset == dataset)
            }
        }
        let deferred = S.apply(fromLiteLLM, to: dataset)
        #expect(deferred.skipped.first?.reason.contains("ranks first") == true)
    }

    /// A price change a list shows on a later day still closes a curated row.
    @Test func aLaterPriceFromAListClosesACuratedRow() throws {
        let outcome = S.apply(ImportBatch(listings: [
            S.listing("deepseek-chat", organization: "deepseek", provider: "deepseek",
                      price: S.price(0.56, 1.68, asOf: "2025-09-05"), provenance: Self.litellm("2025-09-05")),
        ]), context: Self.litellmContext)
        let rows = outcome.dataset.prices.filter { $0.model == "deepseek-v3" }
        #expect(rows.count == 2)
        #expect(rows.first?.until == S.day("2025-09-04"))
        #expect(try #require(DatasetIndex(outcome.dataset).currentPrice["deepseek-v3"]).input == 0.56)
    }

    /// The developer's own price is the current one, whatever a host charges or when it was listed.
    @Test func theDevelopersOwnPriceIsCurrentBeforeAnyHosts() throws {
        let outcome = S.apply(ImportBatch(listings: [
            S.listing("together_ai/deepseek-ai/DeepSeek-V3", provider: "together_ai", price: S.price(1.25, 1.25, asOf: "2025-06-01"),
                      provenance: Self.litellm()),
        ]), context: Self.litellmContext)
        #expect(outcome.dataset.prices.contains { $0.provider == "Together AI" })
        #expect(try #require(DatasetIndex(outcome.dataset).currentPrice["deepseek-v3"]).id == "deepseek-chat-2025-02")
    }
}
