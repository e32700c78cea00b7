import FrontierCore
import TerminalGrid

/// The whole screen as a pure function of the state: header, three panes, footer, overlays.
public enum DashboardView {
    /// Renders one frame at the state's size.
    public static func render(_ state: AppState, context: RenderContext) -> Grid {
        var grid = Grid(width: state.width, height: state.height)
        let layout = DashboardLayout(width: state.width, height: state.height, zoomed: state.zoomed, focus: state.focus)
        if layout.tooSmall {
            TooSmallView.render(into: &grid, width: state.width, height: state.height, context: context)
        } else {
            HeaderView.render(into: &grid, area: layout.header, state: state, context: context)
            for (pane, area) in layout.panes {
                renderPane(pane, into: &grid, area: area, state: state, context: context)
            }
            FooterView.render(into: &grid, area: layout.footer, state: state, context: context)
            switch state.overlay {
            case .help?:
                HelpOverlayView.render(into: &grid, state: state, context: context)
            case let .detail(pane, id)?:
                DetailOverlayView.render(into: &grid, pane: pane, id: id, state: state, context: context)
            case .compare?:
                CompareView.render(into: &grid, dataset: state.dataset, projection: state.projection, marked: state.marks,
                                   axes: state.compareAxes, cursor: state.compareCursor, hints: compareHints,
                                   context: context)
            case nil:
                break
            }
        }
        finish(&grid, context: context)
        return grid
    }

    /// Theme colours for whatever was drawn in the terminal's defaults, and ASCII only when the
    /// terminal cannot show more: a last pass, so no view can leak a non-ASCII character.
    static func finish(_ grid: inout Grid, context: RenderContext) {
        grid.resolveDefaultColors(foreground: context.theme.text, background: context.theme.background)
        if context.glyphs == .ascii { grid.foldToASCII() }
    }

    /// Renders a single pane filling the whole grid, for `frontier snapshot --pane`.
    public static func renderPane(_ pane: PaneID, state: AppState, context: RenderContext) -> Grid {
        var grid = Grid(width: state.width, height: state.height)
        renderPane(pane, into: &grid, area: grid.bounds, state: state, context: context)
        finish(&grid, context: context)
        return grid
    }

    static func renderPane(_ pane: PaneID, into grid: inout Grid, area: Rect, state: AppState, context: RenderContext) {
        switch pane {
        case .models: ModelsPaneView.render(into: &grid, area: area, state: state, context: context)
        case .costs: CostsPaneView.render(into: &grid, area: area, state: state, context: context)
        case .news: NewsPaneView.render(into: &grid, area: area, state: state, context: context)
        }
    }

    /// Data rows each pane shows at the state's size, for `Action.viewportsMeasured`.
    public static func viewportRows(_ state: AppState) -> [PaneID: Int] {
        let layout = DashboardLayout(width: state.width, height: state.height, zoomed: state.zoomed, focus: state.focus)
        var rows: [PaneID: Int] = [:]
        for (pane, area) in layout.panes {
            let inner = DashboardLayout.inner(area)
            switch pane {
            case .models, .news: rows[pane] = max(0, inner.height - 1)
            case .costs: rows[pane] = CostsPaneView.sections(inner: inner, state: state).map(\.rows.height).max() ?? 0
            }
        }
        return rows
    }

    /// How far the open overlay can scroll, for `Action.overlayMeasured`; nil with no overlay.
    public static func overlayMaxOffset(_ state: AppState) -> Int? {
        let lineCount: Int
        switch state.overlay {
        case nil:
            return nil
        case .compare?:
            // Nothing in the compare view scrolls; its cursor steps between points instead.
            return 0
        case .help?:
            lineCount = HelpOverlayView.lines().count + 3
        case let .detail(pane, id)?:
            guard let content = DetailContent.make(pane: pane, id: id, dataset: state.dataset, projection: state.projection)
            else { return 0 }
            let width = ScrolledBox.textWidth(gridWidth: state.width, maxWidth: DetailOverlayView.maxWidth)
            lineCount = DetailOverlayView.layoutLines(content, width: width, theme: ThemeCatalog.defaultTheme).count
        }
        return ScrolledBox.maxOffset(lineCount: lineCount, gridHeight: state.height)
    }

    /// The compare view's key hints, read from the key table so they cannot drift from it.
    static var compareHints: [(keys: String, label: String)] {
        func key(_ command: Command) -> String { KeyBindings.label(of: command) ?? "?" }
        return [
            (key(.toggleMark), "mark"),
            ("\(key(.cycleCompareX))/\(key(.cycleCompareY))", "axes"),
            ("\(key(.previousPoint))/\(key(.nextPoint))", "point"),
            (key(.close), "close"),
        ]
    }

    /// What a click at a cell means: a pane and, when on a row, that row's id.
    public static func hitTest(x: Int, y: Int, state: AppState) -> Action? {
        let layout = DashboardLayout(width: state.width, height: state.height, zoomed: state.zoomed, focus: state.focus)
        guard let (pane, area) = layout.panes.first(where: { $0.value.contains(x: x, y: y) }) else { return nil }
        let inner = DashboardLayout.inner(area)
        switch pane {
        case .models, .news:
            let line = y - inner.y - 1
            let visible = TablePaneGeometry.visibleRange(pane, state: state, height: inner.height - 1)
            let index = visible.lowerBound + line
            let onRow = inner.contains(x: x, y: y) && line >= 0 && visible.contains(index)
            let id = onRow ? state.rowIDs(pane)[index] : nil
            return .paneClicked(pane, rowID: id)
        case .costs:
            let section = CostsPaneView.sections(inner: inner, state: state).first { $0.rows.contains(x: x, y: y) }
            let id = section.flatMap { section -> String? in
                let index = section.visible.lowerBound + (y - section.rows.y)
                return section.visible.contains(index) ? section.ids[index] : nil
            }
            return .paneClicked(pane, rowID: id)
        }
    }
}

/// Scrolling arithmetic shared by the table panes and hit-testing, so clicks land on the row drawn.
enum TablePaneGeometry {
    static func visibleRange(_ pane: PaneID, state: AppState, height: Int) -> Range<Int> {
        Table.visibleRange(rowCount: state.rowIDs(pane).count, selected: state.selectedIndex(pane),
                           offset: state.panes[pane]?.offset ?? 0, height: max(0, height)).range
    }
}
