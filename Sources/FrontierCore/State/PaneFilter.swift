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
    /// The problem with the text being typed, when it does not parse.
    public var error: QueryError?

    init(text: String, query: Query, ids: [String]) {
        self.text = text
        self.query = query
        self.ids = ids
        positions = Projection.positions(of: ids)
    }
}
