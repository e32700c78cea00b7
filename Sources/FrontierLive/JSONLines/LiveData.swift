import FrontierCore

/// What a running dashboard shows: the `--data` sources as last loaded, with every record the
/// feeds have brought since merged on top.
///
/// Feed records are merged by the same rule as a later file (a record with a known id replaces
/// it), so a feed can correct a price as well as add news. The data files' journals merge first,
/// then the feeds in the order they were given on the command line, each in the order its
/// records arrived. A reload of the data
/// sources keeps them.
///
/// The last merge is kept (`merge()`), so that records appended since, when they would merge
/// last anyway, merge on top of it alone: one news line on a 100k-item dataset costs that line,
/// not every feed record again, and the news appended share the items before them
/// (`GrowingArray`) instead of copying them into a new array.
public struct LiveData: Sendable {
    private var base: DatasetMerger
    /// Each feed's records, by the feed's position on the command line.
    private var feedRecords: [Int: [LocatedRecord]] = [:]
    /// Feeds merged before the others: the data files' journals, which belong with the data.
    private let mergedFirst: Set<Int>
    /// The merger after the last merge, with how many records of each feed it holds; nil once
    /// the base or a feed's records were replaced.
    private var lastMerge: LastMerge?
    /// Counts replacements of the base and of a feed's records, so a merge made on a copy is
    /// taken back (`keepMerge(of:)`) only by data that changed the same way since.
    private var generation = 0

    private struct LastMerge: Sendable {
        var merger: DatasetMerger
        var counts: [Int: Int]
    }

    public init(base: DatasetMerger, mergedFirst: Set<Int> = []) {
        self.base = base
        self.mergedFirst = mergedFirst
    }

    /// The data sources changed and loaded again.
    public mutating func replaceBase(_ merger: DatasetMerger) {
        base = merger
        lastMerge = nil
        generation += 1
    }

    /// Records a followed feed appended (a tailed file, a stream), in the order they arrived.
    public mutating func add(_ records: [LocatedRecord], fromFeed feed: Int = 0) {
        feedRecords[feed, default: []] += records
    }

    /// Everything a feed holds now, replacing what it held before: a feed fetched whole over HTTP.
    public mutating func replace(_ records: [LocatedRecord], ofFeed feed: Int) {
        feedRecords[feed] = records
        lastMerge = nil
        generation += 1
    }

    /// The merged dataset; its diagnostics include feed records that refer to unknown ids.
    /// Nothing is kept: where this data is merged again, `merge()` is cheaper.
    public func result() -> DatasetLoadResult {
        var copy = self
        return copy.merge()
    }

    /// The merged dataset, as `result()`, keeping the merger for the next call.
    public mutating func merge() -> DatasetLoadResult {
        let order = feedRecords.keys.sorted { lhs, rhs in
            let (first, second) = (mergedFirst.contains(lhs), mergedFirst.contains(rhs))
            return first != second ? first : lhs < rhs
        }
        // Taken out of `self`, so that the merger is not shared and grows in place.
        var (merger, merged) = lastMerge.flatMap { extends($0, order: order) ? ($0.merger, $0.counts) : nil } ?? (base, [:])
        lastMerge = nil
        for feed in order {
            let records = feedRecords[feed] ?? []
            for record in records[(merged[feed] ?? 0)...] { merger.merge(record) }
            merged[feed] = records.count
        }
        lastMerge = LastMerge(merger: merger, counts: merged)
        return merger.result()
    }

    /// Gives up the kept merger, for a copy that merges in the background to grow it alone.
    public mutating func handOverMerge() -> LiveData {
        defer { lastMerge = nil }
        return self
    }

    /// Keeps the merger of `other`, a copy of this data that merged, when the base and the
    /// feeds it holds changed the same way since (only appended records), so the next merge
    /// starts from there.
    public mutating func keepMerge(of other: LiveData) {
        guard other.generation == generation, let merge = other.lastMerge,
              merge.counts.allSatisfy({ feed, count in (feedRecords[feed]?.count ?? 0) >= count }) else { return }
        lastMerge = merge
    }

    /// Whether merging on top of `last` the records appended since gives what merging all
    /// gives: the first feed in merge order with new records is followed only by feeds that
    /// had none merged.
    private func extends(_ last: LastMerge, order: [Int]) -> Bool {
        guard let grown = order.firstIndex(where: { (feedRecords[$0]?.count ?? 0) > (last.counts[$0] ?? 0) }) else {
            return order.allSatisfy { (feedRecords[$0]?.count ?? 0) == (last.counts[$0] ?? 0) }
        }
        return order[(grown + 1)...].allSatisfy { (last.counts[$0] ?? 0) == 0 }
            && order.allSatisfy { (feedRecords[$0]?.count ?? 0) >= (last.counts[$0] ?? 0) }
    }
}
