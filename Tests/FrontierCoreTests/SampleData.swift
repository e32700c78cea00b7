@testable import FrontierCore

/// A small hand-made dataset for state and view-model tests.
enum SampleData {
    static func day(_ text: String) -> DayDate { DayDate(text)! }

    static let dataset = Dataset(
        title: "sample",
        sources: [Source(id: "P1", name: "DeepSeek-V3 README", url: "https://example.org/v3", status: .primary)],
        organizations: [
            Organization(id: "deepseek", name: "DeepSeek"),
            Organization(id: "openai", name: "OpenAI"),
            Organization(id: "meta", name: "Meta"),
        ],
        benchmarks: [
            Benchmark(id: "mmlu", name: "MMLU"),
            Benchmark(id: "gpqa-diamond", name: "GPQA-Diamond", short: "GPQA-D"),
            Benchmark(id: "codeforces", name: "Codeforces", short: "CF", unit: "rating", max: 4000),
        ],
        models: [
            Model(id: "deepseek-v3", name: "DeepSeek-V3", org: "deepseek", released: day("2024-12-26"),
                  parameters: Parameters(total: 671e9, active: 37e9), context: 131_072,
                  license: License(name: "DeepSeek Model License", openWeights: true, commercial: true),
                  scores: [
                      Score(benchmark: "mmlu", value: 88.5, setting: "EM",
                            provenance: Provenance(ref: "P1", reportedBy: "deepseek", status: .primary)),
                      Score(benchmark: "gpqa-diamond", value: 59.1,
                            provenance: Provenance(ref: "P1", reportedBy: "deepseek", status: .primary)),
                  ]),
            Model(id: "gpt-4o", name: "GPT-4o", org: "openai", released: day("2024-05-13"), context: 131_072,
                  license: License(name: "Proprietary", openWeights: false),
                  scores: [
                      Score(benchmark: "gpqa-diamond", value: 49.9, variant: "2024-05-13",
                            provenance: Provenance(ref: "P1", reportedBy: "deepseek", status: .primary)),
                      Score(benchmark: "gpqa-diamond", value: 53.6, setting: "chatgpt prompt",
                            provenance: Provenance(source: "simple-evals", reportedBy: "openai", status: .primary)),
                  ]),
            Model(id: "llama-3.1-405b", name: "Llama 3.1 405B", org: "meta", released: day("2024-07-23"),
                  parameters: Parameters(total: 405e9), license: License(name: "Llama 3.1 Community License", openWeights: true),
                  scores: [Score(benchmark: "mmlu", value: 88.6)]),
            Model(id: "o1", name: "o1", org: "openai", released: day("2024-12-05"), reasoning: true,
                  scores: [Score(benchmark: "codeforces", value: 2061)]),
        ],
        training: [
            TrainingRun(id: "t-v3", model: "deepseek-v3", gpuHours: 2.788e6, gpuType: "H800", costUSD: 5.576e6,
                        basis: .reported, method: "2.788M H800 GPU-hours at $2 per GPU-hour"),
            TrainingRun(id: "t-gpt4", label: "GPT-4", org: "openai", costUSD: 78.4e6, basis: .estimate),
            TrainingRun(id: "t-405b", model: "llama-3.1-405b", gpuHours: 30.84e6, costUSD: 61.68e6, basis: .derived),
            TrainingRun(id: "t-nocost", model: "o1", basis: .reported),
        ],
        prices: [
            Price(id: "p-v3", model: "deepseek-v3", input: 0.27, output: 1.10, asOf: day("2025-02-08")),
            Price(id: "p-4o-old", model: "gpt-4o", input: 5, output: 15, asOf: day("2024-06-10"), until: day("2024-08-05")),
            Price(id: "p-4o", model: "gpt-4o", input: 2.5, output: 10, asOf: day("2024-08-09")),
            Price(id: "p-o1", model: "o1", input: 15, output: 60, asOf: day("2025-01-03")),
        ],
        news: [
            NewsItem(id: "n1", date: day("2024-12-26"), headline: "DeepSeek releases DeepSeek-V3", orgs: ["deepseek"],
                     models: ["deepseek-v3"], source: "GitHub"),
            NewsItem(id: "n2", date: day("2025-01-27"), headline: "Nvidia falls 17%", orgs: ["deepseek"], source: "Longbridge"),
            NewsItem(id: "n3", date: day("2025-01-23"), approximate: true, headline: "Blind post", orgs: ["meta", "deepseek"],
                     source: "TechIssuesToday"),
        ]
    )
}
