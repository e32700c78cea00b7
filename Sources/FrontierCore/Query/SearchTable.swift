/// The rows of one pane as the query engine sees them: ids, text and resolved fields, packed
/// into a few arrays shared by all rows.
struct SearchTable: Sendable {
    private(set) var ids: [String] = []
    private(set) var positions: [String: Int] = [:]
    private(set) var records: [SearchRecord] = []
    private(set) var references: [Int32] = []
    private(set) var figures: [Double] = []
    private(set) var scores: [SearchRecord.HeadlineScore] = []
    var text = SearchText()

    var count: Int { records.count }

    /// Adds a row whose text has just been appended to `text`.
    mutating func add(id: String, _ row: SearchRow) {
        text.endRow()
        var record = SearchRecord()
        record.referenceStart = Int32(references.count)
        // More than 65,535 links on one row would be a broken file; the rest are not searched.
        func append(_ list: [Int32]) -> UInt16 {
            let count = UInt16(clamping: list.count)
            references.append(contentsOf: list.prefix(Int(count)))
            return count
        }
        record.referenceCounts = (append(row.organizations), append(row.models), append(row.tags), append(row.sources),
                                  append(row.licenses))
        if !row.figures.isEmpty {
            record.figureStart = Int32(figures.count)
            figures += row.figures
        }
        record.scoreStart = Int32(scores.count)
        record.scoreCount = UInt16(clamping: row.scores.count)
        scores += row.scores.prefix(Int(record.scoreCount))
        record.day = row.day
        record.costKind = row.costKind
        record.openWeights = row.openWeights
        record.reasoning = row.reasoning
        record.modality = row.modality
        record.listed = row.listed
        // A repeated id keeps its first row, as the panes' position maps do.
        if positions[id] == nil { positions[id] = records.count }
        ids.append(id)
        records.append(record)
    }

    /// A figure of the row at `position`, NaN when it has none.
    func figure(_ figure: SearchRecord.Figure, of record: SearchRecord) -> Double {
        record.figureStart < 0 ? .nan : figures[Int(record.figureStart) + figure.rawValue]
    }

    mutating func reserveCapacity(_ count: Int) {
        ids.reserveCapacity(count)
        records.reserveCapacity(count)
        positions.reserveCapacity(count)
    }
}
