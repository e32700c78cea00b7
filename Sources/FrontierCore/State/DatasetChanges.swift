/// What one version of a dataset adds or changes relative to an earlier one: one comparison,
/// seen two ways.
///
/// Records are compared by id within their kind (ids are only unique per kind), so a reordered
/// file is not a change, and a record counts as changed when any part of its value differs.
/// Removed records are not reported: there is no row left to mark, and what follows a feed
/// (`frontier watch`) reports what arrived. The comparison is linear: arrays that are equal cost
/// one pass with no allocation, and the common prefix of a changed array (a feed appends at the
/// end, and merging replaces records in place) is compared position by position before the rest
/// falls back to a dictionary by id.
///
/// - `init(from:to:)`: the rows to mark, by pane and row id (the screen's change marks).
/// - `records(from:to:)`: every added or changed record of every kind (`frontier watch`).
public struct DatasetChanges: Hashable, Sendable {
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

    /// The rows to mark, by pane and row id.
    var rows: [PaneID: [String: RowChange.Kind]] = [:]

    init(from old: Dataset, to new: Dataset) {
        record(Self.changes(old.models, new.models), in: .models, prefix: "")
        record(Self.changes(old.training, new.training), in: .costs, prefix: CostsChart.trainingPrefix)
        record(Self.changes(old.prices, new.prices), in: .costs, prefix: CostsChart.pricePrefix)
        record(Self.changes(old.news, new.news), in: .news, prefix: "")
    }

    /// The additions and changes from `old` to `new`, in `new`'s order, kind by kind.
    public static func records(from old: Dataset, to new: Dataset) -> [Change] {
        func wrap<Record>(_ changes: [(record: Record, kind: Change.Kind)], _ kind: (Record) -> DatasetRecord) -> [Change] {
            changes.map { Change(kind: $0.kind, record: kind($0.record)) }
        }
        return wrap(changes(old.sources, new.sources), DatasetRecord.source)
            + wrap(changes(old.organizations, new.organizations), DatasetRecord.organization)
            + wrap(changes(old.benchmarks, new.benchmarks), DatasetRecord.benchmark)
            + wrap(changes(old.models, new.models), DatasetRecord.model)
            + wrap(changes(old.training, new.training), DatasetRecord.training)
            + wrap(changes(old.prices, new.prices), DatasetRecord.price)
            + wrap(changes(old.news, new.news), DatasetRecord.news)
    }

    private mutating func record<Record: Identifiable>(_ changes: [(record: Record, kind: RowChange.Kind)], in pane: PaneID,
                                                      prefix: String) where Record.ID == String {
        guard !changes.isEmpty else { return }
        var paneRows = rows[pane] ?? [:]
        for change in changes { paneRows[prefix + change.record.id] = change.kind }
        rows[pane] = paneRows
    }

    /// The records of `new` that `old` lacks or holds with another value, in `new`'s order.
    static func changes<Records: RandomAccessCollection>(_ old: Records, _ new: Records)
        -> [(record: Records.Element, kind: RowChange.Kind)]
    where Records.Element: Identifiable & Equatable, Records.Element.ID == String, Records.Index == Int {
        // The common case, news appended to the same records, compares each old record once.
        var start = old.commonPrefixCount(with: new)
        guard start < old.count || start < new.count else { return [] }
        var result: [(record: Records.Element, kind: RowChange.Kind)] = []
        while start < old.count, start < new.count, old[start].id == new[start].id {
            if old[start] != new[start] { result.append((new[start], .changed)) }
            start += 1
        }
        guard start < new.count else { return result }
        var rest: [String: Int] = [:]
        rest.reserveCapacity(old.count - start)
        for index in start..<old.count { rest[old[index].id] = index }
        for record in new[start...] {
            if let index = rest[record.id] {
                if old[index] != record { result.append((record, .changed)) }
            } else {
                result.append((record, .added))
            }
        }
        return result
    }
}
