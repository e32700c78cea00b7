/// The rows of one pane in a caller's order (a view-model's sorted rows), resolved to the
/// index's row positions once, so that each keystroke skips looking up every id again.
///
/// Make one with `SearchIndex.order(of:pane:)` when the dataset or the sort changes; it belongs
/// to the index that made it.
public struct SearchOrder: Sendable {
    public let pane: PaneID
    /// The index's row for each id given, or -1 for an id the index does not know.
    let positions: [Int32]

    init(pane: PaneID, positions: [Int32]) {
        self.pane = pane
        self.positions = positions
    }

    /// How many ids the order was made from.
    public var count: Int { positions.count }
}
