/// A decoded record with the file and position it came from.
///
/// The location travels with the record through merging so that a reference found dangling
/// after the merge is still reported at the line of the file that made it.
public struct LocatedRecord: Sendable {
    public var record: DatasetRecord
    /// The file as the user named it.
    public var file: String
    /// Where the record's object starts.
    public var position: JSONPosition
    /// Where its `id` value is, for "first defined at" in duplicate-id messages.
    public var idPosition: JSONPosition
    /// References and ranges to check after merging.
    package var checks: [DeferredCheck]

    package init(record: DatasetRecord, file: String, position: JSONPosition, idPosition: JSONPosition, checks: [DeferredCheck]) {
        self.record = record
        self.file = file
        self.position = position
        self.idPosition = idPosition
        self.checks = checks
    }
}
