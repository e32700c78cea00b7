import FrontierCore

extension LocatedRecord {
    /// The same record with every position moved from line 1 of its own text to `number`.
    func moved(toFeedLine number: Int) -> LocatedRecord {
        LocatedRecord(record: record, file: file, position: position.moved(toFeedLine: number),
                      idPosition: idPosition.moved(toFeedLine: number),
                      checks: checks.map { $0.moved(toFeedLine: number) })
    }
}
