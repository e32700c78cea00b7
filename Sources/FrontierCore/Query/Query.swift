/// A parsed filter query: words, quoted phrases and `field op value` terms joined by implicit
/// `and`, `or`, `not` and parentheses. The language is described in docs/query.md.
///
/// Parse once per keystroke, then hand the query to a `SearchIndex` built once per dataset;
/// the query itself knows nothing of rows, so the same value filters every pane.
public struct Query: Hashable, Sendable {
    /// The text the query was parsed from.
    public let text: String
    /// Nil for an empty query, which matches every row.
    public let root: QueryNode?

    /// The longest query text accepted, in characters: far beyond any query typed by hand,
    /// and short enough that parsing it on every keystroke stays instant.
    public static let maximumLength = 1000
    /// The deepest nesting of parentheses and negations (`not`, `!`, `-`) accepted.
    public static let maximumDepth = 64

    /// The query that matches everything.
    public static let all = Query(text: "", root: nil)

    public var isEmpty: Bool { root == nil }

    /// True when the query names `is:` or `modality:`: it asks about the rows the dashboard
    /// hides until `a` shows them (listed models, free and non-text prices), so it searches
    /// them too.
    public var searchesHiddenRows: Bool {
        func names(_ node: QueryNode) -> Bool {
            switch node {
            case .text: return false
            case let .term(term): return term.field == .listed || term.field == .modality
            case let .not(inner): return names(inner)
            case let .and(nodes), let .or(nodes): return nodes.contains(where: names)
            }
        }
        return root.map(names) ?? false
    }

    init(text: String, root: QueryNode?) {
        self.text = text
        self.root = root
    }

    /// Parses `text`, naming benchmarks by the ids, short names and aliases of `benchmarks`.
    ///
    /// Benchmarks are passed in because which names are fields depends on the dataset; an
    /// unknown field is an error rather than a term that silently matches nothing.
    public static func parse(_ text: String, benchmarks: [Benchmark]) throws(QueryError) -> Query {
        var parser = QueryParser(text, benchmarks: benchmarks)
        return Query(text: text, root: try parser.parseQuery())
    }
}
