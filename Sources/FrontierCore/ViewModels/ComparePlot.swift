import Foundation // log10 and pow, for the decades of the log axis.

/// The compare scatter as values: price against a benchmark, the Pareto frontier, axis ranges
/// and ticks, and the cursor's point.
///
/// Points are sorted by price, cheapest first (then higher score first, then name), and the
/// cursor is an index into that order, so `h`/`l` step left and right across the chart.
public struct ComparePlot: Hashable, Sendable {
    /// One model on the chart.
    public struct Point: Hashable, Sendable {
        public var id: String
        /// The model's name, the point's label on the chart.
        public var label: String
        /// Price in USD per 1M tokens on the chosen axis.
        public var x: Double
        public var y: Double
        /// `$0.96`.
        public var xText: String
        /// `71.5`.
        public var yText: String
        /// Whether no other point is both no dearer and no worse (see `ParetoFrontier`).
        public var onFrontier: Bool
    }

    /// A labelled position on an axis.
    public struct Tick: Hashable, Sendable {
        public var value: Double
        public var label: String
    }

    /// The axes in use, with the benchmark resolved (see `ScatterAxes.resolvedY`).
    public var axes: ScatterAxes
    /// The benchmark on the y axis, or nil when the plotted models have no scores at all.
    public var benchmark: Benchmark?
    /// Benchmark ids the y axis can cycle through.
    public var yChoices: [String]
    /// Every plotted model, cheapest first; the cursor indexes this list.
    public var points: [Point]
    /// The undominated points, cheapest first, to be joined by a line.
    public var frontier: [Point]
    /// Names of plotted models left off the chart for want of a price or a score.
    public var unplotted: [String]
    /// `$ per 1M tokens, blended 3:1 (log)`.
    public var xTitle: String
    /// `GPQA-Diamond %`.
    public var yTitle: String
    /// Whole decades around the prices, so the ticks fall on the axis ends.
    public var xRange: ClosedRange<Double>
    /// Round numbers around the scores, inside the benchmark's bounds.
    public var yRange: ClosedRange<Double>
    /// `$0.1`, `$1`, `$10`: one at each decade of `xRange`.
    public var xTicks: [Tick]
    /// One at each round step of `yRange`.
    public var yTicks: [Tick]

    /// The plot of `marked` (or of every model, when fewer than two are marked) on `axes`.
    public init(dataset: Dataset, index: DatasetIndex, marked: [String], axes: ScatterAxes, mix: TokenMix = .standard) {
        let models = ScatterAxes.plottedModels(dataset: dataset, index: index, marked: marked)
        yChoices = ScatterAxes.yChoices(dataset: dataset, models: models)
        let y = axes.resolvedY(choices: yChoices, models: models)
        self.axes = ScatterAxes(x: axes.x, y: y)
        let benchmark = y.flatMap { index.benchmarks[$0] }
        self.benchmark = benchmark
        xTitle = axes.x.title(mix: mix)
        yTitle = benchmark?.titleWithUnit ?? "no benchmark scored"

        var points: [Point] = []
        var unplotted: [String] = []
        for model in models {
            let price = index.currentPrice[model.id].map { axes.x.value(of: $0, mix: mix) }
            let score = y.flatMap { model.headlineScore(for: $0) }?.value
            // A log axis has no place for a free (or negative) price.
            guard let price, price > 0, price.isFinite, let score, score.isFinite else {
                unplotted.append(model.name)
                continue
            }
            points.append(Point(id: model.id, label: model.name, x: price, y: score, xText: Format.price(price),
                                yText: Format.score(score, unit: benchmark?.unit ?? "%"), onFrontier: false))
        }
        let frontierIDs = ParetoFrontier.frontier(of: points.map { ParetoFrontier.Point(id: $0.id, x: $0.x, y: $0.y) })
            .map(\.id)
        for position in points.indices { points[position].onFrontier = frontierIDs.contains(points[position].id) }
        points.sort { a, b in
            if a.x != b.x { return a.x < b.x }
            if a.y != b.y { return a.y > b.y }
            return a.label < b.label
        }
        self.points = points
        frontier = frontierIDs.compactMap { id in points.first { $0.id == id } }
        self.unplotted = unplotted

        xRange = Self.decades(points.map(\.x))
        xTicks = Self.decadeTicks(xRange)
        (yRange, yTicks) = Self.linearScale(points.map(\.y), bounds: benchmark.map { $0.min...$0.max })
    }

    // MARK: - Cursor

    /// The cursor within the points, or nil when there are none.
    public func clampedCursor(_ cursor: Int) -> Int? {
        points.isEmpty ? nil : min(max(0, cursor), points.count - 1)
    }

    /// The cursor moved `delta` points along the price order, stopping at either end.
    public func stepCursor(_ cursor: Int, by delta: Int) -> Int {
        clampedCursor((clampedCursor(cursor) ?? 0) + delta) ?? 0
    }

    /// The point under the cursor.
    public func point(at cursor: Int) -> Point? {
        clampedCursor(cursor).map { points[$0] }
    }

    /// Where the model `id` is in the price order, so a cursor can follow a model across an axis change.
    public func cursor(of id: String) -> Int? {
        points.firstIndex { $0.id == id }
    }

    // MARK: - Scales

    /// The smallest run of whole decades holding every value: [0.1, 100] for 0.48…26.25.
    static func decades(_ values: [Double]) -> ClosedRange<Double> {
        guard let low = values.min(), let high = values.max(), low > 0, high.isFinite else { return 0.1...100 }
        // Inside the decades a Double holds, so the ticks' exponents stay finite.
        let bottom = max(-300, log10(low).rounded(.down))
        var top = min(300, log10(high).rounded(.up))
        if top <= bottom { top = bottom + 1 }
        return pow(10, bottom)...pow(10, top)
    }

    static func decadeTicks(_ range: ClosedRange<Double>) -> [Tick] {
        guard range.lowerBound > 0, range.upperBound.isFinite else { return [] }
        let first = Int(log10(range.lowerBound).rounded())
        let last = Int(log10(range.upperBound).rounded())
        guard first <= last else { return [] }
        return (first...last).map { exponent in
            let value = pow(10, Double(exponent))
            return Tick(value: value, label: "$" + Format.trimmed(value, significant: 3))
        }
    }

    /// A range on round numbers (steps of 1, 2 or 5 times a power of ten) around `values`,
    /// about four steps tall, kept inside the benchmark's own bounds.
    static func linearScale(_ values: [Double], bounds: ClosedRange<Double>?) -> (ClosedRange<Double>, [Tick]) {
        guard let low = values.min(), let high = values.max() else {
            let range = bounds ?? 0...100
            return (range, [Tick(value: range.lowerBound, label: Format.trimmed(range.lowerBound, significant: 4)),
                            Tick(value: range.upperBound, label: Format.trimmed(range.upperBound, significant: 4))])
        }
        let step = niceStep((high - low) / 4, fallback: max(abs(high), 1) / 10)
        var bottom = (low / step).rounded(.down) * step
        var top = (high / step).rounded(.up) * step
        if top - bottom < step {
            bottom -= step
            top += step
        }
        if let bounds, bounds.contains(low), bounds.contains(high) {
            bottom = max(bottom, bounds.lowerBound)
            top = min(top, bounds.upperBound)
        }
        if top <= bottom { top = bottom + step }
        var ticks: [Tick] = []
        var value = (bottom / step).rounded(.up) * step
        // Bounded: near 1e17 a step of 5 no longer changes a Double, and the loop would not end.
        while value <= top + step * 1e-9, ticks.count < 50 {
            ticks.append(Tick(value: value, label: Format.trimmed(value, significant: 4)))
            let next = value + step
            if next <= value { break }
            value = next
        }
        return (bottom...top, ticks)
    }

    /// The round step (1, 2 or 5 × 10ⁿ) at or above `raw`.
    static func niceStep(_ raw: Double, fallback: Double) -> Double {
        let wanted = raw > 0 && raw.isFinite ? raw : fallback
        guard wanted > 0, wanted.isFinite else { return 1 }
        let power = pow(10, log10(wanted).rounded(.down))
        for factor in [1.0, 2, 5, 10] where factor * power >= wanted * (1 - 1e-9) {
            return factor * power
        }
        return 10 * power
    }
}
