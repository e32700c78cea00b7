/// A pane's filter: the query that applies, the rows it lets through, and a draft that failed.
///
/// A malformed query never empties the pane: the last query that parsed keeps applying, and the
/// error (with its column) is shown beside the line until the draft parses again.
public struct PaneFilter: Sendable {
    /// The text of the query that applies.
    public var text: String
    public var query: Query
    /// Ids of the rows that match, in the pane's order.
    public var ids: [String]
    /// Position of each matching id in `ids`.
    var positions: [String: Int]
    /// Rows that match but are hidden until `a` shows every row, for the pane's title.
    public var hiddenMatches = 0
    /// The query searched every row (it names `is:` or `modality:`), so the pane's total is
    /// every row too.
    public var searchedEveryRow = false
    /// The problem with the text being typed, when it does not parse.
    public var error: QueryError?

    init(text: String, query: Query, ids: [String], hiddenMatches: Int = 0, searchedEveryRow: Bool = false) {
        self.text = text
        self.query = query
        self.ids = ids
        self.hiddenMatches = hiddenMatches
        self.searchedEveryRow = searchedEveryRow
        positions = Projection.positions(of: ids)
    }
}
