import FrontierCore
import TerminalGrid

/// The border and titles of a pane, with focus shown by glyphs, bold and colour.
enum PaneFrame {
    /// Draws the frame and returns the inside.
    static func render(_ pane: PaneID, title: String, rightTitle: String, into grid: inout Grid, area: Rect,
                       state: AppState, context: RenderContext) -> Rect {
        let theme = context.theme
        let focused = state.focus == pane
        let block = Block(title: "\(pane.number) " + title, rightTitle: rightTitle, glyphs: context.glyphs,
                          style: theme.borderStyle, titleStyle: theme.titleStyle, focused: focused,
                          focusedStyle: theme.focusedBorderStyle)
        grid.fill(area, with: Cell(" ", style: theme.base))
        block.render(into: &grid, area: area)
        return block.inner(area)
    }

    /// `by Released ▼`: what a pane is sorted by, for its title.
    static func sortText(_ label: String, descending: Bool, glyphs: Glyphs) -> String {
        "by \(label) \(descending ? glyphs.down : glyphs.up)"
    }

    static func selectionStyle(_ pane: PaneID, state: AppState, theme: Theme) -> Style {
        state.focus == pane ? theme.selectionStyle : theme.inactiveSelectionStyle
    }
}
