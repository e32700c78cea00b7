/// A table column as the view-models describe it, before any widget decides what fits.
public struct ColumnSpec: Hashable, Sendable {
    public enum Alignment: Hashable, Sendable { case left, right }

    public var id: String
    public var title: String
    public var alignment: Alignment
    /// Columns with the lowest priority are dropped first when the pane is narrow.
    public var priority: Int
    public var minWidth: Int
    /// Whether the column may grow to take spare width (names, headlines).
    public var flexible: Bool

    public init(id: String, title: String, alignment: Alignment = .left, priority: Int, minWidth: Int, flexible: Bool = false) {
        self.id = id
        self.title = title
        self.alignment = alignment
        self.priority = priority
        self.minWidth = minWidth
        self.flexible = flexible
    }
}

/// How a pane's rows are ordered.
public struct SortSpec: Hashable, Sendable, Codable {
    public var key: String
    public var descending: Bool

    public init(key: String, descending: Bool) {
        self.key = key
        self.descending = descending
    }

    /// The direction a key sorts in when first chosen: names A to Z, prices cheapest first,
    /// everything else (dates, scores, sizes, costs) largest first.
    public static func natural(_ key: String) -> SortSpec {
        SortSpec(key: key, descending: !["name", "org", "source", "headline", "price"].contains(key))
    }
}
