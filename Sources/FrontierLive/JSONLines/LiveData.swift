import FrontierCore

/// What a running dashboard shows: the `--data` sources as last loaded, with every record the
/// feeds have brought since merged on top.
///
/// Feed records are merged by the same rule as a later file (a record with a known id replaces
/// it), so a feed can correct a price as well as add news. The data files' journals merge first,
/// then the feeds in the order they were given on the command line, each in the order its
/// records arrived. A reload of the data
/// sources keeps them.
public struct LiveData: Sendable {
    private var base: DatasetMerger
    /// Each feed's records, by the feed's position on the command line.
    private var feedRecords: [Int: [LocatedRecord]] = [:]
    /// Feeds merged before the others: the data files' journals, which belong with the data.
    private let mergedFirst: Set<Int>

    public init(base: DatasetMerger, mergedFirst: Set<Int> = []) {
        self.base = base
        self.mergedFirst = mergedFirst
    }

    /// The data sources changed and loaded again.
    public mutating func replaceBase(_ merger: DatasetMerger) {
        base = merger
    }

    /// Records a followed feed appended (a tailed file, a stream), in the order they arrived.
    public mutating func add(_ records: [LocatedRecord], fromFeed feed: Int = 0) {
        feedRecords[feed, default: []] += records
    }

    /// Everything a feed holds now, replacing what it held before: a feed fetched whole over HTTP.
    public mutating func replace(_ records: [LocatedRecord], ofFeed feed: Int) {
        feedRecords[feed] = records
    }

    /// The merged dataset; its diagnostics include feed records that refer to unknown ids.
    public func result() -> DatasetLoadResult {
        var merger = base
        let order = feedRecords.keys.sorted { lhs, rhs in
            let (first, second) = (mergedFirst.contains(lhs), mergedFirst.contains(rhs))
            return first != second ? first : lhs < rhs
        }
        for feed in order {
            for record in feedRecords[feed] ?? [] { merger.merge(record) }
        }
        return merger.result()
    }
}
