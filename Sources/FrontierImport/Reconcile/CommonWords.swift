/// English words that start many model names but name nothing: never a linking keyword.
///
/// A family word (the first word several models of one developer share) links that developer,
/// so `Llama` links Meta. Listings also name models "The Drummer Cydonia", "Free ...", "Open ...":
/// as keywords those words tagged half of all news with one fine-tuner. Kept as data, so a word
/// the corpus shows to be common is one line here.
enum CommonWords {
    static let all: Set<String> = [
        "a", "an", "the", "and", "or", "of", "for", "to", "in", "on", "at", "by", "with", "from", "new", "my", "our",
        "your", "this", "that", "all", "any", "one", "two", "big", "small", "large", "mini", "tiny", "base", "pro",
        "max", "plus", "ultra", "lite", "fast", "free", "open", "deep", "chat", "text", "code", "auto", "best", "next",
        "first", "latest", "model", "models", "image", "video", "audio", "voice", "speech", "vision", "search", "web",
        "smart", "super", "hyper", "turbo", "flash", "instant", "light", "dark", "black", "white", "blue", "red",
        "green", "gold", "silver", "star", "sky", "sun", "moon", "night", "magic", "mega", "micro", "nano", "neo",
        "nova", "prime", "pure", "real", "true", "good", "great", "high", "low", "long", "short", "world", "life",
        "mind", "brain", "core", "edge", "cloud", "labs", "lab", "team", "research", "preview", "beta", "alpha",
        "standard", "general", "simple", "direct", "instruct", "reasoning", "thinking", "embed", "embedding",
        "embeddings", "translate", "assistant", "agent", "agents", "creative", "writer", "stable", "universal",
        // The words of machine learning itself, which start many of Epoch AI's older model names
        // ("Neural LM", "Deep rectifier networks", "Stacked Denoising Autoencoders").
        "neural", "network", "networks", "recurrent", "convolutional", "transformer", "transformers", "language",
        "word", "words", "stacked", "denoising", "greedy", "empirical", "feedforward", "sparse", "attention",
        "generative", "adversarial", "learning", "reinforcement", "graph", "memory", "multi", "mixture",
        "residual", "autoencoder", "autoencoders", "policy", "machine", "translation", "recognition", "visual",
        "unsupervised", "supervised", "self", "sequence", "temporal", "hierarchical", "dynamic", "efficient",
        "scaling", "training", "pretrained", "masked", "conditional", "probabilistic", "statistical",
    ]

    /// True when `word` (lowercased) is too common to say whose model a headline means.
    static func isCommon(_ word: String) -> Bool {
        word.count <= NewsLinker.shortNameLength || all.contains(word)
    }
}
