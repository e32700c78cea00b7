/// The rows every pane shows, derived from the dataset, the sorts and the token mix.
public struct Projection: Sendable {
    public let index: DatasetIndex
    public let models: ModelsTable
    public let costs: CostsChart
    public let news: NewsTimeline
    public let mix: TokenMix
    public var sorts: [PaneID: SortSpec] { [.models: models.sort, .costs: costs.sort, .news: news.sort] }
    private let ids: [PaneID: [String]]
    private let positions: [PaneID: [String: Int]]

    public static let defaultSorts: [PaneID: SortSpec] = [
        .models: ModelsTable.defaultSort, .costs: CostsChart.defaultSort, .news: NewsTimeline.defaultSort,
    ]

    public init(dataset: Dataset, sorts: [PaneID: SortSpec] = Projection.defaultSorts, mix: TokenMix) {
        let index = DatasetIndex(dataset)
        self.index = index
        self.mix = mix
        models = ModelsTable(dataset: dataset, index: index, sort: sorts[.models], mix: mix)
        costs = CostsChart(dataset: dataset, index: index, sort: sorts[.costs], mix: mix)
        news = NewsTimeline(dataset: dataset, index: index, sort: sorts[.news])
        ids = [.models: models.rows.map(\.id), .costs: costs.rowIDs, .news: news.rows.map(\.id)]
        positions = ids.mapValues(Projection.positions)
    }

    public func rowIDs(_ pane: PaneID) -> [String] {
        ids[pane] ?? []
    }

    /// Each id's place in `ids`; the first place wins for a repeated id.
    static func positions(of ids: [String]) -> [String: Int] {
        Dictionary(ids.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
    }

    /// The organizations a row concerns: a model's developer, a news item's organizations, a
    /// cost row's organization.
    public func organizations(of id: String, in pane: PaneID) -> [String] {
        guard let position = position(of: id, in: pane) else { return [] }
        switch pane {
        case .models: return [models.rows[position].organization]
        case .news: return news.rows[position].organizationIDs
        case .costs:
            if position < costs.training.count { return costs.training[position].organization.map { [$0] } ?? [] }
            return costs.prices[position - costs.training.count].organization.map { [$0] } ?? []
        }
    }

    public func rowCount(_ pane: PaneID) -> Int {
        switch pane {
        case .models: return models.rows.count
        case .costs: return costs.training.count + costs.prices.count
        case .news: return news.rows.count
        }
    }

    public func position(of id: String, in pane: PaneID) -> Int? {
        positions[pane]?[id]
    }
}
