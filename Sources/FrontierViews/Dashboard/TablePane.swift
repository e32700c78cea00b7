import FrontierCore
import TerminalGrid

/// Draws a pane's table from its filtered rows, building spans only for the rows on screen.
///
/// A pane may hold a million news items; building every row each frame would cost far more
/// than the frame. The window is worked out first, with the same arithmetic hit-testing uses.
enum TablePane {
    static func render(_ pane: PaneID, columns: [Table.Column], into grid: inout Grid, area inner: Rect,
                       state: AppState, context: RenderContext, row: (String) -> [Span]) {
        let ids = state.rowIDs(pane)
        let window = TablePaneGeometry.visibleRange(pane, state: state, height: inner.height - 1)
        let rows = window.map { row(ids[$0]).map { DisplayCut.cut($0, to: DisplayCut.row) } }
        let selected = ids.isEmpty ? nil : state.selectedIndex(pane) - window.lowerBound
        Table(columns: columns, rows: rows, selected: selected, offset: 0, glyphs: context.glyphs,
              headerStyle: context.theme.headerStyle,
              selectionStyle: PaneFrame.selectionStyle(pane, state: state, theme: context.theme))
            .render(into: &grid, area: inner)
    }

    /// ` (a)`: the key that shows the rows a title counts as hidden.
    static var hiddenKeyHint: String {
        KeyBindings.label(of: .toggleEveryRow).map { " (\($0))" } ?? ""
    }

    /// `31`, or `4/31` when a filter or follow mode hides some rows, then how many more rows
    /// `a` would show (`31 + 2390 listed`), then who is followed.
    static func countText(_ pane: PaneID, state: AppState) -> String {
        let filter = state.filter(pane)
        let total = filter?.searchedEveryRow == true ? state.projection.allRowIDs(pane).count : state.projection.rowCount(pane)
        let shown = state.rowIDs(pane).count
        var text = filter == nil && shown == total ? "\(total)" : "\(shown)/\(total)"
        let hidden = filter.map { $0.hiddenMatches } ?? state.projection.hiddenCount(pane)
        if hidden > 0 { text += " + \(hidden) " + (pane == .models ? "listed" : "more") + hiddenKeyHint }
        if pane != .models, let org = state.followedOrganization {
            text += " · following " + state.projection.index.organizationName(org)
        }
        return text
    }
}
