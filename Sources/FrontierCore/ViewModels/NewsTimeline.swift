/// The news pane: events newest first, with date, headline, organizations and source.
public struct NewsTimeline: Sendable {
    public struct Row: Hashable, Sendable {
        public var id: String
        public var date: String
        public var headline: String
        public var organizations: String
        public var organizationIDs: [String]
        public var source: String
    }

    public var rows: [Row]
    public var sort: SortSpec

    public static let defaultSort = SortSpec(key: "date", descending: true)

    public init(dataset: Dataset, index: DatasetIndex, sort: SortSpec? = nil) {
        let sort = sort ?? NewsTimeline.defaultSort
        self.sort = sort
        let news = dataset.news
        let order = SortValue.stableOrder(news, descending: sort.descending) { item in
            switch sort.key {
            case "source": return .text(item.source.lowercased())
            case "headline": return .text(item.headline.lowercased())
            default:
                // A day that is only when an import read the item sorts after every real date,
                // so a feed without dates never leads the timeline.
                let day = Double(item.date.daysSinceEpoch)
                return item.dateIsFirstSeen ? .later(day) : .number(day)
            }
        }
        rows = order.map { Self.row(news[$0], index: index) }
    }

    private static func row(_ item: NewsItem, index: DatasetIndex) -> Row {
        Row(id: item.id, date: Format.date(item.date, approximate: item.approximate), headline: item.headline,
            organizations: item.orgs.map(index.organizationName).joined(separator: ", "),
            organizationIDs: item.orgs, source: item.source)
    }

    public static let sortKeys = ["date", "source", "headline"]
}
