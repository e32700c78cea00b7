/// The rows one dataset adds or changes relative to another, by pane and row id.
///
/// Records are compared by id within their kind (ids are only unique per kind), and a record
/// counts as changed when any part of its value differs. Removed records are not reported:
/// there is no row left to mark. The comparison is linear: arrays that are equal cost one pass
/// with no allocation, and the common prefix of a changed array (a feed appends at the end,
/// and merging replaces records in place) is compared position by position before the rest
/// falls back to a dictionary by id.
struct DatasetDiff: Hashable, Sendable {
    var rows: [PaneID: [String: RowChange.Kind]] = [:]

    init(from old: Dataset, to new: Dataset) {
        record(Self.changes(old.models, new.models), in: .models, prefix: "")
        record(Self.changes(old.training, new.training), in: .costs, prefix: CostsChart.trainingPrefix)
        record(Self.changes(old.prices, new.prices), in: .costs, prefix: CostsChart.pricePrefix)
        record(Self.changes(old.news, new.news), in: .news, prefix: "")
    }

    private mutating func record<Record: Identifiable>(_ changes: [(record: Record, kind: RowChange.Kind)], in pane: PaneID,
                                                      prefix: String) where Record.ID == String {
        guard !changes.isEmpty else { return }
        var paneRows = rows[pane] ?? [:]
        for change in changes { paneRows[prefix + change.record.id] = change.kind }
        rows[pane] = paneRows
    }

    /// The records of `new` that `old` lacks or holds with another value, in `new`'s order.
    static func changes<Record: Identifiable & Equatable>(_ old: [Record], _ new: [Record]) -> [(record: Record, kind: RowChange.Kind)]
    where Record.ID == String {
        guard old != new else { return [] }
        var result: [(record: Record, kind: RowChange.Kind)] = []
        var start = 0
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
