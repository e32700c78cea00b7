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
        // Items loaded from one file share their lists of organizations (`DatasetScanner`), so
        // the names are joined once per list: a list's storage, while the dataset holds it, is
        // that list.
        var joined: [UnsafeRawPointer: String] = [:]
        func organizations(_ ids: [String]) -> String {
            guard !ids.isEmpty else { return "" }
            return ids.withUnsafeBufferPointer { buffer in
                let key = UnsafeRawPointer(buffer.baseAddress!)
                if let names = joined[key] { return names }
                let names = ids.map(index.organizationName).joined(separator: ", ")
                joined[key] = names
                return names
            }
        }
        // Fields are read in place: a copy of each item would retain every string it holds.
        rows = news.withUnsafeBufferPointer { items in
            order.map { offset in
                Row(id: items[offset].id, date: Format.date(items[offset].date, approximate: items[offset].approximate),
                    headline: items[offset].headline, organizations: organizations(items[offset].orgs),
                    organizationIDs: items[offset].orgs, source: items[offset].source)
            }
        }
    }

    public static let sortKeys = ["date", "source", "headline"]
}
