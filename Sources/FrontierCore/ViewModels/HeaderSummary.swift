/// The header line's facts about the loaded data: counts and the span of dates.
public struct HeaderSummary: Hashable, Sendable {
    public var title: String
    public var counts: String
    public var span: String?

    public init(dataset: Dataset, origin: String) {
        title = "frontier"
        var parts = [
            "\(dataset.models.count) models",
            "\(dataset.organizations.count) orgs",
            "\(dataset.prices.count) prices",
            "\(dataset.news.count) news",
        ]
        parts.append(origin)
        counts = parts.joined(separator: " · ")
        let dates = dataset.news.map(\.date) + dataset.models.map(\.released)
        if let first = dates.min(), let last = dates.max() {
            span = "\(first.year)-\(first.month < 10 ? "0" : "")\(first.month) → \(last.year)-\(last.month < 10 ? "0" : "")\(last.month)"
        }
    }
}
