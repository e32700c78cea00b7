import Foundation

/// A named snapshot of where the user was looking: the focused pane and every pane's filter
/// and sort.
///
/// `:save NAME` captures one from the current state and `:view NAME` puts it back, so a
/// recurring question ("DeepSeek this week") is one command away.
public struct SavedView: Hashable, Sendable {
    public var focus: PaneID?
    public var filters: [PaneID: String]
    public var sorts: [PaneID: SortSpec]

    public init(focus: PaneID? = nil, filters: [PaneID: String] = [:], sorts: [PaneID: SortSpec] = [:]) {
        self.focus = focus
        self.filters = filters
        self.sorts = sorts
    }
}

extension SavedView: Codable {
    private enum CodingKeys: String, CodingKey {
        case focus, filters, sorts
    }

    /// Lenient like `PersistedState`: a field that is missing or of the wrong type is left empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        focus = container.leniently(PaneID.self, forKey: .focus)
        filters = container.leniently(byPane: String.self, forKey: .filters).filter { !$0.value.isEmpty }
        sorts = container.leniently(byPane: SortSpec.self, forKey: .sorts)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(focus, forKey: .focus)
        try container.encode(byPane: filters, forKey: .filters)
        try container.encode(byPane: sorts, forKey: .sorts)
    }
}
