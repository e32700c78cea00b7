/// The whole state of a running dashboard, as one value.
///
/// UI state (focus, selection, scroll, sort, zoom, theme, overlays) lives here and nowhere
/// else, so every screen is a pure function of this value and can be tested without a terminal.
public struct AppState: Sendable {
    public private(set) var dataset: Dataset
    /// Rows and lookups derived from `dataset` and the sorts; rebuilt only when those change.
    public private(set) var projection: Projection
    public var focus: PaneID = .models
    public var panes: [PaneID: PaneState] = [:]
    public var zoomed = false
    public var overlay: Overlay?
    /// First visible line of a scrolled overlay.
    public var overlayOffset = 0
    public var width: Int
    public var height: Int
    /// Data rows each pane can show, as measured by the views for the current size.
    public var viewportRows: [PaneID: Int] = [:]
    public var themes: [String]
    public var themeIndex = 0
    public var running = true

    public init(dataset: Dataset, width: Int = 120, height: Int = 40, themes: [String] = ["default"],
                modelSort: SortSpec? = nil, newsSort: SortSpec? = nil, mix: TokenMix = .standard) {
        self.dataset = dataset
        self.width = width
        self.height = height
        self.themes = themes.isEmpty ? ["default"] : themes
        projection = Projection(dataset: dataset, modelSort: modelSort ?? ModelsTable.defaultSort,
                                newsSort: newsSort ?? NewsTimeline.defaultSort, mix: mix)
    }

    public var themeName: String { themes[themeIndex % themes.count] }

    /// Replaces the dataset, keeping each pane's selected row where it still exists.
    public mutating func replaceDataset(_ newDataset: Dataset) {
        dataset = newDataset
        projection = Projection(dataset: newDataset, modelSort: projection.models.sort,
                                newsSort: projection.news.sort, mix: projection.mix)
    }

    public mutating func setSort(_ sort: SortSpec, for pane: PaneID) {
        switch pane {
        case .models:
            projection = Projection(dataset: dataset, modelSort: sort, newsSort: projection.news.sort, mix: projection.mix)
        case .news:
            projection = Projection(dataset: dataset, modelSort: projection.models.sort, newsSort: sort, mix: projection.mix)
        case .costs:
            break
        }
    }

    /// Row ids of a pane in display order.
    public func rowIDs(_ pane: PaneID) -> [String] {
        projection.rowIDs(pane)
    }

    /// The index of the selected row, clamped to the rows that exist (0 when the pane is empty).
    public func selectedIndex(_ pane: PaneID) -> Int {
        let ids = rowIDs(pane)
        guard !ids.isEmpty else { return 0 }
        if let id = panes[pane]?.selectedID, let index = projection.position(of: id, in: pane) {
            return index
        }
        return 0
    }

    public func selectedID(_ pane: PaneID) -> String? {
        let ids = rowIDs(pane)
        guard !ids.isEmpty else { return nil }
        return ids[selectedIndex(pane)]
    }

    /// The first visible row of a pane that keeps the selection on screen in `rows` lines.
    public func visibleOffset(_ pane: PaneID, rows: Int) -> Int {
        AppState.offset(keeping: selectedIndex(pane), visibleIn: rows, from: panes[pane]?.offset ?? 0,
                        count: rowIDs(pane).count)
    }

    /// Scrolls as little as possible so `selected` is inside the window, and never past the end.
    public static func offset(keeping selected: Int, visibleIn rows: Int, from current: Int, count: Int) -> Int {
        guard rows > 0, count > 0 else { return 0 }
        var offset = current
        if selected < offset { offset = selected }
        if selected >= offset + rows { offset = selected - rows + 1 }
        offset = min(offset, max(0, count - rows))
        return max(0, offset)
    }
}

/// The rows every pane shows, derived from the dataset, the sorts and the token mix.
public struct Projection: Sendable {
    public let index: DatasetIndex
    public let models: ModelsTable
    public let costs: CostsChart
    public let news: NewsTimeline
    public let mix: TokenMix
    private let positions: [PaneID: [String: Int]]

    public init(dataset: Dataset, modelSort: SortSpec, newsSort: SortSpec, mix: TokenMix) {
        let index = DatasetIndex(dataset)
        self.index = index
        self.mix = mix
        models = ModelsTable(dataset: dataset, index: index, sort: modelSort, mix: mix)
        costs = CostsChart(dataset: dataset, index: index, mix: mix)
        news = NewsTimeline(dataset: dataset, index: index, sort: newsSort)
        func positionsOf(_ ids: [String]) -> [String: Int] {
            Dictionary(ids.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        }
        positions = [
            .models: positionsOf(models.rows.map(\.id)),
            .costs: positionsOf(costs.rowIDs),
            .news: positionsOf(news.rows.map(\.id)),
        ]
    }

    public func rowIDs(_ pane: PaneID) -> [String] {
        switch pane {
        case .models: return models.rows.map(\.id)
        case .costs: return costs.rowIDs
        case .news: return news.rows.map(\.id)
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
