/// The header line's facts about the loaded data: counts and the span of dates.
public struct HeaderSummary: Hashable, Sendable {
    public var counts: String
    /// The models and news counts with `shortOrigin`, for a narrow terminal.
    public var compactCounts: String
    public var span: String?

    /// - Parameter index: the dataset's index, whose date span is worked out once per dataset
    ///   rather than on every frame.
    /// - Parameter shortOrigin: the origin in fewer words, for `compactCounts`.
    public init(dataset: Dataset, index: DatasetIndex, origin: String, shortOrigin: String? = nil) {
        compactCounts = ["\(dataset.models.count) models", "\(dataset.news.count) news", shortOrigin ?? origin]
            .joined(separator: " · ")
        var parts = [
            "\(dataset.models.count) models",
            "\(dataset.organizations.count) orgs",
            "\(dataset.prices.count) prices",
            "\(dataset.news.count) news",
        ]
        parts.append(origin)
        counts = parts.joined(separator: " · ")
        if let (first, last) = index.dateSpan {
            span = "\(first.year)-\(first.month < 10 ? "0" : "")\(first.month) → \(last.year)-\(last.month < 10 ? "0" : "")\(last.month)"
        }
    }
}
