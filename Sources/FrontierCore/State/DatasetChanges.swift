/// The records that one version of a dataset adds or changes relative to an earlier one.
///
/// Records are matched by kind and id, so a reordered file is not a change; removals are not
/// listed, because what follows a feed (`frontier watch`) reports what arrived. The comparison
/// is `DatasetDiff`'s, which the screen's change marks use.
public enum DatasetChanges {
    /// A record that is new, or whose value differs from the record with its id before.
    public struct Change: Hashable, Sendable {
        public typealias Kind = RowChange.Kind

        public var kind: Kind
        public var record: DatasetRecord

        public init(kind: Kind, record: DatasetRecord) {
            self.kind = kind
            self.record = record
        }
    }

    /// The additions and changes from `old` to `new`, in `new`'s order, kind by kind.
    public static func between(_ old: Dataset, _ new: Dataset) -> [Change] {
        func wrap<Record>(_ changes: [(record: Record, kind: Change.Kind)], _ kind: (Record) -> DatasetRecord) -> [Change] {
            changes.map { Change(kind: $0.kind, record: kind($0.record)) }
        }
        return wrap(DatasetDiff.changes(old.sources, new.sources), DatasetRecord.source)
            + wrap(DatasetDiff.changes(old.organizations, new.organizations), DatasetRecord.organization)
            + wrap(DatasetDiff.changes(old.benchmarks, new.benchmarks), DatasetRecord.benchmark)
            + wrap(DatasetDiff.changes(old.models, new.models), DatasetRecord.model)
            + wrap(DatasetDiff.changes(old.training, new.training), DatasetRecord.training)
            + wrap(DatasetDiff.changes(old.prices, new.prices), DatasetRecord.price)
            + wrap(DatasetDiff.changes(old.news, new.news), DatasetRecord.news)
    }
}
