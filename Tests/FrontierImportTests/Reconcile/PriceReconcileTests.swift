@testable import FrontierCore
@testable import FrontierImport
import Testing

private typealias S = ImportSample

@Suite struct PriceReconcileTests {
    @Test func aPriceForAModelWithoutOneIsAddedWithTheListingsProvenance() throws {
        let outcome = S.apply(ImportBatch(listings: [
            S.listing("openai/o1", "OpenAI: o1", price: S.price(15, 60, cached: 7.5, asOf: "2025-06-01")),
        ]))
        let price = try #require(outcome.dataset.prices.last)
        #expect(price == Price(id: "price-o1-openai-2025-06-01", model: "o1", apiId: "openai/o1", input: 15, cachedInput: 7.5,
                               output: 60, asOf: S.day("2025-06-01"),
                               provenance: Provenance(source: "OpenRouter", url: "https://openrouter.ai/api/v1/models",
                                                      asOf: S.day("2025-06-01"), retrieved: S.day("2025-06-01"),
                                                      status: .secondary)))
        #expect(outcome.added == [RecordRef(kind: .price, id: "price-o1-openai-2025-06-01")])
        #expect(outcome.updated.isEmpty && outcome.unchanged == 0)
        #expect(S.problems(outcome.dataset) == [])
    }

    @Test func aPriceCarriesItsOwnNoteAndNotTheListingsNoteAboutTheModel() throws {
        var provenance = S.openRouterProvenance()
        provenance.note = "released is the day OpenRouter listed the model"
        var listed = S.price(1, 1, asOf: "2025-06-01")
        listed.note = "plus $0.005 per request"
        let outcome = S.apply(ImportBatch(listings: [
            S.listing("openai/o1", "OpenAI: o1", price: listed, provenance: provenance),
        ]))
        let price = try #require(outcome.dataset.prices.last)
        #expect(price.provenance?.note == "plus $0.005 per request")
    }

    @Test func theSamePriceSeenAgainIsUnchangedAndAddsNoDailyRow() {
        // DeepSeek's list price since 2025-02-08, as a price list shows it months later.
        let batch = ImportBatch(listings: [
            S.listing("deepseek-chat", organization: "deepseek", provider: "deepseek",
                      price: S.price(0.27, 1.10, cached: 0.07, asOf: "2025-06-01")),
            S.listing("deepseek/deepseek-chat", "DeepSeek: DeepSeek V3", price: S.price(0.27, 1.1, asOf: "2025-06-01")),
        ])
        let outcome = S.apply(batch)
        #expect(outcome.dataset == S.dataset)
        #expect(outcome.unchanged == 2)
        #expect(outcome.added.isEmpty && outcome.updated.isEmpty)
        #expect(outcome.summary == "2 unchanged")
    }

    @Test func aChangedPriceIsAddedAndThePreviousOneEndsTheDayBefore() throws {
        // DeepSeek's price change of 2025-09-05.
        let outcome = S.apply(ImportBatch(listings: [
            S.listing("deepseek-chat", organization: "DeepSeek", price: S.price(0.56, 1.68, cached: 0.07, asOf: "2025-09-05")),
        ]))
        let previous = try #require(outcome.dataset.prices.first { $0.id == "deepseek-chat-2025-02" })
        #expect(previous.until == S.day("2025-09-04"))
        #expect(previous.input == 0.27 && previous.provenance == S.deepseekDocs)
        #expect(previous.notes.map(\.about) == ["until"])
        let added = try #require(outcome.dataset.prices.first { $0.id == "price-deepseek-v3-deepseek-2025-09-05" })
        #expect(added.input == 0.56 && added.output == 1.68 && added.cachedInput == 0.07 && added.provider == nil)
        #expect(added.until == nil)
        #expect(outcome.added == [RecordRef(kind: .price, id: "price-deepseek-v3-deepseek-2025-09-05")])
        #expect(outcome.updated == [RecordRef(kind: .price, id: "deepseek-chat-2025-02")])
        #expect(outcome.summary == "added 1 price; updated 1 price")
        #expect(S.problems(outcome.dataset) == [])

        let again = S.apply(ImportBatch(listings: [
            S.listing("deepseek-chat", organization: "DeepSeek", price: S.price(0.56, 1.68, asOf: "2025-09-06")),
        ]), to: outcome.dataset)
        #expect(again.dataset == outcome.dataset)
        #expect(again.unchanged == 1)
    }

    @Test func aThirdPartyHostHasItsOwnPriceLine() throws {
        let outcome = S.apply(ImportBatch(listings: [
            S.listing("deepseek/deepseek-chat", "DeepSeek: DeepSeek V3", provider: "OpenRouter",
                      price: S.price(0.30, 0.88, asOf: "2025-06-01")),
        ]))
        let price = try #require(outcome.dataset.prices.last)
        #expect(price.id == "price-deepseek-v3-openrouter-2025-06-01")
        #expect(price.provider == "OpenRouter")
        #expect(outcome.dataset.prices.first?.until == nil)
        #expect(outcome.updated.isEmpty)
    }

    @Test func aPriceOlderThanTheLatestIsSkippedWithAReason() {
        let outcome = S.apply(ImportBatch(listings: [
            S.listing("deepseek-chat", organization: "deepseek", price: S.price(0.14, 0.28, asOf: "2025-01-01")),
        ]))
        #expect(outcome.dataset == S.dataset)
        #expect(outcome.skipped == [ImportWarning(
            place: "deepseek-chat",
            reason: "price as of 2025-01-01 is older than deepseek-chat-2025-02 (as of 2025-02-08); left as it is")])
    }

    @Test func aSourceCorrectingItsOwnPriceOnTheSameDayUpdatesIt() throws {
        let first = S.apply(ImportBatch(listings: [S.listing("openai/o1", price: S.price(15, 60, asOf: "2025-06-01"))]))
        let second = S.apply(ImportBatch(listings: [S.listing("openai/o1", price: S.price(15, 45, asOf: "2025-06-01"))]),
                             to: first.dataset)
        #expect(second.dataset.prices.filter { $0.model == "o1" }.map(\.output) == [45])
        #expect(second.updated == [RecordRef(kind: .price, id: "price-o1-openai-2025-06-01")])
    }

    @Test func twoEntriesOfOneImportDisagreeingOnADayKeepTheFirst() {
        let outcome = S.apply(ImportBatch(listings: [
            S.listing("o1", organization: "openai", price: S.price(15, 60, asOf: "2025-06-01")),
            S.listing("openai/o1", price: S.price(15, 45, asOf: "2025-06-01")),
        ]))
        #expect(outcome.dataset.prices.filter { $0.model == "o1" }.map(\.output) == [60])
        #expect(outcome.skipped.map(\.place) == ["openai/o1"])
    }

    @Test func negativeOrNonFinitePricesAreSkipped() {
        let outcome = S.apply(ImportBatch(listings: [
            S.listing("openai/o1", price: S.price(-1, 60, asOf: "2025-06-01")),
            S.listing("openai/o1-mini", price: S.price(3, .infinity, asOf: "2025-06-01")),
        ]))
        #expect(outcome.dataset.prices == S.dataset.prices)
        #expect(outcome.skipped.map(\.reason) == ["price is not a non-negative number", "price is not a non-negative number"])
        #expect(S.problems(outcome.dataset) == [])
    }
}
