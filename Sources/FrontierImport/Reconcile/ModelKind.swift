import FrontierCore

/// What a listed model does when it is not text generation, as one of `Model.kindTags`.
///
/// Price lists mix chat models with embeddings, rerankers, image, video and speech models,
/// whose per-token prices are not comparable with a chat model's. models.dev and OpenRouter say
/// what a model outputs; an embedding or reranker outputs "text" there too, so its name decides
/// (`qwen3-embedding-0.6b`, `bge-reranker-base`), as it does for speech (`whisper-large-v3`) and
/// for families that only make images or video (`flux`, `imagen`, `veo`).
enum ModelKind {
    static func of(_ listing: ModelListing) -> String? {
        let text = NameKey.normalized(listing.sourceID + " " + listing.name)
        let words = Set(text.split(separator: " ").map(String.init))
        if !words.isDisjoint(with: ["rerank", "reranker"]) { return "rerank" }
        // BGE and GTE are embedding families by name; E5 leads its models' names.
        if !words.isDisjoint(with: ["embedding", "embeddings", "embed", "bge", "gte"]) || (" " + text + " ").contains(" e 5 ") { return "embedding" }
        if words.contains("moderation") { return "moderation" }
        if !words.isDisjoint(with: ["whisper", "tts", "asr", "transcribe"]) { return "audio" }
        // Families that only make images or video.
        if !words.isDisjoint(with: ["flux", "dall", "imagen", "sdxl", "seedream", "recraft", "ideogram"]) { return "image" }
        if !words.isDisjoint(with: ["veo", "sora", "seedance", "kling", "hailuo"]) { return "video" }
        // An output without text says image, video or speech, when the name agrees: one list
        // that gets a chat model's modalities wrong (GPT-5.4 Pro as image-only) is not enough.
        // An image model may answer in text too (GPT Image); a chat model that also speaks is
        // still a chat model.
        let output = Set(listing.outputModalities.map { $0.lowercased() })
        return ["image", "video", "audio"].first { kind in
            output.contains(kind) && !words.isDisjoint(with: Self.words[kind] ?? [])
                && (kind == "image" || !output.contains("text"))
        }
    }

    /// Words of a name that agree with an output of images, video or audio.
    private static let words: [String: Set<String>] = [
        "image": ["image", "images", "imagine", "img", "diffusion", "photon", "wanx"],
        "video": ["video", "t2v", "i2v", "wan"],
        "audio": ["audio", "speech", "voice", "music", "sound", "lyria", "eleven"],
    ]
}
