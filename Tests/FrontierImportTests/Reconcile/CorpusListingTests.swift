@testable import FrontierCore
@testable import FrontierImport
import Testing
import TestSupport

/// Issue 12, points 1 and 2, on the corpus's real price lists (`../shared/corpus/listings`),
/// imported one after another into the embedded dataset with the feeds after them.
@Suite struct CorpusListingTests {
    /// LiteLLM lists `gpt-4o` at $2.50/$10 beside its dated snapshots (2024-05-13 at $5/$15);
    /// the current OpenAI price stays what `gpt-4o` serves.
    @Test func gpt4oKeepsItsCurrentOpenAIPrice() throws {
        let dataset = try CorpusImport.everything.get()
        let current = try #require(DatasetIndex(dataset).currentPrice["gpt-4o"])
        #expect(current.provider == nil)
        #expect(current.input == 2.5 && current.output == 10)
        // Every host's price is a row of the one model, not a model per host.
        let hosts = Set(dataset.prices.filter { $0.model == "gpt-4o" && $0.until == nil }.compactMap(\.provider))
        #expect(hosts.isSuperset(of: ["Azure", "OpenRouter"]), "\(hosts.sorted())")
        #expect(!dataset.models.contains { $0.id != "gpt-4o" && $0.aliases.contains("azure/gpt-4o") })
    }

    /// Once everything is in, importing any of the lists again changes nothing, although they
    /// price many of the same rows, share keys and create models of the same names.
    @Test(arguments: CorpusImport.Listing.allCases)
    func aSecondImportChangesNothing(listing: CorpusImport.Listing) throws {
        let dataset = try CorpusImport.everything.get()
        let again = try listing.apply(to: dataset)
        #expect(again.added == [], "\(again.summary)")
        #expect(again.updated == [], "\(again.summary)")
        #expect(again.dataset == dataset)
    }

    /// OpenRouter's own prices own OpenRouter's rows: LiteLLM's `openrouter/…` copies, imported
    /// before it, are taken over (with the same figure or OpenRouter's), and a second LiteLLM
    /// import writes none of them back (above). LiteLLM keeps only rows for models OpenRouter's
    /// list no longer prices or names ambiguously (9 of 355 in this corpus).
    @Test func openRoutersRowsAreOpenRouters() throws {
        let dataset = try CorpusImport.everything.get()
        let rows = dataset.prices.filter { $0.provider == "OpenRouter" && $0.until == nil }
        #expect(rows.count > 200)
        let litellmOwned = rows.filter { $0.provenance?.source == "LiteLLM" }
        #expect(litellmOwned.count * 20 < rows.count, "\(litellmOwned.map(\.id))")
        #expect(rows.filter { $0.provenance?.source == "OpenRouter" }.count * 10 > rows.count * 9)
    }
}
