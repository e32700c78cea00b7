import FrontierCore

/// Names of those who serve or route other developers' models: clouds, inference hosts,
/// gateways and routers, as the path prefixes of listing keys spell them (`azure/command-r-plus`,
/// `openrouter/anthropic/claude-3.5-sonnet`, `accounts/fireworks/models/…`, `@cf/meta/…`), and the
/// other prefixes of such keys that name no one (image sizes and qualities, regions).
///
/// A host is a provider of a price, never the developer of a model: a key's leading hosts are
/// passed over when looking for who made the model, so importing a price list does not create
/// organizations called `azure` or `bedrock`. The names come from the path prefixes of the
/// LiteLLM, OpenRouter and models.dev lists in the corpus (`../shared/corpus/listings`); a
/// developer that also hosts (DeepSeek, Mistral, Perplexity) is not here.
enum HostNames {
    /// Normalized (`NameKey.normalized`) host names and prefixes that name no developer.
    static let keys: Set<String> = Set([
        // Clouds and their model services.
        "azure", "azure_ai", "azure-cognitive-services", "bedrock", "bedrock_converse", "bedrock_mantle",
        "amazon-bedrock", "sagemaker", "vertex_ai", "vertex_ai_beta", "google-vertex", "oci", "watsonx",
        "databricks", "snowflake", "cloudflare", "cloudflare-workers-ai", "cloudflare-ai-gateway",
        "workers-ai", "cf", "@cf", "heroku", "digitalocean", "scaleway", "ovhcloud", "nebius", "volcengine",
        "github", "github_copilot", "github-copilot", "github-models", "gitlab",
        // Inference hosts.
        "fireworks_ai", "fireworks-ai", "fireworks", "accounts", "together_ai", "together", "deepinfra",
        "novita", "replicate", "groq", "anyscale", "baseten", "hyperbolic", "lambda_ai", "nscale", "gmi",
        "gmicloud", "crusoe", "featherless_ai", "gradient_ai", "friendli", "friendliai", "chutes",
        "nvidia_nim", "ollama", "ollama_chat", "llamagate", "libertai", "tensormesh", "publicai", "wandb",
        "fal_ai", "aiml", "pinstripes", "lemonade", "huggingface", "hf", "@hf", "clarifai", "io-net", "inference",
        // Path parts of hosts' keys that name no one: `clarifai/main/models/…`,
        // `accounts/fireworks/routers/…`, Bedrock's `…/invoke/…` and `…/converse/…`.
        "main", "routers", "invoke", "converse",
        // Routers and gateways.
        "openrouter", "vercel_ai_gateway", "route", "helicone", "fastrouter", "aihubmix", "302ai",
        "orcarouter", "nanogpt", "nano-gpt", "kilo", "kilo-auto", "llmgateway", "zenmux", "requesty", "merge-gateway",
        // Prefixes of image and speech keys that are options, not names.
        "low", "medium", "high", "standard", "hd", "1024-x-1024", "512-x-512", "256-x-256",
        "1024-x-1792", "1792-x-1024", "tee", "pro",
        // Regions and deployment scopes (`azure/eu/…`, `bedrock/us-east-1/…`).
        "eu", "us", "global", "global-standard", "apac", "jp", "au",
    ].map(NameKey.normalized))

    /// True for a host, router, option prefix or region: anything that names no developer.
    static func isHost(_ name: String) -> Bool {
        let key = NameKey.normalized(name)
        return keys.contains(key) || isCloudRegion(key)
    }

    /// A cloud region in normalized form: `us east 1`, `eu west 3`, `us gov west 1`, `ap northeast 1`.
    private static func isCloudRegion(_ key: String) -> Bool {
        let words = key.split(separator: " ")
        guard words.count >= 3, words.count <= 4, let last = words.last, last.allSatisfy(\.isNumber),
              ["us", "eu", "ap", "ca", "sa", "me", "af", "il", "mx"].contains(words[0]) else { return false }
        return words.dropFirst().dropLast().allSatisfy { $0.allSatisfy(\.isLetter) }
    }
}
