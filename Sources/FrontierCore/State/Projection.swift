/// The rows every pane shows, derived from the dataset, the sorts and the token mix.
///
/// Some rows are hidden until asked for (`a`, `showsEveryRow`): models only a price list
/// knows, and prices that are $0, of a model that makes no text, or of such a model. With the
/// whole world imported they are most of the rows, and the notable ones would drown in them.
public struct Projection: Sendable {
    public let index: DatasetIndex
    public let models: ModelsTable
    public let costs: CostsChart
    public let news: NewsTimeline
    public let mix: TokenMix
    /// Whether the rows hidden by default are shown.
    public var showsEveryRow = false
    public var sorts: [PaneID: SortSpec] { [.models: models.sort, .costs: costs.sort, .news: news.sort] }
    /// Every row of each pane, in its order, and each id's place there (its row in the view
    /// model's arrays).
    private let ids: [PaneID: [String]]
    private let rowIndexes: [PaneID: [String: Int]]
    /// The news rows' places when they come from the search index (see `init`): each id's
    /// place in the dataset's news, and each of those places' row. Nil: `rowIndexes` has them.
    private let newsRows: (offsets: [String: Int], rowOfOffset: [Int32])?
    /// The rows shown by default, and each id's place among them.
    private let shortIDs: [PaneID: [String]]
    private let shortPositions: [PaneID: [String: Int]]

    public static let defaultSorts: [PaneID: SortSpec] = [
        .models: ModelsTable.defaultSort, .costs: CostsChart.defaultSort, .news: NewsTimeline.defaultSort,
    ]

    /// - Parameters:
    ///   - today: the day prices are current at (see `DatasetIndex`).
    ///   - newsOffsets: each news id's place in `dataset.news`, when one is at hand (a search
    ///     index of this dataset has it), so that finding a news row hashes no id: a hundred
    ///     thousand news would otherwise be hashed on every reload.
    ///   - previousNews: the news rows on screen, which news appended since extend (see `NewsTimeline`).
    public init(dataset: Dataset, sorts: [PaneID: SortSpec] = Projection.defaultSorts, mix: TokenMix,
                today: DayDate? = nil, showsEveryRow: Bool = false, newsOffsets: [String: Int]? = nil,
                previousNews: NewsTimeline? = nil) {
        let index = DatasetIndex(dataset, today: today)
        self.index = index
        self.mix = mix
        self.showsEveryRow = showsEveryRow
        models = ModelsTable(dataset: dataset, index: index, sort: sorts[.models], mix: mix)
        costs = CostsChart(dataset: dataset, index: index, sort: sorts[.costs], mix: mix)
        news = NewsTimeline(dataset: dataset, index: index, sort: sorts[.news], extending: previousNews)
        let all: [PaneID: [String]] = [.models: models.rows.map(\.id), .costs: costs.rowIDs, .news: news.rows.ids]
        ids = all
        var indexes: [PaneID: [String: Int]] = [:]
        for pane in [PaneID.models, .costs] { indexes[pane] = Projection.positions(of: all[pane] ?? []) }
        if let newsOffsets, newsOffsets.count == dataset.news.count {
            var rowOfOffset = [Int32](repeating: -1, count: dataset.news.count)
            for (row, offset) in news.rows.datasetOffsets.enumerated() { rowOfOffset[offset] = Int32(row) }
            newsRows = (newsOffsets, rowOfOffset)
        } else {
            indexes[.news] = Projection.positions(of: all[.news] ?? [])
            newsRows = nil
        }
        rowIndexes = indexes
        // News has no hidden rows: its list is shared, and its places are found as above.
        var short = all
        short[.models] = models.rows.filter { !$0.hiddenByDefault }.map(\.id)
        short[.costs] = costs.training.map(\.id) + costs.prices.filter { !$0.hiddenByDefault }.map(\.id)
        var positions = indexes
        for pane in [PaneID.models, .costs] { positions[pane] = Projection.positions(of: short[pane] ?? []) }
        shortIDs = short
        shortPositions = positions
    }

    /// The rows a pane shows, in order: every row, or those shown by default.
    public func rowIDs(_ pane: PaneID) -> [String] {
        (showsEveryRow ? ids[pane] : shortIDs[pane]) ?? []
    }

    /// Every row of a pane, hidden by default or not, in order.
    public func allRowIDs(_ pane: PaneID) -> [String] {
        ids[pane] ?? []
    }

    /// How many rows of a pane are hidden until `a` shows every row (0 while they show).
    public func hiddenCount(_ pane: PaneID) -> Int {
        showsEveryRow ? 0 : (ids[pane]?.count ?? 0) - (shortIDs[pane]?.count ?? 0)
    }

    /// Whether a row of the pane is one hidden by default (whether or not it shows now).
    public func isHiddenByDefault(_ id: String, in pane: PaneID) -> Bool {
        // News has no hidden rows.
        pane != .news && rowIndexes[pane]?[id] != nil && shortPositions[pane]?[id] == nil
    }

    /// Each id's place in `ids`; the first place wins for a repeated id.
    static func positions(of ids: [String]) -> [String: Int] {
        var positions = [String: Int](minimumCapacity: ids.count)
        for (offset, id) in ids.enumerated() where positions[id] == nil { positions[id] = offset }
        return positions
    }

    /// The organizations a row concerns: a model's developer, a news item's organizations, a
    /// cost row's organization.
    public func organizations(of id: String, in pane: PaneID) -> [String] {
        guard let row = rowIndex(of: id, in: pane) else { return [] }
        switch pane {
        case .models: return [models.rows[row].organization]
        case .news: return news.rows[row].organizationIDs
        case .costs:
            if row < costs.training.count { return costs.training[row].organization.map { [$0] } ?? [] }
            return costs.prices[row - costs.training.count].organization.map { [$0] } ?? []
        }
    }

    /// How many rows a pane shows (see `rowIDs`).
    public func rowCount(_ pane: PaneID) -> Int {
        rowIDs(pane).count
    }

    /// Where a row is among the rows the pane shows; nil when it is hidden or unknown.
    public func position(of id: String, in pane: PaneID) -> Int? {
        if pane == .news { return rowIndex(of: id, in: pane) }
        return showsEveryRow ? rowIndexes[pane]?[id] : shortPositions[pane]?[id]
    }

    /// Where a row is in its view model's rows (`models.rows`, `news.rows`, training then
    /// prices), whether it shows or not.
    public func rowIndex(of id: String, in pane: PaneID) -> Int? {
        guard pane == .news, let newsRows else { return rowIndexes[pane]?[id] }
        guard let offset = newsRows.offsets[id], offset < newsRows.rowOfOffset.count else { return nil }
        let row = Int(newsRows.rowOfOffset[offset])
        return row >= 0 ? row : nil
    }
}
