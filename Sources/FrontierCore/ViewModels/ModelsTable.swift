/// The models pane as rows of text: organization, parameters, licence, release date, scores.
public struct ModelsTable: Sendable {
    public struct Row: Hashable, Sendable {
        public var id: String
        public var organization: String
        /// One string per column, in column order; missing values are `Format.missing`.
        public var cells: [String]
        public var openWeights: Bool
        /// Only a list knows the model (`Model.isListed`): shown when `a` shows every row.
        public var hiddenByDefault = false
    }

    public var columns: [ColumnSpec]
    public var rows: [Row]
    public var sort: SortSpec

    public static let defaultSort = SortSpec(key: "released", descending: true)

    /// Benchmarks shown as columns, in this order when the dataset has them; the rest follow.
    static let headlineBenchmarks = [
        "mmlu", "mmlu-pro", "gpqa-diamond", "hle", "math-500", "aime-2024", "aime-2025", "livecodebench", "codeforces",
        "swe-bench-verified",
    ]

    public init(dataset: Dataset, index: DatasetIndex, sort: SortSpec? = nil, mix: TokenMix = .standard) {
        let sort = sort ?? ModelsTable.defaultSort
        self.sort = sort
        let benchmarks = ModelsTable.benchmarkColumns(dataset)

        var columns = [
            ColumnSpec(id: "name", title: "Model", priority: 100, minWidth: 18, flexible: true),
            ColumnSpec(id: "org", title: "Org", priority: 90, minWidth: 9),
            ColumnSpec(id: "params", title: "Params", alignment: .right, priority: 80, minWidth: 8),
            ColumnSpec(id: "released", title: "Released", alignment: .right, priority: 85, minWidth: 10),
            ColumnSpec(id: "weights", title: "Weights", priority: 75, minWidth: 10),
            ColumnSpec(id: "context", title: "Ctx", alignment: .right, priority: 35, minWidth: 4),
            ColumnSpec(id: "price", title: "$/1M", alignment: .right, priority: 72, minWidth: 6),
            // The cheapest paid price any provider lists, beside the developer's own.
            ColumnSpec(id: "cheapest", title: "Cheapest", alignment: .right, priority: 40, minWidth: 8),
        ]
        for (offset, benchmark) in benchmarks.enumerated() {
            let priority = ModelsTable.benchmarkPriority[benchmark.id] ?? 50 - offset
            columns.append(ColumnSpec(id: "score:" + benchmark.id, title: benchmark.short, alignment: .right,
                                      priority: priority, minWidth: max(4, benchmark.short.count)))
        }
        self.columns = columns

        let cheapest = ModelsTable.cheapestPrices(dataset.prices, mix: mix, today: index.today)
        let ordered = ModelsTable.sorted(dataset.models, by: sort, index: index, mix: mix, cheapest: cheapest)
        rows = ordered.map { model in
            var cells: [String] = []
            cells.reserveCapacity(columns.count)
            cells.append(model.name)
            cells.append(index.organizationName(model.org))
            cells.append(ModelsTable.parametersText(model.parameters))
            // A first-seen day is no release date: `~` and the month, as the news marks an
            // approximate date (`~2026-08`), in the width of a real one.
            cells.append(model.releasedIsFirstSeen ? "~" + model.released.description.prefix(7) : model.released.description)
            cells.append(model.license.map(ModelsTable.weightsText) ?? Format.missing)
            cells.append(model.context.map(Format.tokens) ?? Format.missing)
            cells.append(index.currentPrice[model.id].map { Format.price(mix.blended($0)) } ?? Format.missing)
            cells.append(cheapest[model.id].map(Format.price) ?? Format.missing)
            for benchmark in benchmarks {
                cells.append(model.headlineScore(for: benchmark.id).map { Format.score($0.value, unit: benchmark.unit) } ?? Format.missing)
            }
            return Row(id: model.id, organization: model.org, cells: cells, openWeights: model.license?.openWeights ?? false,
                       hiddenByDefault: model.isListed)
        }
    }

    /// The sort keys the models pane cycles through, in order.
    public static func sortKeys(_ dataset: Dataset) -> [String] {
        ["released", "name", "org", "params", "price", "cheapest"] + benchmarkColumns(dataset).map { "score:" + $0.id }
    }

    static func benchmarkColumns(_ dataset: Dataset) -> [Benchmark] {
        let scored = Set(dataset.models.flatMap { $0.scores.map(\.benchmark) })
        let available = dataset.benchmarks.filter { scored.contains($0.id) }
        let headline = headlineBenchmarks.compactMap { id in available.first { $0.id == id } }
        // A dataset without the usual benchmarks still gets columns, from its own list.
        return headline.isEmpty ? Array(available.prefix(8)) : headline
    }

    /// Which benchmark columns stay longest on a narrow screen: the ones that still separate
    /// frontier models (GPQA-Diamond, MMLU-Pro, SWE-bench, Humanity's Last Exam, AIME 2025)
    /// before saturated ones (MMLU).
    static let benchmarkPriority: [String: Int] = [
        "gpqa-diamond": 78, "mmlu-pro": 70, "swe-bench-verified": 69, "aime-2024": 68, "hle": 67, "aime-2025": 66,
        "math-500": 65, "livecodebench": 64, "mmlu": 62, "codeforces": 60,
    ]

    /// The licence of open weights (`MIT`, `Llama 3.1`), or `closed` when none can be downloaded.
    public static func weightsText(_ license: License) -> String {
        license.openWeights ? license.spdx ?? shortLicense(license.name) : "closed"
    }

    /// `671B/37B` for mixture-of-experts, `405B` for dense, `–` when undisclosed.
    public static func parametersText(_ parameters: Parameters?) -> String {
        guard let total = parameters?.total else { return Format.missing }
        if let active = parameters?.active { return Format.count(total) + "/" + Format.count(active) }
        return Format.count(total)
    }

    /// A licence name short enough for a column: the part before any `;` or `(`, without the
    /// words "License", "Community", "Model" and a leading "Meta".
    public static func shortLicense(_ name: String) -> String {
        let main = name.split(whereSeparator: { $0 == ";" || $0 == "(" }).first.map(String.init) ?? name
        var words = main.split(separator: " ").map(String.init)
        words.removeAll { ["License", "Licence", "license", "licence", "Community", "Model"].contains($0) }
        if words.count > 1, words.first == "Meta" { words.removeFirst() }
        return words.isEmpty ? name : words.joined(separator: " ")
    }

    /// The lowest blended price above zero among each model's current lines (the latest price
    /// of each provider and tier on `today`, not ended): what the model costs where it is
    /// cheapest to call.
    static func cheapestPrices(_ prices: [Price], mix: TokenMix, today: DayDate?) -> [String: Double] {
        Dictionary(grouping: prices, by: \.model).compactMapValues { prices in
            PriceLines.current(prices, today: today).map { mix.blended($0) }.filter { $0 > 0 }.min()
        }
    }

    static func sorted(_ models: [Model], by sort: SortSpec, index: DatasetIndex, mix: TokenMix,
                       cheapest: [String: Double] = [:]) -> [Model] {
        // Missing values sort last in either direction, so "–" never tops a leaderboard.
        func key(_ model: Model) -> SortValue {
            switch sort.key {
            case "name": return .text(model.name.lowercased())
            case "org": return .text(index.organizationName(model.org).lowercased())
            case "params": return model.parameters?.total.map(SortValue.number) ?? .missing
            case "price": return index.currentPrice[model.id].map { .number(mix.blended($0)) } ?? .missing
            case "cheapest": return cheapest[model.id].map(SortValue.number) ?? .missing
            case "released":
                let day = Double(model.released.daysSinceEpoch)
                return model.releasedIsFirstSeen ? .later(day) : .number(day)
            default:
                if sort.key.hasPrefix("score:") {
                    let benchmark = String(sort.key.dropFirst("score:".count))
                    return model.headlineScore(for: benchmark).map { .number($0.value) } ?? .missing
                }
                return .missing
            }
        }
        return SortValue.stableSort(models, descending: sort.descending, key: key)
    }
}
