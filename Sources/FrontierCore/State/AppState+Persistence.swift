import Foundation

extension AppState {
    /// The filters, sorts and focus of the moment, as `:save` keeps them.
    public var currentView: SavedView {
        SavedView(focus: focus, filters: filters.mapValues(\.text), sorts: projection.sorts)
    }

    /// Puts a saved view back: every pane's filter and sort, and the focus if the view has one.
    mutating func apply(_ view: SavedView) {
        apply(view, mix: mix)
    }

    /// `apply(_:)` with a token mix too, so a restore rebuilds the rows once.
    private mutating func apply(_ view: SavedView, mix: TokenMix) {
        var sorts = Projection.defaultSorts
        for (pane, sort) in view.sorts where sortKeys(pane).contains(sort.key) { sorts[pane] = sort }
        setSorts(sorts, mix: mix)
        filters = [:]
        for (pane, text) in view.filters { applyFilter(text, to: pane) }
        if let focus = view.focus { self.focus = focus }
        for pane in PaneID.allCases { clampOffset(pane) }
    }

    /// What is kept between runs: view, marks, theme, mix, whether every row shows, saved views and filter history.
    public func persisted(keeping previous: PersistedState = PersistedState()) -> PersistedState {
        var state = previous
        state.focus = focus
        state.filters = filters.mapValues(\.text)
        state.sorts = projection.sorts
        state.marks = marks
        state.theme = themeName
        state.mix = mix
        state.showsEveryRow = projection.showsEveryRow
        state.savedViews = savedViews
        state.filterHistory = filterHistory
        return state
    }

    /// What to keep when the run ends at `date`: `persisted(keeping:)`, the time, and the
    /// recent news on screen (`SeenNews`), for "since last visit" on the next start.
    public func persisted(keeping previous: PersistedState = PersistedState(), exitingAt date: Date) -> PersistedState {
        var state = persisted(keeping: previous).exiting(at: date)
        state.seenNews = DayDate(utcDayOf: date).map { SeenNews(news: dataset.news, exitDay: $0) }
        return state
    }

    /// Starts from what the last run kept. Unknown sort keys, models and themes are skipped,
    /// since the dataset or the theme files may have changed since.
    ///
    /// News that arrived since the last run (not in its `seenNews`, and dated inside the window
    /// that list covers) is marked as added as of `now` and counted in the News pane's title;
    /// without a previous run nothing is marked. The runtime reaches it through
    /// `Action.savedStateLoaded`, like every other change.
    mutating func restore(_ saved: PersistedState, at now: Date) {
        setShowsEveryRow(saved.showsEveryRow)
        apply(SavedView(focus: saved.focus, filters: saved.filters, sorts: saved.sorts), mix: saved.mix ?? mix)
        marks = saved.marks.filter { projection.index.models[$0] != nil }
        if let theme = saved.theme, let index = themes.firstIndex(of: theme) { themeIndex = index }
        savedViews = saved.savedViews
        filterHistory = saved.filterHistory
        if let seen = saved.seenNews { markNewsSinceLastVisit(seen, at: now) }
    }
}
