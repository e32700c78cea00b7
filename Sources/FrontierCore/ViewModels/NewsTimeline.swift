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

    /// The rows in order, each made when it is read: a screen shows a few dozen of a million,
    /// so only the order is computed up front.
    public struct Rows: RandomAccessCollection, Sendable {
        fileprivate let news: GrowingArray<NewsItem>
        fileprivate let order: [Int]
        fileprivate let index: DatasetIndex

        public var startIndex: Int { 0 }
        public var endIndex: Int { order.count }

        public subscript(position: Int) -> Row {
            news.withUnsafeBufferPointer { items in
                // Fields are read in place: a copy of the item would retain every string it holds.
                let offset = order[position]
                return Row(id: items[offset].id, date: Format.date(items[offset].date, approximate: items[offset].approximate),
                           headline: items[offset].headline,
                           organizations: items[offset].orgs.map(index.organizationName).joined(separator: ", "),
                           organizationIDs: items[offset].orgs, source: items[offset].source)
            }
        }

        /// Each row's place in the dataset's news, in order.
        public var datasetOffsets: [Int] { order }

        /// Every row's id, in order, without making the rows.
        public var ids: [String] {
            news.withUnsafeBufferPointer { items in order.map { items[$0].id } }
        }
    }

    public var rows: Rows
    public var sort: SortSpec

    public static let defaultSort = SortSpec(key: "date", descending: true)

    /// - Parameter previous: the timeline of a dataset whose news this one's extend (the one on
    ///   screen before news arrived): in date order, the new items are put in its order rather
    ///   than all sorted again. Any other previous timeline is not used.
    public init(dataset: Dataset, index: DatasetIndex, sort: SortSpec? = nil, extending previous: NewsTimeline? = nil) {
        let sort = sort ?? NewsTimeline.defaultSort
        self.sort = sort
        let news = dataset.news
        let order: [Int]
        switch sort.key {
        case "source", "headline":
            order = SortValue.stableOrder(news, descending: sort.descending) { item in
                .text(sort.key == "source" ? item.source.lowercased() : item.headline.lowercased())
            }
        default:
            // Days are whole numbers: sorted as integers. A day that is only when an import read
            // the item sorts after every real date, so a feed without dates never leads.
            let extended = previous.flatMap { previous in
                previous.sort == sort && previous.rows.news.count <= news.count
                    && news.commonPrefixCount(with: previous.rows.news) == previous.rows.news.count ? previous.rows.order : nil
            }
            order = news.withUnsafeBufferPointer { items in
                let key = { (offset: Int) in (items[offset].dateIsFirstSeen, items[offset].date.daysSinceEpoch) }
                if let extended {
                    return SortValue.wholeOrder(extending: extended, count: items.count, descending: sort.descending, key: key)
                }
                return SortValue.wholeOrder(count: items.count, descending: sort.descending, key: key)
            }
        }
        rows = Rows(news: news, order: order, index: index)
    }

    public static let sortKeys = ["date", "source", "headline"]
}
