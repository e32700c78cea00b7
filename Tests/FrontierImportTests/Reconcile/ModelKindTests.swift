@testable import FrontierCore
@testable import FrontierImport
import Testing

/// Issue 13: listings say what a model does; models that do not generate text are tagged with
/// their kind, so the price chart and queries can set them apart.
@Suite struct ModelKindTests {
    private static let cases: [(key: String, name: String, output: [String], kind: String?)] = [
        ("workers-ai/@cf/qwen/qwen3-embedding-0.6b", "Qwen3 Embedding 0.6B", [], "embedding"),
        ("baai/bge-reranker-base", "BGE Reranker Base", [], "rerank"),
        ("baai/bge-m3", "BGE M3", ["text"], "embedding"),
        ("intfloat/e5-mistral-7b-instruct", "E5 Mistral 7B", ["text"], "embedding"),
        ("accounts/fireworks/models/flux-1-dev-controlnet-union", "flux-1-dev-controlnet-union", [], "image"),
        ("google/veo-3.1-generate-001", "Veo 3.1", [], "video"),
        ("openai/whisper-large-v3", "Whisper Large V3", ["text"], "audio"),
        ("qwen-image-2.0-pro", "Qwen Image 2.0 Pro", ["image"], "image"),
        ("wan2-2-t2v-a14b", "Wan 2.2", ["video"], "video"),
        ("gpt-image-1.5", "GPT Image 1.5", ["text", "image"], "image"),
        // One list gets a chat model's output wrong: the name does not agree, so no kind.
        ("openai/gpt-5.4-pro", "GPT-5.4 Pro", ["image"], nil),
        ("openai/gpt-4o-audio-preview", "GPT-4o Audio", ["text", "audio"], nil),
        ("deepseek/deepseek-chat", "DeepSeek V3", ["text"], nil),
    ]

    @Test(arguments: cases)
    func aListingsKindComesFromItsOutputOrItsName(example: (key: String, name: String, output: [String], kind: String?)) {
        let listing = ModelListing(sourceID: example.key, name: example.name, outputModalities: example.output, provenance: Provenance())
        #expect(ModelKind.of(listing) == example.kind)
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
