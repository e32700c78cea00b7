@testable import FrontierCore
@testable import FrontierImport
import Testing

/// Issue 13: listings say what a model does; models that do not generate text are tagged with
/// their kind, so the price chart and queries can set them apart.
@Suite struct ModelKindTests {
    @Test(arguments: [
        ("workers-ai/@cf/qwen/qwen3-embedding-0.6b", "Qwen3 Embedding 0.6B", [String](), "embedding"),
        ("baai/bge-reranker-base", "BGE Reranker Base", [], "rerank"),
        ("openai/whisper-large-v3", "Whisper Large V3", ["text"], "audio"),
        ("qwen-image-2.0-pro", "Qwen Image 2.0 Pro", ["image"], "image"),
        ("wan2-2-t2v-a14b", "Wan 2.2", ["video"], "video"),
        ("gpt-image-1.5", "GPT Image 1.5", ["text", "image"], nil),
        ("deepseek/deepseek-chat", "DeepSeek V3", ["text"], nil),
    ])
    func aListingsKindComesFromItsOutputOrItsName(key: String, name: String, output: [String], expected: String?) {
        let listing = ModelListing(sourceID: key, name: name, outputModalities: output, provenance: Provenance())
        #expect(ModelKind.of(listing) == expected)
    }

    @Test func aCreatedModelIsTaggedWithItsKindAndKeepsItOnTheNextImport() throws {
        let batch = ImportBatch(listings: [
            ImportSample.listing("baai/bge-m3-embedding", "BGE M3 Embedding", organization: "baai", provider: "nvidia",
                                 price: ImportSample.price(0.01, 0, asOf: "2025-06-01")),
        ])
        let first = ImportSample.apply(batch)
        let model = try #require(first.dataset.models.first { $0.aliases.contains("baai/bge-m3-embedding") })
        #expect(model.tags == [ModelMatcher.createdTag, "embedding"])
        #expect(model.kind == "embedding")
        let again = ImportSample.apply(batch, to: first.dataset)
        #expect(again.added.isEmpty && again.updated.isEmpty)
    }
}
