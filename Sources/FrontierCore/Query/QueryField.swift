/// A field a query term can name, with the kind of value it takes.
public enum QueryField: Hashable, Sendable {
    case org, license, open, reasoning, source, tag, model, kind
    /// What a model makes (`text`, `embedding`, `image`, …): a model's, or a cost row's model's.
    case modality
    /// `is:listed`: a model only a list knows, or a cost row of one.
    case listed
    case params, active, context, priceInput, priceOutput, price, cost, gpuHours, flop
    /// The row's day: a news item's date, a model's release, a price's `asOf`.
    case date
    /// A model's headline score on the benchmark with this id.
    case benchmark(String)

    /// How the value after the operator is read.
    enum ValueKind {
        case text, flag, number, date, costKind, modality, listed
    }

    var valueKind: ValueKind {
        switch self {
        case .org, .license, .source, .tag, .model: return .text
        case .open, .reasoning: return .flag
        case .kind: return .costKind
        case .modality: return .modality
        case .listed: return .listed
        case .date: return .date
        case .params, .active, .context, .priceInput, .priceOutput, .price, .cost, .gpuHours, .flop, .benchmark:
            return .number
        }
    }

    /// The name queries use for the field, as error messages and docs show it.
    public var name: String {
        switch self {
        case .org: return "org"
        case .license: return "license"
        case .open: return "open"
        case .reasoning: return "reasoning"
        case .source: return "source"
        case .tag: return "tag"
        case .model: return "model"
        case .kind: return "kind"
        case .modality: return "modality"
        case .listed: return "is"
        case .params: return "params"
        case .active: return "active"
        case .context: return "ctx"
        case .priceInput: return "price.in"
        case .priceOutput: return "price.out"
        case .price: return "price"
        case .cost: return "cost"
        case .gpuHours: return "gpuhours"
        case .flop: return "flop"
        case .date: return "date"
        case let .benchmark(id): return id
        }
    }

    /// Every built-in field, in the order the error message for an unknown field lists them.
    static let builtIn: [QueryField] = [
        .org, .license, .open, .reasoning, .source, .tag, .model, .kind, .modality, .listed, .params, .active, .context,
        .priceInput, .priceOutput, .price, .cost, .gpuHours, .flop, .date,
    ]

    /// Other spellings people type; `released` reads better than `date` for models.
    static let synonyms: [String: QueryField] = [
        "organization": .org, "licence": .license, "tags": .tag, "models": .model, "parameters": .params,
        "context": .context, "price.input": .priceInput, "price.output": .priceOutput, "gpu-hours": .gpuHours,
        "released": .date,
    ]

    /// Benchmark names that are neither an id nor a short name in the default dataset, but that
    /// people type for the headline variant. Used only when the dataset has no such id or short name,
    /// so a dataset's own `gpqa` benchmark is never shadowed.
    public static let benchmarkAliases: [String: String] = [
        "gpqa": "gpqa-diamond", "gpqa-diamond": "gpqa-diamond", "swe-bench": "swe-bench-verified",
        "swe": "swe-bench-verified", "math500": "math-500", "mmlupro": "mmlu-pro", "aime24": "aime-2024",
        "aime25": "aime-2025",
    ]

    /// The field a name stands for: a built-in field or synonym, then a benchmark by exact id,
    /// by short name, and last by the alias table. Names are case-insensitive.
    static func resolve(_ name: String, benchmarks: [Benchmark]) -> QueryField? {
        let lowered = name.lowercased()
        if let field = builtIn.first(where: { $0.name == lowered }) ?? synonyms[lowered] { return field }
        if let benchmark = benchmarks.first(where: { $0.id.lowercased() == lowered })
            ?? benchmarks.first(where: { $0.short.lowercased() == lowered }) {
            return .benchmark(benchmark.id)
        }
        if let target = benchmarkAliases[lowered], benchmarks.contains(where: { $0.id == target }) {
            return .benchmark(target)
        }
        return nil
    }
}
