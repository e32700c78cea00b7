import Foundation
import FrontierCore

/// The ways listings spell one provider (who serves a model at a price), so that a price for
/// (model, provider) has one line whichever list gave it.
///
/// LiteLLM routes Bedrock through `bedrock`, `bedrock_converse` and `bedrock_mantle`, models.dev
/// calls it `amazon-bedrock`; Azure is `azure`, `azure_ai`, `azure_text` and
/// `azure-cognitive-services`. The first name of a group is the one the dataset stores; a
/// spelling no group holds is stored as the list gives it. Spellings are from the LiteLLM,
/// OpenRouter and models.dev lists in the corpus (`../shared/corpus/listings`).
enum ProviderNames {
    static let groups: [[String]] = [
        ["Amazon Bedrock", "bedrock", "bedrock_converse", "bedrock_mantle", "amazon-bedrock", "aws_bedrock"],
        ["Azure", "azure", "azure_ai", "azure_text", "azure-cognitive-services"],
        ["Google Vertex AI", "vertex_ai", "vertex_ai_beta", "google-vertex", "vertex"],
        ["OpenRouter", "openrouter"],
        ["Together AI", "together_ai", "togetherai", "together"],
        ["Fireworks AI", "fireworks_ai", "fireworks-ai", "fireworks"],
        ["Groq", "groq"],
        ["DeepInfra", "deepinfra", "deep infra"],
        ["Novita AI", "novita", "novita-ai", "novitaai"],
        ["Cloudflare Workers AI", "cloudflare", "cloudflare-workers-ai", "workers-ai"],
        ["Vercel AI Gateway", "vercel_ai_gateway", "vercel"],
        ["Nebius", "nebius"],
        ["Cerebras", "cerebras"],
        ["SambaNova", "sambanova"],
        ["Hyperbolic", "hyperbolic"],
        ["Baseten", "baseten"],
        ["Replicate", "replicate"],
        ["Databricks", "databricks"],
        ["Snowflake Cortex", "snowflake", "snowflake-cortex"],
        ["Oracle Cloud", "oci"],
        ["IBM watsonx", "watsonx"],
        ["GitHub Copilot", "github_copilot", "github-copilot"],
        ["Hugging Face", "huggingface"],
        ["Friendli", "friendli", "friendliai"],
        ["GMI Cloud", "gmi", "gmicloud"],
        ["Lambda", "lambda_ai"],
        ["Scaleway", "scaleway"],
        ["OVHcloud", "ovhcloud"],
        ["Weights & Biases", "wandb"],
    ]

    /// Each normalized spelling's group.
    private static let index: [String: [String]] = {
        var index: [String: [String]] = [:]
        for group in groups {
            for name in group { index[NameKey.normalized(name)] = group }
        }
        return index
    }()

    /// The name the dataset stores for `spelling`: its group's first name, or the spelling
    /// itself, trimmed, when no group holds it.
    static func canonical(_ spelling: String) -> String {
        let trimmed = spelling.trimmingCharacters(in: .whitespaces)
        return index[NameKey.normalized(trimmed)]?.first ?? trimmed
    }
}
