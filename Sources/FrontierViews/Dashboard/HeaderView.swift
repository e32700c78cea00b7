import FrontierCore
import TerminalGrid

/// The top line: the name, what the dataset holds, where it came from, and its date span.
///
/// What does not fit goes in this order: the tagline, the date span, then the counts of
/// organizations and prices and the long form of the origin; only then is the summary cut, so
/// the models and news counts and where the data came from (and how old it is) stay longest.
enum HeaderView {
    static func render(into grid: inout Grid, area: Rect, state: AppState, context: RenderContext) {
        let theme = context.theme
        let summary = HeaderSummary(dataset: state.dataset, index: state.projection.index, origin: context.originWithAge,
                                    shortOrigin: context.shortOriginWithAge)
        let separator = Span(context.glyphs == .ascii ? " | " : " │ ", style: theme.dimStyle)
        let name = Span(" frontier", style: theme.headerStyle)
        let tagline = Span(" AI industry dashboard", style: theme.dimStyle)
        let span = summary.span.map { [Span($0 + " ", style: theme.dimStyle)] } ?? []
        let candidates: [(left: [Span], right: [Span])] = [
            ([name, tagline, separator, Span(summary.counts)], span),
            ([name, separator, Span(summary.counts)], span),
            ([name, separator, Span(summary.counts)], []),
            ([name, separator, Span(summary.compactCounts)], []),
        ]
        // One column between the two sides, so they never run together.
        let fitting = candidates.first { width(of: $0.left) + (($0.right.isEmpty) ? 0 : width(of: $0.right) + 1) <= area.width }
            ?? candidates[candidates.count - 1]
        StatusLine(left: fitting.left, right: fitting.right, style: theme.base, glyphs: context.glyphs).render(into: &grid, area: area)
    }

    private static func width(of spans: [Span]) -> Int {
        spans.reduce(0) { $0 + DisplayWidth.of($1.text) }
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
