/// The axes the compare scatter shows: a price across and a benchmark up.
///
/// This is the part the user chooses (`x` and `y` keys) and the state keeps; everything drawn
/// from it is derived in `ComparePlot`. A nil or stale benchmark is not an error: the plot falls
/// back to the benchmark most of its models have a score for, so a reload that drops a
/// benchmark, or marking other models, never leaves an empty chart.
public struct ScatterAxes: Hashable, Sendable {
    /// The price across; blended at the token mix unless the user picks another.
    public var x: PriceAxis
    /// The benchmark id on the y axis; nil to let the plot choose.
    public var y: String?

    public init(x: PriceAxis = .blended, y: String? = nil) {
        self.x = x
        self.y = y
    }

    /// Steps the x axis to the next price.
    public mutating func cycleX() {
        x = x.next
    }

    /// Steps the y axis to the benchmark after the one `plot` shows, wrapping around its choices.
    public mutating func cycleY(in plot: ComparePlot) {
        guard !plot.yChoices.isEmpty else { return }
        let current = plot.benchmark.flatMap { plot.yChoices.firstIndex(of: $0.id) } ?? -1
        y = plot.yChoices[(current + 1) % plot.yChoices.count]
    }

    /// The models the scatter plots: the marked ones when at least two are marked, else every
    /// model in the dataset, so one marked model is seen against the field rather than alone.
    public static func plottedModels(dataset: Dataset, index: DatasetIndex, marked: [String]) -> [Model] {
        var seen = Set<String>()
        let models = marked.compactMap { id in seen.insert(id).inserted ? index.models[id] : nil }
        return models.count >= 2 ? models : dataset.models
    }

    /// Benchmark ids, in dataset order, that at least one of `models` has a score for.
    public static func yChoices(dataset: Dataset, models: [Model]) -> [String] {
        let scored = Set(models.flatMap { $0.scores.map(\.benchmark) })
        return dataset.benchmarks.map(\.id).filter(scored.contains)
    }

    /// The benchmark shown: `y` when it is still a choice, else the one most of `models` have
    /// a score for (the first in dataset order on a tie), or nil when none has any score.
    public func resolvedY(choices: [String], models: [Model]) -> String? {
        if let y, choices.contains(y) { return y }
        var best: (id: String, count: Int)?
        for id in choices {
            let count = models.filter { $0.headlineScore(for: id) != nil }.count
            if count > (best?.count ?? 0) { best = (id, count) }
        }
        return best?.id
    }
}
