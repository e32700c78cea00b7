@testable import FrontierCore
@testable import FrontierImport
import TestSupport
import Testing

private let retrieved = DayDate(year: 2025, month: 3, day: 1)!
private let context = ImportContext(sourceName: "OpenRouter", location: "https://openrouter.ai/api/v1/models", retrieved: retrieved)

private func provenance(note: String? = "released is the day OpenRouter listed the model") -> Provenance {
    Provenance(source: "OpenRouter", url: "https://openrouter.ai/api/v1/models", asOf: retrieved, retrieved: retrieved,
               status: .secondary, note: note)
}

private func day(_ text: String) -> DayDate { DayDate(text)! }

private func importError(_ text: String) -> ImportError? {
    do {
        _ = try OpenRouterImporter.parse(Array(text.utf8), context: context)
        return nil
    } catch {
        return error
    }
}

@Suite struct OpenRouterImporterTests {
    private func fixture() throws -> ImportBatch {
        try OpenRouterImporter.parse(try Fixtures.bytes("import/listings/openrouter-models.json"), context: context)
    }

    @Test func listsEveryModelWithItsExactPricePerMillionTokens() throws {
        let batch = try fixture()
        #expect(batch.news.isEmpty)
        #expect(batch.listings.map(\.sourceID) == [
            "deepseek/deepseek-chat", "deepseek/deepseek-r1", "deepseek/deepseek-r1:free", "openrouter/auto",
            "meta-llama/llama-3.1-405b", "openai/gpt-4o", "perplexity/sonar",
        ])
        #expect(batch.listings[0] == ModelListing(
            sourceID: "deepseek/deepseek-chat", name: "DeepSeek: DeepSeek V3", organization: "deepseek", provider: "openrouter",
            released: day("2024-12-26"), context: 163_840, modalities: ["text"], outputModalities: ["text"],
            price: ListedPrice(input: 0.49, output: 0.89, cachedInput: 0.1, asOf: retrieved),
            provenance: provenance()))
        #expect(batch.listings[1] == ModelListing(
            sourceID: "deepseek/deepseek-r1", name: "DeepSeek: R1", organization: "deepseek", provider: "openrouter",
            released: day("2025-01-20"), context: 163_840, modalities: ["text"], outputModalities: ["text"],
            price: ListedPrice(input: 0.55, output: 2.19, cachedInput: 0.14, asOf: retrieved),
            provenance: provenance()))
    }

    @Test func aZeroPriceIsAFreeModelNotAMissingOne() throws {
        let free = try fixture().listings[2]
        #expect(free.name == "DeepSeek: R1 (free)")
        #expect(free.price == ListedPrice(input: 0, output: 0, cachedInput: nil, asOf: retrieved))
    }

    @Test func variableAndMissingPricesLeaveTheListingUnpricedWithAWarning() throws {
        let batch = try fixture()
        #expect(batch.listings[3] == ModelListing(
            sourceID: "openrouter/auto", name: "Auto Router", organization: "openrouter", provider: "openrouter",
            released: day("2023-11-08"), context: 2_000_000, modalities: ["text"], outputModalities: ["text"], price: nil, provenance: provenance()))
        #expect(batch.listings[4] == ModelListing(
            sourceID: "meta-llama/llama-3.1-405b", name: "Meta: Llama 3.1 405B (base)", organization: "meta-llama",
            provider: "openrouter", released: day("2024-08-02"), context: 32_768, modalities: ["text"], outputModalities: ["text"], price: nil,
            provenance: provenance()))
        #expect(batch.skipped.map(\.description) == [
            "data[3] (openrouter/auto): pricing.prompt: \"-1\" is a variable price; listed without a price",
            "data[4] (meta-llama/llama-3.1-405b): no pricing; listed without a price",
            "data[5] (openai/gpt-4o): context_length: expected a whole number above zero, got \"128000\"",
            "data[7]: no id",
        ])
    }

    @Test func readsModalitiesFromTheArrowFormWhenTheListsAreAbsent() throws {
        let gpt4o = try fixture().listings[5]
        #expect(gpt4o == ModelListing(
            sourceID: "openai/gpt-4o", name: "OpenAI: GPT-4o", organization: "openai", provider: "openrouter",
            released: day("2024-05-13"), context: nil, modalities: ["text", "image"],
            price: ListedPrice(input: 2.5, output: 10, cachedInput: 1.25, asOf: retrieved), provenance: provenance()))
    }

    @Test func notesAPerRequestFeeOnThePriceAndTheListingDateOnTheModel() throws {
        let sonar = try fixture().listings[6]
        #expect(sonar.modalities == ["text", "image"])
        #expect(sonar.price == ListedPrice(input: 1, output: 1, cachedInput: nil, asOf: retrieved, note: "plus $0.005 per request"))
        #expect(sonar.provenance == provenance(note: "released is the day OpenRouter listed the model"))
    }

    @Test func readsPricesWrittenAsNumbersAndWarnsAboutUnreadableOnes() throws {
        let batch = try OpenRouterImporter.parse(Array("""
            {"data": [
              {"id": "a/numbers", "pricing": {"prompt": 3e-06, "completion": 0.000015}},
              {"id": "b/garbage", "pricing": {"prompt": "n/a", "completion": "0.000001"}, "created": "yesterday"},
              {"id": "c/no-completion", "name": "", "pricing": {"prompt": "0.000001"}},
              "not a model"
            ]}
            """.utf8), context: context)
        #expect(batch.listings.map(\.price) == [ListedPrice(input: 3, output: 15, asOf: retrieved), nil, nil])
        #expect(batch.listings[2].name == "c/no-completion")
        #expect(batch.listings.allSatisfy { $0.provenance.note == nil })
        #expect(batch.skipped.map(\.description) == [
            "data[1] (b/garbage): created: expected Unix seconds, got \"yesterday\"",
            "data[1] (b/garbage): pricing.prompt: expected a number, got \"n/a\"",
            "data[2] (c/no-completion): pricing.completion: missing; listed without a price",
            "data[3]: expected an object, got \"not a model\"",
        ])
    }

    @Test func refusesWhatIsNotTheModelList() {
        #expect(importError("{\"data\": [1,]}")?.description == "https://openrouter.ai/api/v1/models:1:12: trailing comma before ']'")
        #expect(importError("[]")?.description == "https://openrouter.ai/api/v1/models:1:1: expected an object with a \"data\" array of models, got an array")
        #expect(importError("{\"models\": []}")?.message == "no \"data\" array of models (is this OpenRouter's /api/v1/models?)")
        #expect(importError("{\n  \"data\": {}}")?.description == "https://openrouter.ai/api/v1/models:2:11: expected \"data\" to be an array of models, got an object")
    }
}
