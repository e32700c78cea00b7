/// The three panes of the dashboard, in focus order.
public enum PaneID: String, Hashable, Sendable, CaseIterable, Codable {
    case models
    case costs
    case news

    public var title: String {
        switch self {
        case .models: return "Models"
        case .costs: return "Costs"
        case .news: return "News"
        }
    }

    /// The digit that focuses this pane.
    public var number: Int { PaneID.allCases.firstIndex(of: self)! + 1 }
}

/// Where a pane's cursor is: the selected row's id (so it survives re-sorting and reloads)
/// and the first visible row.
public struct PaneState: Hashable, Sendable {
    public var selectedID: String?
    public var offset: Int

    public init(selectedID: String? = nil, offset: Int = 0) {
        self.selectedID = selectedID
        self.offset = offset
    }
}
