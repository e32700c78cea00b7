/// What a running dashboard shows: the `--data` files as last loaded, with every record the
/// feeds have brought since merged on top.
///
/// Feed records are merged by the same rule as a later file (a record with a known id replaces
/// it), so a feed can correct a price as well as add news. A reload of the files keeps them.
public struct LiveData: Sendable {
    private var base: DatasetMerger
    private var feedRecords: [LocatedRecord] = []

    public init(base: DatasetMerger) {
        self.base = base
    }

    /// The files changed on disk and loaded again.
    public mutating func replaceBase(_ merger: DatasetMerger) {
        base = merger
    }

    /// Records a feed just delivered, in the order they arrived.
    public mutating func add(_ records: [LocatedRecord]) {
        feedRecords += records
    }

    /// The merged dataset; its diagnostics include feed records that refer to unknown ids.
    public func result() -> DatasetLoadResult {
        var merger = base
        for record in feedRecords { merger.merge(record) }
        return merger.result()
    }
}
