@testable import FrontierCore
@testable import FrontierImport
import TestSupport
import Testing

private let retrieved = DayDate(year: 2025, month: 3, day: 1)!
private let context = ImportContext(sourceName: "models.dev", location: "https://models.dev/api.json", retrieved: retrieved)

private func provenance(note: String? = nil) -> Provenance {
    Provenance(source: "models.dev", url: "https://models.dev/api.json", asOf: retrieved, retrieved: retrieved,
               status: .secondary, note: note)
}

private func price(_ input: Double, _ output: Double, cached: Double? = nil) -> ListedPrice {
    ListedPrice(input: input, output: output, cachedInput: cached, asOf: retrieved)
}

@Suite struct ModelsDevImporterTests {
    private func fixture() throws -> ImportBatch {
        try ModelsDevImporter.parse(try Fixtures.bytes("import/listings/modelsdev-api.json"), context: context)
    }

    @Test func listsEveryProvidersModelsInOrder() throws {
        let batch = try fixture()
        #expect(batch.listings.map { "\($0.provider ?? "-") \($0.sourceID)" } == [
            "deepseek deepseek-chat", "deepseek deepseek-reasoner", "openai gpt-4o", "openai o1-mini",
            "groq deepseek-r1-distill-llama-70b", "groq meta-llama/llama-4-scout-17b-16e-instruct",
        ])
    }

    @Test func keepsCostsPerMillionTokensExactlyAsWritten() throws {
        let batch = try fixture()
        #expect(batch.listings[0] == ModelListing(
            sourceID: "deepseek-chat", name: "DeepSeek Chat", organization: "DeepSeek", provider: "deepseek",
            released: DayDate("2024-12-26"), context: 64_000, modalities: ["text"], outputModalities: ["text"],
            price: price(0.27, 1.10, cached: 0.07), provenance: provenance()))
        #expect(batch.listings[2] == ModelListing(
            sourceID: "gpt-4o", name: "GPT-4o", organization: "OpenAI", provider: "openai",
            released: DayDate("2024-05-13"), context: 128_000, modalities: ["text", "image"], outputModalities: ["text"],
            price: price(2.5, 10, cached: 1.25), provenance: provenance()))
    }

    @Test func aMonthOnlyDateIsTheFirstOfTheMonthAndSaysSo() throws {
        let reasoner = try fixture().listings[1]
        #expect(reasoner == ModelListing(
            sourceID: "deepseek-reasoner", name: "DeepSeek Reasoner", organization: "DeepSeek", provider: "deepseek",
            released: DayDate("2025-01-01"), context: 64_000, modalities: ["text"], outputModalities: ["text"],
            price: price(0.55, 2.19, cached: 0.14), provenance: provenance(note: "release month only")))
    }

    @Test func hostsNameNoOrganizationUnlessTheModelKeyDoes() throws {
        let batch = try fixture()
        #expect(batch.listings[4] == ModelListing(
            sourceID: "deepseek-r1-distill-llama-70b", name: "DeepSeek R1 Distill Llama 70B", organization: nil,
            provider: "groq", released: DayDate("2025-01-01"), context: 131_072, modalities: ["text"], outputModalities: ["text"],
            price: price(0.75, 0.99), provenance: provenance(note: "release month only")))
        #expect(batch.listings[5] == ModelListing(
            sourceID: "meta-llama/llama-4-scout-17b-16e-instruct", name: "Llama 4 Scout 17B 16E", organization: "meta-llama",
            provider: "groq", released: nil, context: 131_072, modalities: ["text", "image"], outputModalities: ["text"],
            price: price(0.11, 0.34), provenance: provenance()))
    }

    @Test func oddValuesCostOnlyTheirFieldAndAreNamedByPlace() throws {
        let batch = try fixture()
        let o1Mini = batch.listings[3]
        #expect(o1Mini.released == DayDate("2024-09-12"))
        #expect(o1Mini.context == nil)
        #expect(o1Mini.price == nil)
        #expect(batch.skipped.map(\.description) == [
            "openai/models/o1-mini/limit.context: expected a whole number above zero, got \"128k\"",
            "openai/models/o1-mini/cost.input: expected a number, got \"free\"",
            "groq/models/meta-llama/llama-4-scout-17b-16e-instruct/release_date: expected a date YYYY-MM-DD or YYYY-MM, got \"soon\"",
            "groq/models/whisper-large-v3: expected an object, got \"retired\"",
        ])
    }

    @Test func toleratesProvidersAndCostsOfTheWrongShape() throws {
        let batch = try ModelsDevImporter.parse(Array("""
            {
              "$schema": "https://models.dev/schema.json",
              "empty": {"name": "Empty"},
              "odd": {"name": 7, "models": {
                "m1": {"cost": {"input": 1}, "modalities": {"input": ["text", 3]}},
                "m2": {"cost": {"input": "0.5", "output": -2}},
                "m3": {"cost": 5, "tool_call": {"x": 1}}
              }}
            }
            """.utf8), context: context)
        #expect(batch.listings.map(\.name) == ["m1", "m2", "m3"])
        #expect(batch.listings.map(\.provider) == ["odd", "odd", "odd"])
        #expect(batch.listings.allSatisfy { $0.price == nil && $0.organization == nil })
        #expect(batch.listings[0].modalities == ["text"])
        #expect(batch.skipped.map(\.description) == [
            "$schema: expected a provider object, got \"https://models.dev/schema.json\"",
            "empty: no models",
            "odd/name: expected a string, got number 7",
            "odd/models/m1/modalities.input[1]: expected a string, got number 3",
            "odd/models/m1/cost.output: missing; listed without a price",
            "odd/models/m2/cost.output: -2 is not a price",
            "odd/models/m3/cost: expected an object, got number 5",
        ])
    }

    @Test func refusesADocumentThatIsNotAnObjectOfProviders() throws {
        #expect(throws: ImportError(place: "https://models.dev/api.json:1:1",
                                    message: "expected an object of providers (models.dev api.json), got an array")) {
            try ModelsDevImporter.parse(Array("[]".utf8), context: context)
        }
        #expect(throws: ImportError(place: "https://models.dev/api.json:2:1", message: "unexpected end of input")) {
            try ModelsDevImporter.parse(Array("{\n".utf8), context: context)
        }
    }
}
