import FrontierCore

/// What one read of a feed produced: new records, problems with lines, and file events.
///
/// Records are in line order and meant for `DatasetMerger.merge(_:)`; diagnostics for
/// `DatasetMerger.report(_:)`. A bad line yields only diagnostics, so the lines around it
/// still load.
public struct FeedBatch: Sendable {
    public var records: [LocatedRecord]
    public var diagnostics: [Diagnostic]
    public var events: [FeedEvent]

    public init(records: [LocatedRecord] = [], diagnostics: [Diagnostic] = [], events: [FeedEvent] = []) {
        self.records = records
        self.diagnostics = diagnostics
        self.events = events
    }

    /// Whether nothing happened, so the caller has nothing to merge, show or redraw.
    public var isEmpty: Bool { records.isEmpty && diagnostics.isEmpty && events.isEmpty }

    /// Adds another batch after this one.
    public mutating func append(_ other: FeedBatch) {
        records += other.records
        diagnostics += other.diagnostics
        events += other.events
    }
}
