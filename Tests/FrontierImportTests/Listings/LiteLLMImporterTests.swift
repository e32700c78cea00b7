@testable import FrontierCore
@testable import FrontierImport
import TestSupport
import Testing

private let retrieved = DayDate(year: 2025, month: 3, day: 1)!
private let location = "https://raw.githubusercontent.com/BerriAI/litellm/main/model_prices_and_context_window.json"
private let context = ImportContext(sourceName: "LiteLLM", location: location, retrieved: retrieved)

private func provenance(note: String? = nil) -> Provenance {
    Provenance(source: "LiteLLM", url: location, asOf: retrieved, retrieved: retrieved, status: .secondary, note: note)
}

private func price(_ input: Double, _ output: Double, cached: Double? = nil) -> ListedPrice {
    ListedPrice(input: input, output: output, cachedInput: cached, asOf: retrieved)
}

private func parse(_ text: String) throws -> ImportBatch {
    try LiteLLMImporter.parse(Array(text.utf8), context: context)
}

@Suite struct LiteLLMImporterTests {
    private func fixture() throws -> ImportBatch {
        try LiteLLMImporter.parse(try Fixtures.bytes("import/listings/litellm-prices.json"), context: context)
    }

    @Test func listsChatAndCompletionModelsButNotTheSampleSpec() throws {
        #expect(try fixture().listings.map(\.sourceID) == [
            "gpt-4o", "gpt-3.5-turbo-instruct", "claude-3-5-sonnet-20241022", "deepseek/deepseek-chat",
            "gemini/gemini-1.5-pro", "openrouter/deepseek/deepseek-r1", "mistral/mistral-large-latest",
        ])
    }

    @Test func convertsPerTokenPricesExactly() throws {
        let listings = try fixture().listings
        #expect(listings[0] == ModelListing(
            sourceID: "gpt-4o", name: "gpt-4o", organization: "OpenAI", provider: "openai", context: 128_000,
            modalities: ["text", "image"], price: price(2.5, 10, cached: 1.25), provenance: provenance()))
        #expect(listings[1] == ModelListing(
            sourceID: "gpt-3.5-turbo-instruct", name: "gpt-3.5-turbo-instruct", organization: "OpenAI",
            provider: "text-completion-openai", context: 8192, modalities: ["text"], price: price(1.5, 2),
            provenance: provenance()))
        #expect(listings[2] == ModelListing(
            sourceID: "claude-3-5-sonnet-20241022", name: "claude-3-5-sonnet-20241022", organization: "Anthropic",
            provider: "anthropic", context: 200_000, modalities: ["text", "image"], price: price(3, 15, cached: 0.3),
            provenance: provenance()))
    }

    @Test func readsPricesWrittenAsStrings() throws {
        let deepseek = try fixture().listings[3]
        #expect(deepseek == ModelListing(
            sourceID: "deepseek/deepseek-chat", name: "deepseek/deepseek-chat", organization: "DeepSeek",
            provider: "deepseek", context: 65_536, modalities: ["text"], price: price(0.27, 1.1, cached: 0.07),
            provenance: provenance()))
    }

    @Test func keepsTheLowestTierAndNamesTheTiersLeftOut() throws {
        let gemini = try fixture().listings[4]
        #expect(gemini == ModelListing(
            sourceID: "gemini/gemini-1.5-pro", name: "gemini/gemini-1.5-pro", organization: "Google", provider: "gemini",
            context: 2_097_152, modalities: ["text", "image", "audio"],
            price: ListedPrice(input: 1.25, output: 5, asOf: retrieved,
                               note: "lowest tier only; left out: input_cost_per_token_above_128k_tokens, output_cost_per_token_above_128k_tokens"),
            provenance: provenance()))
    }

    @Test func anEntryWithoutModeIsListedAndHostsNameNoOrganization() throws {
        let routed = try fixture().listings[5]
        #expect(routed == ModelListing(
            sourceID: "openrouter/deepseek/deepseek-r1", name: "openrouter/deepseek/deepseek-r1", organization: nil,
            provider: "openrouter", context: 8192, modalities: ["text"], price: price(0.55, 2.19), provenance: provenance()))
    }

    @Test func warnsAboutOtherUnitsUnreadablePricesAndSkippedModes() throws {
        let batch = try fixture()
        #expect(batch.listings[6].price == nil)
        #expect(batch.skipped.map(\.description) == [
            "mistral/mistral-large-latest: output_cost_per_token: expected a number, got \"tbd\"",
            "vertex_ai/chat-bison: priced per character, not per token (input_cost_per_character, output_cost_per_character); skipped",
            "replicate/meta/llama-2-70b-chat-hardware: priced per second, not per token (input_cost_per_second, output_cost_per_second); skipped",
            "mode \"embedding\": 2 entries skipped, not a chat or completion model: text-embedding-3-small, text-embedding-3-large",
            "mode \"image_generation\": 1 entry skipped, not a chat or completion model: dall-e-3",
            "mode \"audio_transcription\": 1 entry skipped, not a chat or completion model: whisper-1",
        ])
    }

    @Test func neverMixesAnotherUnitIntoThePerTokenPrice() throws {
        let batch = try parse("""
            {"m": {"input_cost_per_character": 1e-06, "input_cost_per_token": 2e-06, "output_cost_per_token": 4e-06,
                   "output_cost_per_audio_token": 8e-05, "output_cost_per_image": 0.04, "mode": "chat"}}
            """)
        #expect(batch.listings.map(\.price) == [price(2, 4)])
        #expect(batch.skipped.isEmpty)
    }

    @Test func namesEveryUnitOfAnEntryPricedOtherwise() throws {
        let batch = try parse("""
            {"v": {"input_cost_per_character": 1e-06, "output_cost_per_character_above_128k_tokens": 2e-06,
                   "input_cost_per_image": 0.001, "output_cost_per_video_per_second": 0.1}}
            """)
        #expect(batch.listings.isEmpty)
        #expect(batch.skipped.map(\.description) == [
            "v: priced per character and per image and per video per second, not per token (input_cost_per_character, output_cost_per_character_above_128k_tokens, input_cost_per_image, output_cost_per_video_per_second); skipped",
        ])
    }

    @Test func listsAnUnpricedOrHalfPricedEntryWithoutAPrice() throws {
        let batch = try parse("""
            {"a": {"max_input_tokens": 4096, "mode": "chat"},
             "b": {"input_cost_per_token": 1e-06, "max_tokens": 2048, "mode": "responses"},
             "c": {"input_cost_per_token": -1e-06, "output_cost_per_token": 1e-06, "max_input_tokens": "lots", "max_tokens": 100},
             "d": {"mode": 3},
             "e": []}
            """)
        #expect(batch.listings.map(\.sourceID) == ["a", "b", "c"])
        #expect(batch.listings.map(\.context) == [4096, 2048, 100])
        #expect(batch.listings.allSatisfy { $0.price == nil })
        #expect(batch.skipped.map(\.description) == [
            "a: no input_cost_per_token or output_cost_per_token; listed without a price",
            "b: output_cost_per_token: missing; listed without a price",
            "c: max_input_tokens: expected a whole number above zero, got \"lots\"",
            "c: input_cost_per_token: -0.000001 is not a price",
            "d: mode: expected a string, got number 3",
            "e: expected an object, got an array",
        ])
    }

    @Test func countsManySkippedEntriesOfOneModeWithoutListingThemAll() throws {
        let entries = (1...7).map { "\"e\($0)\": {\"mode\": \"rerank\"}" }.joined(separator: ", ")
        let batch = try parse("{\(entries)}")
        #expect(batch.skipped.map(\.description) == [
            "mode \"rerank\": 7 entries skipped, not a chat or completion model: e1, e2, e3, e4, e5, and 2 more",
        ])
    }

    @Test func refusesADocumentThatIsNotAnObject() {
        #expect(throws: ImportError(place: "\(location):1:1",
                                    message: "expected an object of model entries (LiteLLM's price list), got \"x\"")) {
            try parse("\"x\"")
        }
    }
}
