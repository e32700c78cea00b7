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
        record.referenceCounts = (appendReferences(row.organizations), appendReferences(row.models),
                                  appendReferences(row.tags), appendReferences(row.sources), appendReferences(row.licenses))
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
        end(id: id, record, recordsPosition: true)
    }

    /// Adds a news row whose text has just been appended to `text`: its references straight
    /// from the builder, without a `SearchRow` (a million of them cost more than the rows).
    ///
    /// - Parameters:
    ///   - sources: the item's source, then its provenance's source when it names one.
    ///   - recordsPosition: false when the caller sets every news position at once afterwards
    ///     (`setPositions`).
    mutating func addNews(id: String, organizations: [Int32], models: [Int32], tags: [Int32],
                          sources: (Int32, Int32?), day: Int32, recordsPosition: Bool) {
        text.endRow()
        var record = SearchRecord()
        record.referenceStart = Int32(references.count)
        let organizationCount = appendReferences(organizations), modelCount = appendReferences(models)
        let tagCount = appendReferences(tags)
        references.append(sources.0)
        if let second = sources.1 { references.append(second) }
        record.referenceCounts = (organizationCount, modelCount, tagCount, sources.1 == nil ? 1 : 2, 0)
        record.scoreStart = Int32(scores.count)
        record.day = day
        end(id: id, record, recordsPosition: recordsPosition)
    }

    /// Appends a row's entries of one kind and returns how many it appended. More than 65,535
    /// links on one row would be a broken file; the rest are not searched.
    private mutating func appendReferences(_ list: [Int32]) -> UInt16 {
        let count = UInt16(clamping: list.count)
        references.append(contentsOf: list.prefix(Int(count)))
        return count
    }

    private mutating func end(id: String, _ record: SearchRecord, recordsPosition: Bool) {
        // A repeated id keeps its first row, as the panes' position maps do.
        if recordsPosition, positions[id] == nil { positions[id] = records.count }
        ids.append(id)
        records.append(record)
    }

    /// Sets the positions of all rows at once, made from their ids elsewhere (`firstPositions`).
    mutating func setPositions(_ made: [String: Int]) {
        positions = made
    }

    /// Each news id's first place in `news`: the positions `add` records, for rows added without them.
    static func firstPositions(of news: GrowingArray<NewsItem>) -> [String: Int] {
        var positions = [String: Int](minimumCapacity: news.count)
        news.withUnsafeBufferPointer { news in
            // Read in place: copying each item out to take its id costs a retain and release per field.
            positions.merge((0..<news.count).lazy.map { (news[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
        }
        return positions
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
