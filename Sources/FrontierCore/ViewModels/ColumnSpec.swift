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
