import Foundation

/// The costs pane: training cost per model on a log scale, then API prices per 1M tokens.
///
/// Training costs span five orders of magnitude ($930 to $191M), so a linear bar would hide
/// DeepSeek-V3's $5.6M entirely; both charts use a log scale and say so in their titles.
public struct CostsChart: Sendable {
    public struct TrainingBar: Hashable, Sendable {
        public var id: String
        public var label: String
        public var organization: String?
        public var cost: Double
        public var costText: String
        /// `""` for the developer's own figure, `est` for an outside estimate, `calc` for derived.
        public var basisMark: String
    }

    public struct PriceBar: Hashable, Sendable {
        public var id: String
        public var model: String
        public var label: String
        public var organization: String?
        public var input: Double
        public var output: Double
        public var inputText: String
        public var outputText: String
        public var asOf: DayDate
        /// False for a model that makes embeddings, images, speech (`Model.kind`): its per-token
        /// price is not comparable with a chat model's.
        public var makesText = true
        /// Shown only when `a` shows every row: a price of a model only a list knows, or one
        /// `isFreeOrNotText`.
        public var hiddenByDefault = false
        /// The change this price made, when it took effect within `PriceChange.window` days.
        public var change: PriceChange?

        /// $0 in and out (local, free tiers), or of a model that does not make text: such
        /// prices come after every paid text price, and the default view leaves them out.
        public var isFreeOrNotText: Bool {
            (input == 0 && output == 0) || !makesText
        }
    }

    public var training: [TrainingBar]
    public var prices: [PriceBar]
    /// Decades that bound every training cost, e.g. (1e6, 1e9).
    /// Prices of $0 in and out (local, free tiers) and of models that do not generate text
    /// (embeddings, images, speech: `Model.kind`): by value they come after every paid text
    /// price in both directions, so the cheapest chat APIs lead; the title says how many.
    public var zeroPriced: Int
    public var trainingScale: ClosedRange<Double>
    public var priceScale: ClosedRange<Double>
    public var sort: SortSpec

    /// By value: the costliest training runs and the cheapest prices first, the two questions
    /// people ask of them; `descending: false` turns both around. By name: A to Z unless descending.
    public static let defaultSort = SortSpec(key: "value", descending: true)

    /// The sort keys the costs pane cycles through.
    public static let sortKeys = ["value", "name"]

    public static let trainingPrefix = "training:"
    public static let pricePrefix = "price:"

    public init(dataset: Dataset, index: DatasetIndex, sort: SortSpec? = nil, mix: TokenMix = .standard) {
        let sort = sort ?? CostsChart.defaultSort
        self.sort = sort
        training = dataset.training.compactMap { run -> TrainingBar? in
            guard let cost = run.costUSD, cost > 0 else { return nil }
            // A label names the run more precisely than its model ("Llama 2 70B" for the Llama 2 family).
            let label = run.label ?? run.model.map(index.modelName) ?? run.id
            let organization = run.org ?? run.model.flatMap { index.models[$0]?.org }
            let mark: String
            switch run.basis {
            case .reported: mark = ""
            case .estimate: mark = "est"
            case .derived: mark = "calc"
            }
            return TrainingBar(id: CostsChart.trainingPrefix + run.id, label: label, organization: organization,
                               cost: cost, costText: Format.usd(cost), basisMark: mark)
        }
        training = sort.key == "name"
            ? SortValue.stableSort(training, descending: sort.descending) { .text($0.label.lowercased()) }
            : SortValue.stableSort(training, descending: sort.descending) { .number($0.cost) }

        let current = dataset.models.compactMap { model in index.currentPrice[model.id].map { (model, $0) } }
        prices = current.map { model, price in
            var bar = PriceBar(id: CostsChart.pricePrefix + price.id, model: model.id, label: model.name, organization: model.org,
                               input: price.input, output: price.output, inputText: Format.price(price.input),
                               outputText: Format.price(price.output), asOf: price.asOf, makesText: model.kind == nil)
            bar.hiddenByDefault = model.isListed || bar.isFreeOrNotText
            bar.change = index.recentChange[model.id]
            return bar
        }
        prices = sort.key == "name"
            ? SortValue.stableSort(prices, descending: sort.descending) { .text($0.label.lowercased()) }
            : SortValue.stableSort(prices, descending: !sort.descending) { bar in
                let blended = mix.blended(Price(id: bar.id, model: bar.model, input: bar.input, output: bar.output, asOf: bar.asOf))
                return blended > 0 && bar.makesText ? .number(blended) : .later(blended)
            }
        zeroPriced = prices.count(where: \.isFreeOrNotText)

        trainingScale = CostsChart.decades(training.map(\.cost), fallback: 1e6...1e9)
        priceScale = CostsChart.decades(prices.flatMap { [$0.input, $0.output] }, fallback: 0.1...100)
    }

    /// Every selectable row id, training first, in display order.
    public var rowIDs: [String] { training.map(\.id) + prices.map(\.id) }

    /// The smallest range of whole decades containing every positive value.
    static func decades(_ values: [Double], fallback: ClosedRange<Double>) -> ClosedRange<Double> {
        let positive = values.filter { $0 > 0 && $0.isFinite }
        guard let low = positive.min(), let high = positive.max() else { return fallback }
        let lower = pow(10, floor(log10(low)))
        var upper = pow(10, ceil(log10(high)))
        if upper <= lower { upper = lower * 10 }
        return lower...upper
    }
}
