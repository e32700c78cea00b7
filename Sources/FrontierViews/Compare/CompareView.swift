import FrontierCore
import TerminalGrid

/// The `c` overlay: the marked models head to head, and price against a benchmark on a scatter.
///
/// It covers the whole screen in one bordered box: the table on top, the scatter under it, the
/// cursor's point on a status line, and the keys at the bottom. The table takes the rows it
/// needs while the chart keeps its minimum; on a short screen both shrink, the table cutting
/// rows and saying so, and below that the chart gives way. Nothing here reads the clock or the
/// state beyond what it is passed, so every frame is a function of its arguments.
public enum CompareView {
    /// The keys the compare view answers to, until the key table lists them.
    public static let defaultHints: [(keys: String, label: String)] = [
        ("Space", "mark"), ("x/y", "axes"), ("h/l", "point"), ("Esc", "close"),
    ]

    /// Shown instead of the table while no model is marked, so the empty view says what to do.
    public static let emptyMessage = "Mark models with Space in the Models pane, then press c"

    /// Draws the overlay over the whole of `grid`.
    ///
    /// - Parameters:
    ///   - marked: model ids in the order they were marked; the table's columns follow it, and
    ///     ids no longer in the dataset are skipped.
    ///   - axes: the user's choice of price and benchmark; a stale benchmark falls back.
    ///   - cursor: an index into the plotted points in price order; clamped here.
    ///   - hints: key and label pairs for the bottom line.
    public static func render(into grid: inout Grid, dataset: Dataset, projection: Projection, marked: [String],
                              axes: ScatterAxes, cursor: Int, hints: [(keys: String, label: String)] = defaultHints,
                              context: RenderContext) {
        let theme = context.theme
        let glyphs = context.glyphs
        let box = grid.bounds
        guard !box.isEmpty else { return }
        let table = CompareTable(dataset: dataset, index: projection.index, modelIDs: marked, mix: projection.mix)
        let plot = ComparePlot(dataset: dataset, index: projection.index, marked: marked, axes: axes, mix: projection.mix)

        grid.fill(box, with: Cell(" ", style: theme.base))
        let count = table.columns.count
        Block(title: "Compare (\(count) \(count == 1 ? "model" : "models"))", rightTitle: "mix \(projection.mix) in:out",
              glyphs: glyphs, style: theme.focusedBorderStyle, titleStyle: theme.titleStyle)
            .render(into: &grid, area: box)
        let content = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        guard !content.isEmpty else { return }

        let sections = Sections(content: content, tableHeight: count == 0 ? 2 : CompareTableView.fullHeight(table))
        if count == 0 {
            grid.write(emptyMessage, x: sections.table.x, y: sections.table.y, width: sections.table.width,
                       ellipsis: glyphs.ellipsis, style: theme.warningStyle)
        } else {
            CompareTableView.render(table, into: &grid, area: sections.table, context: context)
        }
        if let chart = sections.chart {
            CompareScatterView.render(plot, cursor: cursor, emphasized: Set(marked), showsField: count < 2,
                                      into: &grid, area: chart, context: context)
        }
        if let status = sections.status { drawStatus(plot, cursor: cursor, into: &grid, area: status, context: context) }
        drawHints(hints, into: &grid, area: sections.hints, context: context)
    }

    /// Between parts of a line: a middle dot, or a bar where only ASCII shows.
    static func separator(_ glyphs: Glyphs) -> String {
        glyphs == .ascii ? " | " : " · "
    }

    /// `DeepSeek-R1 · $0.96 · 71.5 · on the frontier`, and the cursor's place among the points.
    static func drawStatus(_ plot: ComparePlot, cursor: Int, into grid: inout Grid, area: Rect, context: RenderContext) {
        let theme = context.theme
        let separator = separator(context.glyphs)
        var left: [Span]
        if let index = plot.clampedCursor(cursor) {
            let point = plot.points[index]
            left = [Span(Sanitizer.clean(point.label), style: theme.titleStyle),
                    Span(separator + point.xText + " " + plot.axes.x.rawValue + separator + point.yText)]
            if point.onFrontier { left.append(Span(separator + "on the frontier", style: Style(foreground: theme.up))) }
        } else if let benchmark = plot.benchmark {
            left = [Span("No model here has both a price and a " + Sanitizer.clean(benchmark.name) + " score",
                         style: theme.dimStyle)]
        } else {
            left = [Span("No scores to plot", style: theme.dimStyle)]
        }
        var right = plot.clampedCursor(cursor).map { "point \($0 + 1)/\(plot.points.count)" } ?? ""
        if !plot.unplotted.isEmpty {
            // Models without a price or a score cannot be placed; say how many, so none vanish unremarked.
            right += (right.isEmpty ? "" : separator) + "\(plot.unplotted.count) not plotted"
        }
        StatusLine(left: left, right: [Span(right, style: theme.dimStyle)], style: theme.base, glyphs: context.glyphs)
            .render(into: &grid, area: area)
    }

    static func drawHints(_ hints: [(keys: String, label: String)], into grid: inout Grid, area: Rect,
                          context: RenderContext) {
        let theme = context.theme
        var spans: [Span] = []
        for (offset, hint) in hints.enumerated() {
            if offset > 0 { spans.append(Span(separator(context.glyphs), style: theme.dimStyle)) }
            spans += [Span(hint.keys, style: theme.headerStyle), Span(" " + hint.label, style: theme.dimStyle)]
        }
        grid.write(spans: spans, x: area.x, y: area.y, width: area.width, ellipsis: context.glyphs.ellipsis)
    }
}

extension CompareView {
    /// The rows of the box: table, gap, chart, status line, key hints (bottom up in priority).
    struct Sections {
        var table: Rect
        var chart: Rect?
        var status: Rect?
        var hints: Rect

        init(content: Rect, tableHeight: Int) {
            hints = Rect(x: content.x, y: content.maxY - 1, width: content.width, height: 1)
            let hasStatus = content.height >= 2
            status = hasStatus ? Rect(x: content.x, y: content.maxY - 2, width: content.width, height: 1) : nil
            let rest = max(0, content.height - (hasStatus ? 2 : 1))
            let minimumChart = CompareScatterView.minimumHeight
            let tableRows: Int
            let chartRows: Int
            if rest >= tableHeight + 1 + minimumChart {
                tableRows = tableHeight
                chartRows = rest - tableHeight - 1
            } else if rest >= 3 + 1 + minimumChart {
                // Too short for both in full: the chart keeps its minimum or half, the table the rest.
                chartRows = max(minimumChart, rest / 2)
                tableRows = rest - chartRows - 1
            } else {
                tableRows = rest
                chartRows = 0
            }
            table = Rect(x: content.x, y: content.y, width: content.width, height: tableRows)
            chart = chartRows > 0 ? Rect(x: content.x, y: content.maxY - (hasStatus ? 2 : 1) - chartRows,
                                         width: content.width, height: chartRows) : nil
        }
    }
}
