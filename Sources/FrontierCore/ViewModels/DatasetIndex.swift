import Foundation

/// Lookups by id over a dataset, built once per dataset rather than per row.
public struct DatasetIndex: Sendable {
    public let organizations: [String: Organization]
    public let models: [String: Model]
    public let benchmarks: [String: Benchmark]
    public let sources: [String: Source]
    /// The current list price per model id: the developer's own (a price without a provider)
    /// when there is one, else any provider's; the latest `asOf` that is not after `today`
    /// among prices that have not ended (no `until`, or one not before `today`); on a tie (two
    /// tiers listed the same day) the first listed wins. Without a `today`, the latest among
    /// prices without an `until`.
    public let currentPrice: [String: Price]
    /// Per model id, the change its current price made within `PriceChange.window` days of
    /// `today`; empty without one.
    public let recentChange: [String: PriceChange]
    /// The day "current" is measured at: passed in, since views and `reduce` never read the
    /// clock; nil where no day is known (tests, and whatever needs no current price).
    public let today: DayDate?
    /// The first and last day among news dates and model releases, for the header; days that
    /// are only when an import first saw a record are left out.
    public let dateSpan: (first: DayDate, last: DayDate)?

    /// - Parameter today: the day prices are current at (`DayDate.utcDay(of: Date())` for the real one).
    public init(_ dataset: Dataset, today: DayDate? = nil) {
        self.today = today
        organizations = Dictionary(dataset.organizations.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        models = Dictionary(dataset.models.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        benchmarks = Dictionary(dataset.benchmarks.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        sources = Dictionary(dataset.sources.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        var current: [String: Price] = [:]
        for price in dataset.prices where PriceLines.isCurrent(price, today: today) {
            if let existing = current[price.model] {
                let ownExisting = existing.provider == nil, own = price.provider == nil
                if ownExisting != own ? ownExisting : existing.asOf >= price.asOf { continue }
            }
            current[price.model] = price
        }
        currentPrice = current
        var changes: [String: PriceChange] = [:]
        if let today, !current.isEmpty {
            let byModel = Dictionary(grouping: dataset.prices, by: \.model)
            for (model, price) in current {
                changes[model] = PriceChange.of(price, among: byModel[model] ?? [], today: today)
            }
        }
        recentChange = changes
        var span: (first: DayDate, last: DayDate)?
        // A first-seen day is the day of an import, not of the field: the span leaves it out.
        func include(_ day: DayDate) {
            span = span.map { (min($0.first, day), max($0.last, day)) } ?? (day, day)
        }
        for item in dataset.news where !item.dateIsFirstSeen { include(item.date) }
        for model in dataset.models where !model.releasedIsFirstSeen { include(model.released) }
        dateSpan = span
    }


    public func organizationName(_ id: String) -> String {
        organizations[id]?.name ?? id
    }

    public func modelName(_ id: String) -> String {
        models[id]?.name ?? id
    }

    /// The source name a provenance record shows: its own `source`, else its registry entry's name.
    public func sourceName(_ provenance: Provenance) -> String? {
        provenance.source ?? provenance.ref.flatMap { sources[$0]?.name } ?? provenance.ref
    }

    public func sourceURL(_ provenance: Provenance) -> String? {
        provenance.url ?? provenance.ref.flatMap { sources[$0]?.url }
    }
}
