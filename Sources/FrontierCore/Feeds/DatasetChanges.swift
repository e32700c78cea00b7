/// The records that one version of a dataset adds or changes relative to an earlier one.
///
/// Records are matched by kind and id, so a reordered file is not a change; removals are not
/// listed, because what follows a feed (`frontier watch`) reports what arrived.
public enum DatasetChanges {
    /// A record that is new, or whose value differs from the record with its id before.
    public struct Change: Hashable, Sendable {
        public enum Kind: String, Hashable, Sendable {
            case added
            case changed
        }

        public var kind: Kind
        public var record: DatasetRecord

        public init(kind: Kind, record: DatasetRecord) {
            self.kind = kind
            self.record = record
        }
    }

    /// The additions and changes from `old` to `new`, in `new`'s order, kind by kind.
    public static func between(_ old: Dataset, _ new: Dataset) -> [Change] {
        var changes: [Change] = []
        collect(old.sources, new.sources, DatasetRecord.source, into: &changes)
        collect(old.organizations, new.organizations, DatasetRecord.organization, into: &changes)
        collect(old.benchmarks, new.benchmarks, DatasetRecord.benchmark, into: &changes)
        collect(old.models, new.models, DatasetRecord.model, into: &changes)
        collect(old.training, new.training, DatasetRecord.training, into: &changes)
        collect(old.prices, new.prices, DatasetRecord.price, into: &changes)
        collect(old.news, new.news, DatasetRecord.news, into: &changes)
        return changes
    }

    private static func collect<Record: Identifiable & Hashable>(
        _ old: [Record], _ new: [Record], _ wrap: (Record) -> DatasetRecord, into changes: inout [Change]
    ) where Record.ID == String {
        // Unchanged arrays (the common case for most kinds) cost one comparison.
        if old == new { return }
        let before = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for record in new {
            switch before[record.id] {
            case nil: changes.append(Change(kind: .added, record: wrap(record)))
            case let previous? where previous != record: changes.append(Change(kind: .changed, record: wrap(record)))
            default: break
            }
        }
    }
}
