/// One `field op value` condition, with its value already read and checked.
public struct QueryTerm: Hashable, Sendable {
    /// What a term compares against, read according to its field.
    public enum Value: Hashable, Sendable {
        /// Lowercased; matched as a substring.
        case text(String)
        case flag(Bool)
        /// `alternative` is the binary reading of a `k`/`m` count (128k = 131,072), which only a
        /// context size compares equal against, because labs write both as "128K".
        case number(Double, alternative: Double?)
        /// The first and last day, inclusive; nil for an open end (`2025-01..`).
        case dates(first: DayDate?, last: DayDate?)
        case costKind(CostKind)
        /// An index into `Model.modalities`.
        case modality(Int)
        /// `is:listed`.
        case listed
    }

    /// The two kinds of rows in the costs pane.
    public enum CostKind: String, Hashable, Sendable {
        case training, price
    }

    public var field: QueryField
    public var comparison: QueryComparison
    public var value: Value

    public init(field: QueryField, comparison: QueryComparison, value: Value) {
        self.field = field
        self.comparison = comparison
        self.value = value
    }
}
