/// The rows of one pane as the query engine sees them: ids, text and resolved fields.
struct SearchTable: Sendable {
    private(set) var ids: [String] = []
    private(set) var positions: [String: Int] = [:]
    private(set) var records: [SearchRecord] = []
    var text = SearchText()

    var count: Int { records.count }

    /// Adds a row whose text has just been appended to `text`.
    mutating func add(id: String, _ record: SearchRecord) {
        text.endRow()
        // A repeated id keeps its first row, as the panes' position maps do.
        if positions[id] == nil { positions[id] = records.count }
        ids.append(id)
        records.append(record)
    }

    mutating func reserveCapacity(_ count: Int) {
        ids.reserveCapacity(count)
        records.reserveCapacity(count)
        positions.reserveCapacity(count)
    }
}
