import Foundation

/// The whole state of a running dashboard, as one value.
///
/// UI state (focus, selection, scroll, sort, zoom, theme, overlays) lives here and nowhere
/// else, so every screen is a pure function of this value and can be tested without a terminal.
/// Outside this module it is read-only: every change goes through `reduce`, so what the runtime
/// does to the state is always an `Action` a test can send too.
public struct AppState: Sendable {
    public private(set) var dataset: Dataset
    /// Rows and lookups derived from `dataset` and the sorts; rebuilt only when those change.
    public private(set) var projection: Projection {
        didSet { rowsRevision &+= 1 }
    }
    /// What filters search, built once per dataset (not per sort or keystroke). Nil at start
    /// until the first filter needs it or a background build brings it (`screenShown`,
    /// `searchIndexBuilt`), so the first frame of a large dataset does not wait for it.
    public private(set) var searchIndex: SearchIndex?
    /// Rows and index built ahead of time for the next `replaceDataset` (see `DerivedData`).
    var preparedData: DerivedData?
    /// Each pane's rows resolved in the index, once per sort, so a keystroke only runs the query.
    private(set) var searchOrders: [PaneID: SearchOrder] = [:]
    public internal(set) var focus: PaneID = .models
    public internal(set) var panes: [PaneID: PaneState] = [:]
    public internal(set) var zoomed = false
    public internal(set) var overlay: Overlay?
    /// First visible line of a scrolled overlay.
    public internal(set) var overlayOffset = 0
    public internal(set) var width: Int
    public internal(set) var height: Int
    /// Data rows each pane can show, as measured by the views for the current size.
    public internal(set) var viewportRows: [PaneID: Int] = [:]
    /// Models marked for comparison, in the order they were marked.
    public internal(set) var marks: [String] = []
    /// Follow mode (`f`): News and Costs show only the selected model's organization.
    public internal(set) var follow = false
    /// The axes of the compare scatter (`x`, `y`).
    public internal(set) var compareAxes = ScatterAxes()
    /// The point the compare scatter's cursor is on, counted cheapest first.
    public internal(set) var compareCursor = 0
    public internal(set) var themes: [String]
    public internal(set) var themeIndex = 0
    public internal(set) var running = true
    /// Whether keys go to the panes, the filter line (`/`) or the command line (`:`).
    public internal(set) var inputMode: InputMode = .none
    /// The line being typed in the filter or command line.
    public internal(set) var input = InputLine()
    /// A one-line message for the footer: a command's error, completions, a notice.
    public internal(set) var message: String?
    /// Why the data files on disk do not load, while they do not: the last good data stays on
    /// screen and this stays in the footer until a reload succeeds.
    public internal(set) var dataProblem: String?
    /// The filter of each pane that has one.
    public internal(set) var filters: [PaneID: PaneFilter] = [:] {
        didSet { rowsRevision &+= 1 }
    }
    /// Counts changes of the rows before follow mode narrows them (a new projection or filter),
    /// so the narrowed rows kept in `followedRows` are known to be current.
    var rowsRevision = 0
    /// Follow mode's narrowed News and Costs rows, made once after an action rather than on
    /// every call of `rowIDs` and `position` (several per frame); used only while current.
    var followedRows: FollowedRows?
    /// Queries typed in each pane's filter line, oldest first.
    public internal(set) var filterHistory: [PaneID: [String]] = [:]
    /// Named sets of filters and sorts (`:save NAME`, `:view NAME`).
    public internal(set) var savedViews: [String: SavedView] = [:]
    /// Rows that recent reloads added or changed, by pane and row id; each shows a mark in its
    /// gutter until `changeMarkLifetime` has passed.
    public internal(set) var changes: [PaneID: [String: RowChange]] = [:]
    /// When the oldest change mark expires: the runtime wakes then (once) and sends
    /// `clockTicked`; nil while nothing is marked.
    public internal(set) var nextMarkExpiry: Date?
    /// News added since the News pane last had focus, counted in its title (`News (3 new)`).
    public internal(set) var unseenNews: Set<String> = []
    /// Live updates are held back (`p`) so the screen stands still while it is read.
    public internal(set) var paused = false
    /// How many records the data held while paused adds or changes, for the footer.
    public internal(set) var waitingUpdates = 0
    /// The newest data that arrived while paused, applied when un-paused.
    var held: HeldUpdate?
    /// Where each source of the data stands, for the footer; empty for the embedded dataset.
    public internal(set) var sources: [SourceStatus] = []
    /// Where Up and Down are in the history while the filter line is open.
    var historyPosition: Int?
    /// The error of a draft typed while no filter applied yet.
    var pendingFilterError: (pane: PaneID, error: QueryError)?

    /// Where typed keys go.
    public enum InputMode: Hashable, Sendable {
        case none
        /// Editing the filter of a pane; Esc restores `previous`.
        case filter(PaneID, previous: String)
        case command
    }

    /// - Parameter today: the day prices are current at (the runtime passes the UTC day, and
    ///   `clockTicked` moves it on); nil leaves out only prices that ended.
    public init(dataset: Dataset, width: Int = 120, height: Int = 40, themes: [String] = ["default"],
                modelSort: SortSpec? = nil, newsSort: SortSpec? = nil, mix: TokenMix = .standard, today: DayDate? = nil) {
        self.dataset = dataset
        self.width = width
        self.height = height
        self.themes = themes.isEmpty ? ["default"] : themes
        var sorts = Projection.defaultSorts
        if let modelSort { sorts[.models] = modelSort }
        if let newsSort { sorts[.news] = newsSort }
        projection = Projection(dataset: dataset, sorts: sorts, mix: mix, today: today)
    }

    /// The search index on screen with the dataset it was built for, if one is built: a
    /// background pass extends it when the next data only appends news.
    public var shownSearchIndex: BuiltSearchIndex? {
        searchIndex.map { BuiltSearchIndex(dataset, today: projection.index.today, index: $0) }
    }

    /// Builds the search index now if no one has yet: a filter is about to run.
    mutating func ensureSearchIndex() {
        guard searchIndex == nil else { return }
        searchIndex = SearchIndex(dataset, today: projection.index.today)
        resolveSearchOrders()
    }

    /// Takes an index built in the background, if it is for the dataset on screen and none was
    /// built meanwhile.
    mutating func adopt(_ built: BuiltSearchIndex) {
        guard searchIndex == nil, built.today == projection.index.today, built.dataset == dataset else { return }
        searchIndex = built.index
        resolveSearchOrders()
    }

    /// Resolves each pane's current row order in the search index; after any new projection.
    mutating func resolveSearchOrders() {
        guard let searchIndex else {
            searchOrders = [:]
            return
        }
        // Over every row: a query that asks for hidden rows (`is:listed`) searches them too.
        for pane in PaneID.allCases {
            // The index holds the news in the dataset's order, so each row's place there is a
            // good guess (checked id by id).
            let likely = pane == .news ? projection.news.rows.datasetOffsets : nil
            searchOrders[pane] = searchIndex.order(of: projection.allRowIDs(pane), pane: pane, likelyRows: likely)
        }
    }

    public var themeName: String { themes[themeIndex % themes.count] }

    /// The input:output token mix that blended prices use.
    public var mix: TokenMix { projection.mix }

    /// Changes the token mix; blended prices and the orders that depend on them follow.
    mutating func setMix(_ mix: TokenMix) {
        setSorts(projection.sorts, mix: mix)
    }

    /// Changes any of the sorts and the mix with one rebuild of the rows (a restore or a saved
    /// view changes several at once); nothing is rebuilt when nothing changes.
    mutating func setSorts(_ sorts: [PaneID: SortSpec], mix: TokenMix) {
        guard sorts != projection.sorts || mix != projection.mix else { return }
        projection = Projection(dataset: dataset, sorts: sorts, mix: mix, today: projection.index.today,
                                showsEveryRow: projection.showsEveryRow)
        resolveSearchOrders()
        refilter()
    }

    /// Moves the day prices are current at (a new UTC day began), keeping each selection.
    mutating func setToday(_ today: DayDate) {
        guard projection.index.today != nil, projection.index.today != today else { return }
        keepingSelections { state in
            state.projection = Projection(dataset: state.dataset, sorts: state.projection.sorts, mix: state.projection.mix,
                                          today: today, showsEveryRow: state.projection.showsEveryRow)
            // Price filters read current prices too: an index in use is built for the new day.
            if state.searchIndex != nil { state.searchIndex = SearchIndex(state.dataset, today: today) }
            state.resolveSearchOrders()
            state.refilter()
        }
    }

    /// Shows or hides the rows hidden by default (`a`), keeping each pane's selection.
    mutating func setShowsEveryRow(_ shows: Bool) {
        guard shows != projection.showsEveryRow else { return }
        keepingSelections {
            $0.projection.showsEveryRow = shows
            $0.refilter()
        }
    }

    /// Replaces the dataset, keeping each pane's selected row and where it sits on screen.
    mutating func replaceDataset(_ newDataset: Dataset) {
        keepingSelections { state in
            state.dataset = newDataset
            let shows = state.projection.showsEveryRow
            // Arrays that share storage compare in constant time, so this check is cheap when the
            // prepared data was built from this very dataset.
            if let prepared = state.preparedData, prepared.settings == state.derivationSettings, prepared.dataset == newDataset {
                var projection = prepared.projection
                projection.showsEveryRow = shows
                state.projection = projection
                state.searchIndex = prepared.searchIndex
            } else {
                state.projection = Projection(dataset: newDataset, sorts: state.projection.sorts, mix: state.projection.mix,
                                              today: state.projection.index.today, showsEveryRow: shows,
                                              previousNews: state.projection.news)
                // Built again only if one was in use; else the first filter builds it.
                state.searchIndex = state.searchIndex == nil ? nil : SearchIndex(newDataset, today: state.projection.index.today)
            }
            state.preparedData = nil
            state.resolveSearchOrders()
            state.refilter()
        }
    }

    /// Runs `change` on the rows, then puts each pane's selection back on its row, and where it
    /// sat on screen.
    ///
    /// The selection follows its row by id; when the row is gone, the row now in its place is
    /// selected. A pane scrolled down keeps the selected row on the same screen line, so rows
    /// added above it do not move the view under the reader; a pane at its top stays at its
    /// top, so rows added there (the newest news) come into sight.
    private mutating func keepingSelections(_ change: (inout AppState) -> Void) {
        let before = PaneID.allCases.map { pane in
            (pane: pane, id: selectedID(pane), index: selectedIndex(pane),
             offset: viewportRows[pane].map { visibleOffset(pane, rows: $0) } ?? panes[pane]?.offset ?? 0)
        }
        change(&self)
        // Models first: in follow mode the other panes' rows depend on its selection.
        for (pane, id, index, offset) in before {
            guard let id else { continue }
            let ids = rowIDs(pane)
            guard !ids.isEmpty else { continue }
            let newIndex = position(of: id, in: pane) ?? min(index, ids.count - 1)
            var paneState = panes[pane] ?? PaneState()
            paneState.selectedID = ids[newIndex]
            paneState.offset = offset == 0 ? 0 : max(0, offset + newIndex - index)
            panes[pane] = paneState
        }
        for pane in PaneID.allCases { clampOffset(pane) }
    }

    mutating func setSort(_ sort: SortSpec, for pane: PaneID) {
        var sorts = projection.sorts
        sorts[pane] = sort
        setSorts(sorts, mix: projection.mix)
    }

    /// The keys `s` cycles through in a pane.
    public func sortKeys(_ pane: PaneID) -> [String] {
        switch pane {
        case .models: return ModelsTable.sortKeys(dataset)
        case .costs: return CostsChart.sortKeys
        case .news: return NewsTimeline.sortKeys
        }
    }

    /// The sort of a pane.
    public func sort(_ pane: PaneID) -> SortSpec {
        projection.sorts[pane] ?? Projection.defaultSorts[pane]!
    }

    /// Row ids of a pane in display order, after its filter.
    public func rowIDs(_ pane: PaneID) -> [String] {
        // The Models pane is never narrowed: its selection is what the others follow.
        guard pane != .models, let org = followedOrganization else { return filters[pane]?.ids ?? projection.rowIDs(pane) }
        if let kept = currentFollowedRows(org), let ids = kept.ids[pane] { return ids }
        return narrowed(pane, to: org)
    }

    /// A pane's rows that concern `organization`, in display order.
    private func narrowed(_ pane: PaneID, to organization: String) -> [String] {
        (filters[pane]?.ids ?? projection.rowIDs(pane)).filter { projection.organizations(of: $0, in: pane).contains(organization) }
    }

    private func currentFollowedRows(_ organization: String) -> FollowedRows? {
        guard let followedRows, followedRows.organization == organization, followedRows.revision == rowsRevision else { return nil }
        return followedRows
    }

    /// Makes `followedRows` current after an action, so frames read them instead of narrowing again.
    mutating func refreshFollowedRows() {
        guard let org = followedOrganization else {
            followedRows = nil
            return
        }
        if currentFollowedRows(org) != nil { return }
        var rows = FollowedRows(organization: org, revision: rowsRevision)
        for pane in PaneID.allCases where pane != .models {
            let ids = narrowed(pane, to: org)
            rows.ids[pane] = ids
            rows.positions[pane] = Projection.positions(of: ids)
        }
        followedRows = rows
    }

    /// Where a row is in its pane's display order, after the filter; nil when filtered out.
    public func position(of id: String, in pane: PaneID) -> Int? {
        if pane != .models, let org = followedOrganization {
            if let kept = currentFollowedRows(org), let positions = kept.positions[pane] { return positions[id] }
            return rowIDs(pane).firstIndex(of: id)
        }
        if let filter = filters[pane] { return filter.positions[id] }
        return projection.position(of: id, in: pane)
    }

    /// The organization of the model selected in the Models pane: its news and bars are
    /// highlighted, and in follow mode they are all the other panes show.
    public var linkedOrganization: String? {
        selectedID(.models).flatMap { projection.index.models[$0]?.org }
    }

    /// The organization the News and Costs panes are narrowed to, when following.
    public var followedOrganization: String? {
        follow ? linkedOrganization : nil
    }

    /// The index of the selected row, clamped to the rows that exist (0 when the pane is empty).
    public func selectedIndex(_ pane: PaneID) -> Int {
        let ids = rowIDs(pane)
        guard !ids.isEmpty else { return 0 }
        if let id = panes[pane]?.selectedID, let index = position(of: id, in: pane) {
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
