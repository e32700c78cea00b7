import FrontierCore
import TerminalGrid

/// The top line: the name, what the dataset holds, and where it came from.
enum HeaderView {
    static func render(into grid: inout Grid, area: Rect, state: AppState, context: RenderContext) {
        let theme = context.theme
        let summary = HeaderSummary(dataset: state.dataset, index: state.projection.index, origin: context.origin)
        let separator = Span(" │ ", style: theme.dimStyle)
        var left = [Span(" frontier", style: theme.headerStyle), Span(" AI industry dashboard", style: theme.dimStyle)]
        left += [context.glyphs == .ascii ? Span(" | ", style: theme.dimStyle) : separator, Span(summary.counts)]
        let right = summary.span.map { [Span($0 + " ", style: theme.dimStyle)] } ?? []
        StatusLine(left: left, right: right, style: theme.base, glyphs: context.glyphs).render(into: &grid, area: area)
    }
}

/// Shown instead of the dashboard when the terminal is smaller than the layout can use.
enum TooSmallView {
    static func render(into grid: inout Grid, width: Int, height: Int, context: RenderContext) {
        let lines = [
            "terminal too small: need \(DashboardLayout.minimumWidth)x\(DashboardLayout.minimumHeight)",
            "now \(width)x\(height) · q quits",
        ]
        let top = max(0, (height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let text = TextLayout.truncate(line, toWidth: width, ellipsis: context.glyphs.ellipsis)
            let x = max(0, (width - DisplayWidth.of(text)) / 2)
            grid.put(text, x: x, y: top + offset, style: offset == 0 ? context.theme.warningStyle : context.theme.dimStyle)
        }
    }
}
