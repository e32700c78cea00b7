/// A view drawn over the dashboard.
public enum Overlay: Hashable, Sendable {
    case help
    /// The detail of one row: a model card, a cost row, a news item.
    case detail(PaneID, String)
    /// The head-to-head table and price-score scatter of the marked models.
    case compare
}
