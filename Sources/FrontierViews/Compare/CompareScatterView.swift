import FrontierCore
import TerminalGrid

/// The compare scatter: price per 1M tokens (log) across, a benchmark up, the Pareto frontier
/// as a line, labelled points and the cursor's point in reverse video.
///
/// Axes, ticks and titles are drawn here around the `Scatter` widget, which draws only dots.
/// Labels go beside their point where there is room and are left out where there is not; the
/// cursor's point is labelled first, and its figures are always on the status line anyway.
enum CompareScatterView {
    /// The y title, three rows of plot, the x axis, its tick labels and its title.
    static let minimumHeight = 7

    static func render(_ plot: ComparePlot, cursor: Int, emphasized: Set<String>, showsField: Bool,
                       into grid: inout Grid, area: Rect, context: RenderContext) {
        let area = area.intersection(grid.bounds)
        guard area.height >= minimumHeight, area.width >= 20 else { return }
        let theme = context.theme
        let glyphs = context.glyphs
        let border = glyphs.border

        let note = showsField ? "all models; mark two or more to plot only them" : ""
        let legend = [Span("line", style: Style(foreground: theme.up)),
                      Span(" = Pareto frontier (nothing cheaper scores higher)", style: theme.dimStyle)]
        let legendWidth = legend.reduce(0) { $0 + DisplayWidth.of($1.text) }
        let titleText = Sanitizer.clean(plot.yTitle) + (note.isEmpty ? "" : CompareView.separator(glyphs) + note)
        let titleWidth = min(DisplayWidth.of(titleText), area.width)
        grid.write(titleText, x: area.x, y: area.y, width: titleWidth, ellipsis: glyphs.ellipsis, style: theme.titleStyle)
        if titleWidth + 2 + legendWidth <= area.width {
            grid.write(spans: legend, x: area.maxX - legendWidth, y: area.y, width: legendWidth)
        }

        let labelWidth = plot.yTicks.map { DisplayWidth.of($0.label) }.max() ?? 0
        let axisX = area.x + labelWidth + 1
        let plotArea = Rect(x: axisX + 1, y: area.y + 1, width: area.maxX - axisX - 1, height: area.height - 4)
        let axisY = plotArea.maxY
        let xAxis = Scatter.Axis.logarithmic(min: plot.xRange.lowerBound, max: plot.xRange.upperBound)
        let yAxis = Scatter.Axis.linear(min: plot.yRange.lowerBound, max: plot.yRange.upperBound)
        let geometry = PlotGeometry(area: plotArea, xAxis: xAxis, yAxis: yAxis, glyphs: glyphs)

        // Axes first: the y axis with a tee at each tick, the x axis with a tee under each decade.
        let yTicks = spacedTicks(plot.yTicks, geometry: geometry)
        let tickRows = Set(yTicks.compactMap { geometry.row(of: $0.value) })
        for y in plotArea.y..<plotArea.maxY {
            grid.put(String(tickRows.contains(y) ? border.teeLeft : border.vertical), x: axisX, y: y, style: theme.dimStyle)
        }
        grid.put(String(border.bottomLeft), x: axisX, y: axisY, style: theme.dimStyle)
        grid.put(String(repeating: String(border.horizontal), count: plotArea.width), x: plotArea.x, y: axisY,
                 style: theme.dimStyle)
        for tick in yTicks {
            guard let y = geometry.row(of: tick.value) else { continue }
            grid.write(tick.label, x: area.x, y: y, width: labelWidth, alignment: .right, style: theme.dimStyle)
        }
        var nextFree = area.x
        for tick in plot.xTicks {
            guard let x = geometry.column(of: tick.value) else { continue }
            grid.put(String(border.teeDown), x: x, y: axisY, style: theme.dimStyle)
            let width = DisplayWidth.of(tick.label)
            let start = min(max(x - width / 2, area.x), area.maxX - width)
            guard start >= nextFree else { continue }
            grid.put(tick.label, x: start, y: axisY + 1, style: theme.dimStyle)
            nextFree = start + width + 1
        }
        let xTitle = TextLayout.truncate(Sanitizer.clean(plot.xTitle), toWidth: plotArea.width, ellipsis: glyphs.ellipsis)
        grid.put(xTitle, x: plotArea.x + (plotArea.width - DisplayWidth.of(xTitle)) / 2, y: axisY + 2, style: theme.dimStyle)

        let cursorIndex = plot.clampedCursor(cursor)
        let frontierStyle = Style(foreground: theme.up, attributes: .bold)
        let points = plot.points.map { point in
            Scatter.Point(x: point.x, y: point.y,
                          style: point.onFrontier ? frontierStyle
                              : emphasized.contains(point.id) ? theme.highlightStyle.adding(.bold) : theme.base)
        }
        Scatter(points: points, xAxis: xAxis, yAxis: yAxis, highlighted: cursorIndex,
                highlightStyle: Style(attributes: [.reverse, .bold]),
                line: plot.frontier.map { Scatter.Point(x: $0.x, y: $0.y) }, lineStyle: Style(foreground: theme.up),
                glyphs: glyphs)
            .render(into: &grid, area: plotArea)

        drawLabels(plot, cursor: cursorIndex, geometry: geometry, into: &grid, context: context)
    }

    /// Every tick when each gets a row of its own, else every second, third… so the labels
    /// stay evenly spaced rather than skipping whichever one collides.
    static func spacedTicks(_ ticks: [ComparePlot.Tick], geometry: PlotGeometry) -> [ComparePlot.Tick] {
        for stride in 1...max(1, ticks.count) {
            let chosen = ticks.enumerated().filter { $0.offset % stride == 0 }.map(\.element)
            let rows = chosen.compactMap { geometry.row(of: $0.value) }
            if Set(rows).count == rows.count { return chosen }
        }
        return Array(ticks.prefix(1))
    }

    /// Names beside their points: right if there is room, else left, over blank cells before
    /// over the frontier line; never over another point or name, and with a blank cell between
    /// neighbours so two names never run together.
    static func drawLabels(_ plot: ComparePlot, cursor: Int?, geometry: PlotGeometry, into grid: inout Grid,
                           context: RenderContext) {
        let area = geometry.area
        let cells = plot.points.map { geometry.cell(x: $0.x, y: $0.y) }
        var taken = Set<Int>()
        func key(_ x: Int, _ y: Int) -> Int { y * max(1, grid.width) + x }
        for cell in cells.compactMap({ $0 }) { taken.insert(key(cell.x, cell.y)) }

        var order = Array(plot.points.indices)
        order.sort { a, b in
            func rank(_ index: Int) -> Int { index == cursor ? 0 : plot.points[index].onFrontier ? 1 : 2 }
            return rank(a) != rank(b) ? rank(a) < rank(b) : a < b
        }
        for index in order {
            guard let cell = cells[index] else { continue }
            let text = Sanitizer.clean(plot.points[index].label)
            let width = DisplayWidth.of(text)
            func fits(_ start: Int, overLine: Bool) -> Bool {
                guard start >= area.x, start + width <= area.maxX else { return false }
                let clear = (start - 1...start + width).allSatisfy { !taken.contains(key($0, cell.y)) || $0 == cell.x }
                return clear && (overLine || (start..<start + width).allSatisfy { grid[$0, cell.y].symbol == " " })
            }
            let right = cell.x + 1
            let left = cell.x - width
            let choices = [(right, false), (left, false), (right, true), (left, true)]
            guard let start = choices.first(where: { fits($0.0, overLine: $0.1) })?.0 else { continue }
            let style = index == cursor ? context.theme.selectionStyle
                : plot.points[index].onFrontier ? context.theme.base : context.theme.dimStyle
            grid.put(text, x: start, y: cell.y, style: style)
            for x in start..<(start + width) { taken.insert(key(x, cell.y)) }
        }
    }
}
