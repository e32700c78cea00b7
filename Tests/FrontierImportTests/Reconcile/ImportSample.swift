@testable import FrontierCore
@testable import FrontierImport
import Testing

/// A small dataset with the names imports trip over, and builders for what importers hand over.
enum ImportSample {
    static func day(_ text: String) -> DayDate { DayDate(text)! }

    static let deepseekDocs = Provenance(source: "DeepSeek API docs", url: "https://api-docs.deepseek.com/quick_start/pricing",
                                         asOf: day("2025-02-08"), status: .primary)

    static let dataset = Dataset(
        schema: 1,
        title: "import sample",
        organizations: [
            Organization(id: "openai", name: "OpenAI", aliases: ["Open AI"]),
            Organization(id: "meta", name: "Meta", aliases: ["Meta AI", "meta-llama", "Meta Platforms"]),
            Organization(id: "deepseek", name: "DeepSeek", aliases: ["DeepSeek AI", "deepseek-ai"]),
            Organization(id: "anthropic", name: "Anthropic"),
            Organization(id: "google", name: "Google DeepMind", aliases: ["Google", "DeepMind"]),
            Organization(id: "alibaba", name: "Alibaba", aliases: ["Alibaba Cloud", "Qwen"]),
        ],
        models: [
            Model(id: "o1", name: "o1", org: "openai", aliases: ["OpenAI o1", "o1-2024-12-17"], released: day("2024-12-05"),
                  reasoning: true),
            Model(id: "o1-mini", name: "o1-mini", org: "openai", aliases: ["o1-mini-2024-09-12"], released: day("2024-09-12"),
                  reasoning: true),
            Model(id: "o1-preview", name: "o1-preview", org: "openai", released: day("2024-09-12"), reasoning: true),
            Model(id: "gpt-4o", name: "GPT-4o", org: "openai", aliases: ["gpt-4o-2024-08-06", "GPT 4o"],
                  released: day("2024-05-13"), context: 128_000),
            Model(id: "gpt-4o-mini", name: "GPT-4o mini", org: "openai", aliases: ["gpt-4o-mini", "gpt-4o-mini-2024-07-18"],
                  released: day("2024-07-18")),
            Model(id: "llama-3.1-405b", name: "Llama 3.1 405B", org: "meta",
                  aliases: ["Llama-3.1-405B", "meta-llama/Llama-3.1-405B", "Llama 3.1"], released: day("2024-07-23"),
                  parameters: Parameters(total: 405e9, provenance: Provenance(source: "Llama 3 paper", status: .primary))),
            Model(id: "llama-3.1-70b", name: "Llama 3.1 70B", org: "meta", aliases: ["Llama-3.1-70B", "Llama 3.1"],
                  released: day("2024-07-23")),
            Model(id: "deepseek-v3", name: "DeepSeek-V3", org: "deepseek",
                  aliases: ["DeepSeek V3", "deepseek-chat", "deepseek-ai/DeepSeek-V3"], released: day("2024-12-26"),
                  parameters: Parameters(active: 37e9, provenance: Provenance(source: "DeepSeek-V3 README", status: .primary))),
            Model(id: "deepseek-v3-0324", name: "DeepSeek-V3-0324", org: "deepseek",
                  aliases: ["DeepSeek V3 0324", "deepseek-ai/DeepSeek-V3-0324"], released: day("2025-03-24")),
            Model(id: "deepseek-r1", name: "DeepSeek-R1", org: "deepseek", aliases: ["DeepSeek R1", "R1", "deepseek-reasoner"],
                  released: day("2025-01-20"), reasoning: true),
            Model(id: "claude-3.5-sonnet", name: "Claude 3.5 Sonnet", org: "anthropic",
                  aliases: ["claude-3-5-sonnet-20240620"], released: day("2024-06-20")),
            Model(id: "qwen2.5-72b", name: "Qwen2.5-72B", org: "alibaba", aliases: ["Qwen/Qwen2.5-72B"],
                  released: day("2024-09-19")),
            Model(id: "gemini-1.5-pro", name: "Gemini 1.5 Pro", org: "google", aliases: ["gemini-1.5-pro"],
                  released: day("2024-02-15")),
        ],
        prices: [
            Price(id: "deepseek-chat-2025-02", model: "deepseek-v3", apiId: "deepseek-chat", input: 0.27, cachedInput: 0.07,
                  output: 1.10, asOf: day("2025-02-08"), provenance: deepseekDocs),
        ],
        news: [
            NewsItem(id: "n-r1-release", date: day("2025-01-20"), headline: "DeepSeek releases DeepSeek-R1",
                     orgs: ["deepseek"], models: ["deepseek-r1"], source: "DeepSeek",
                     url: "https://api-docs.deepseek.com/news/news250120"),
        ]
    )

    static let openRouter = ImportContext(sourceName: "OpenRouter", location: "https://openrouter.ai/api/v1/models",
                                          retrieved: day("2025-06-01"))

    static func openRouterProvenance(_ asOf: String = "2025-06-01") -> Provenance {
        Provenance(source: "OpenRouter", url: "https://openrouter.ai/api/v1/models", asOf: day(asOf), status: .secondary)
    }

    /// A listing as a price list gives it; `name` defaults to the key.
    static func listing(_ sourceID: String, _ name: String? = nil, organization: String? = nil, provider: String? = nil,
                        released: String? = nil, context: Int? = nil, parameters: Double? = nil,
                        price: ListedPrice? = nil, training: ListedTraining? = nil,
                        provenance: Provenance = openRouterProvenance()) -> ModelListing {
        ModelListing(sourceID: sourceID, name: name ?? sourceID, organization: organization, provider: provider,
                     released: released.map(day), context: context, parameters: parameters, price: price,
                     training: training, provenance: provenance)
    }

    static func price(_ input: Double, _ output: Double, cached: Double? = nil, asOf: String) -> ListedPrice {
        ListedPrice(input: input, output: output, cachedInput: cached, asOf: day(asOf))
    }

    static func apply(_ batch: ImportBatch, to dataset: Dataset = dataset, context: ImportContext = openRouter) -> ImportOutcome {
        ImportReconciler(dataset: dataset).apply(batch, context: context)
    }

    /// The problems `frontier validate` would report for the dataset written as a file.
    static func problems(_ dataset: Dataset) -> [Diagnostic] {
        let bytes = Array(DatasetEncoder.encode(dataset).utf8)
        return DatasetLoader.load([(name: "imported.json", bytes: bytes)]).diagnostics
    }
}
