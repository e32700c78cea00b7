import FrontierCore

/// What a listed model does when it is not text generation, as one of `Model.kindTags`.
///
/// Price lists mix chat models with embeddings, rerankers, image, video and speech models,
/// whose per-token prices are not comparable with a chat model's. models.dev and OpenRouter say
/// what a model outputs; an embedding or reranker outputs "text" there too, so its name decides
/// (`qwen3-embedding-0.6b`, `bge-reranker-base`), as it does for speech (`whisper-large-v3`).
enum ModelKind {
    static func of(_ listing: ModelListing) -> String? {
        let words = Set(NameKey.normalized(listing.sourceID + " " + listing.name).split(separator: " ").map(String.init))
        if !words.isDisjoint(with: ["embedding", "embeddings", "embed"]) { return "embedding" }
        if !words.isDisjoint(with: ["rerank", "reranker"]) { return "rerank" }
        if words.contains("moderation") { return "moderation" }
        if !words.isDisjoint(with: ["whisper", "tts", "asr", "transcribe"]) { return "audio" }
        let output = Set(listing.outputModalities.map { $0.lowercased() })
        guard !output.isEmpty, !output.contains("text") else { return nil }
        return ["image", "video", "audio"].first { output.contains($0) }
    }
}
