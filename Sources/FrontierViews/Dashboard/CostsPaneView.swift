import Foundation
import FrontierCore
import TerminalGrid

/// The cost charts: training cost by model and API price per 1M tokens, both on log scales.
///
/// Costs run from $930 to $191M and prices from $0.14 to $150, so linear bars would flatten
/// the small values to nothing; the scale is named in each title and marked on an axis.
enum CostsPaneView {
    /// One chart of the pane: its title row, the rows its bars occupy, and which bars show.
    struct Section {
        var title: Rect
        var rows: Rect
        var axis: Rect?
        var ids: [String]
        var visible: Range<Int>
        var selected: Int?
    }

    /// One cell before each bar's label for its change mark (`+`, `~`).
    static let gutterWidth = 1

    /// Bar labels take up to 18 columns, less in a narrow pane so the bars keep room.
    static func labelWidth(_ inner: Rect) -> Int {
        min(18, max(8, inner.width / 3))
    }

    static func render(into grid: inout Grid, area: Rect, state: AppState, context: RenderContext) {
        let chart = state.projection.costs
        let inner = PaneFrame.render(.costs, title: "Costs", rightTitle: (state.filter(.costs) != nil || state.follow ? TablePane.countText(.costs, state: state) + " · " : "")
                                         + PaneFrame.sortText(chart.sort.key, descending: chart.sort.descending, glyphs: context.glyphs),
                                     into: &grid, area: area, state: state, context: context)
        let theme = context.theme
        let glyphs = context.glyphs
        let sections = sections(inner: inner, state: state)
        guard sections.count == 2 else { return }
        let selection = PaneFrame.selectionStyle(.costs, state: state, theme: theme)

        let training = sections[0]
        let trainingScale = BarChart.Scale.logarithmic(min: chart.trainingScale.lowerBound, max: chart.trainingScale.upperBound)
        grid.write(spans: [Span("Training cost", style: theme.titleStyle), shownCount(training, glyphs: glyphs, theme: theme),
                           Span(" (log) · est = outside estimate · calc = GPU-h × $2", style: theme.dimStyle)],
                   x: training.title.x, y: training.title.y, width: training.title.width, ellipsis: glyphs.ellipsis)
        let trainingBars = Dictionary(chart.training.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let trainingItems = training.ids[training.visible].compactMap { trainingBars[$0] }.map { bar in
            let change = state.change(of: bar.id, in: .costs)
            return BarChart.Item(label: linkMark(bar.organization, state: state, glyphs: glyphs) + DisplayCut.cut(bar.label, to: DisplayCut.row), value: bar.cost,
                                 valueLabel: bar.costText + (bar.basisMark.isEmpty ? "" : " " + bar.basisMark),
                                 style: bar.basisMark.isEmpty ? theme.seriesStyle(0) : theme.seriesStyle(2),
                                 labelStyle: ChangeGutter.nameStyle(change, theme: theme),
                                 gutter: ChangeGutter.span(change, context: context))
        }
        let trainingChart = BarChart(items: trainingItems, scale: trainingScale, glyphs: glyphs, labelWidth: labelWidth(inner),
                                     gutterWidth: gutterWidth, labelStyle: theme.base, selected: training.selected.map { $0 - training.visible.lowerBound },
                                     selectionStyle: selection)
        trainingChart.render(into: &grid, area: training.rows)
        if let axis = training.axis {
            drawAxis(into: &grid, area: axis, labelWidth: gutterWidth + labelWidth(inner), scale: chart.trainingScale,
                     valueWidth: trainingItems.map { DisplayWidth.of($0.valueLabel) }.max() ?? 0,
                     style: theme.dimStyle, format: Format.usd)
        }

        let prices = sections[1]
        let full = glyphs.horizontalBar.last.map(String.init) ?? "#"
        let hiddenPrices = state.filter(.costs)?.hiddenMatches ?? state.projection.hiddenCount(.costs)
        // Before the legend, which a narrow pane cuts: the rows at the end are news.
        let leftOut = hiddenPrices > 0 ? "\(hiddenPrices) more" + TablePane.hiddenKeyHint + " · "
            : chart.zeroPriced > 0 && chart.sort.key == "value" ? "\(chart.zeroPriced) free/non-text last · " : ""
        // What "current" means: each model's newest price on this day, not in the future, not ended.
        let currentOn = state.projection.index.today.map { "current on " + $0.description.dropFirst(5) + " · " } ?? ""
        grid.write(spans: [Span("API price per 1M tokens", style: theme.titleStyle), shownCount(prices, glyphs: glyphs, theme: theme),
                           Span(" (log) · ", style: theme.dimStyle),
                           Span(leftOut + currentOn, style: theme.dimStyle),
                           Span(full + " input", style: theme.seriesStyle(0)),
                           Span(" ", style: theme.dimStyle),
                           Span(String(glyphs.shade) + " output", style: theme.seriesStyle(1))],
                   x: prices.title.x, y: prices.title.y, width: prices.title.width, ellipsis: glyphs.ellipsis)
        let priceScale = BarChart.Scale.logarithmic(min: chart.priceScale.lowerBound, max: chart.priceScale.upperBound)
        let priceBars = Dictionary(chart.prices.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let priceItems = prices.ids[prices.visible].compactMap { priceBars[$0] }.map { bar in
            let change = state.change(of: bar.id, in: .costs)
            return BarChart.Item(label: linkMark(bar.organization, state: state, glyphs: glyphs) + DisplayCut.cut(bar.label, to: DisplayCut.row), value: bar.output,
                                 valueLabel: bar.inputText + " / " + bar.outputText + changeMark(bar.change, glyphs: glyphs),
                                 style: theme.seriesStyle(1), inner: bar.input, innerStyle: theme.seriesStyle(0),
                                 labelStyle: ChangeGutter.nameStyle(change, theme: theme),
                                 gutter: ChangeGutter.span(change, context: context))
        }
        BarChart(items: priceItems, scale: priceScale, glyphs: glyphs, labelWidth: labelWidth(inner), gutterWidth: gutterWidth,
                 labelStyle: theme.base,
                 selected: prices.selected.map { $0 - prices.visible.lowerBound }, selectionStyle: selection)
            .render(into: &grid, area: prices.rows)
    }

    /// ` ▼ 09-10` after a price that was cut (`▲` raised) on that day, within the last
    /// `PriceChange.window` days.
    static func changeMark(_ change: PriceChange?, glyphs: Glyphs) -> String {
        guard let change else { return "" }
        return " \(change.isCut ? glyphs.down : glyphs.up) " + change.since.description.dropFirst(5)
    }

    /// A mark before the bars of the organization selected in the Models pane (none in follow
    /// mode, where every bar is that organization's). One character, so moving the selection to
    /// another organization rewrites one cell a bar, not the whole label.
    static func linkMark(_ organization: String?, state: AppState, glyphs: Glyphs) -> String {
        guard !state.follow, let organization, organization == state.linkedOrganization else { return " " }
        return String(glyphs.bullet)
    }

    /// ` 1-8/12` after a chart's title when not every bar fits, so hidden rows are not a surprise.
    static func shownCount(_ section: Section, glyphs: Glyphs, theme: Theme) -> Span {
        guard section.visible.count < section.ids.count else { return Span("") }
        guard !section.visible.isEmpty else { return Span(" 0/\(section.ids.count)", style: theme.highlightStyle) }
        let dash = glyphs == .ascii ? "-" : "–"
        return Span(" \(section.visible.lowerBound + 1)\(dash)\(section.visible.upperBound)/\(section.ids.count)",
                    style: theme.highlightStyle)
    }

    /// Splits the inside of the pane between the two charts in proportion to their bars.
    static func sections(inner: Rect, state: AppState) -> [Section] {
        guard inner.height >= 4 else { return [] }
        // The rows left after the pane's filter, split between the two charts.
        let ids = state.rowIDs(.costs)
        let trainingIDs = ids.filter { $0.hasPrefix(CostsChart.trainingPrefix) }
        let priceIDs = ids.filter { $0.hasPrefix(CostsChart.pricePrefix) }
        // Each chart needs a title row and its bars; the training chart also an axis row.
        let trainingNeed = trainingIDs.count + 2
        let priceNeed = priceIDs.count + 1
        let fits = inner.height >= trainingNeed + priceNeed + 1
        // When both cannot show every bar, a chart that needs less than half takes what it
        // needs and the other the rest; else each takes half. Never in proportion to the bars:
        // 166 training runs beside 5,000 prices would leave the training chart its title alone.
        let half = inner.height / 2
        let trainingRows = trainingNeed <= half ? trainingNeed
            : priceNeed <= inner.height - half ? inner.height - priceNeed : half
        let constraints: [Constraint] = fits ? [.length(trainingNeed), .fill(1)] : [.length(trainingRows), .fill(1)]
        let parts = Layout.split(inner, .vertical, constraints, spacing: fits ? 1 : 0)
        let selectedID = state.selectedID(.costs)

        func section(_ area: Rect, ids: [String], withAxis: Bool) -> Section {
            let hasAxis = withAxis && area.height >= 4
            let title = Rect(x: area.x, y: area.y, width: area.width, height: min(1, area.height))
            // Bars take the rows they need; the axis sits right under the last one.
            let barRows = min(ids.count, area.height - 1 - (hasAxis ? 1 : 0))
            let rows = Rect(x: area.x, y: area.y + 1, width: area.width, height: barRows)
            let axis = hasAxis ? Rect(x: area.x, y: rows.maxY, width: area.width, height: 1) : nil
            let selected = selectedID.flatMap { ids.firstIndex(of: $0) }
            let visible = Table.visibleRange(rowCount: ids.count, selected: selected, offset: 0, height: rows.height).range
            return Section(title: title, rows: rows, axis: axis, ids: ids, visible: visible, selected: selected)
        }
        return [section(parts[0], ids: trainingIDs, withAxis: true), section(parts[1], ids: priceIDs, withAxis: false)]
    }

    /// Tick labels at each power of ten, placed where the bars of that value end.
    static func drawAxis(into grid: inout Grid, area: Rect, labelWidth: Int, scale: ClosedRange<Double>, valueWidth: Int,
                         style: Style, format: (Double) -> String) {
        let barStart = area.x + labelWidth + 1
        let barWidth = max(0, area.maxX - barStart - (valueWidth > 0 ? valueWidth + 1 : 0))
        guard barWidth > 0 else { return }
        var decade = scale.lowerBound
        var nextFree = barStart
        while decade <= scale.upperBound * 1.0001 {
            let length = BarChart.length(of: decade, scale: .logarithmic(min: scale.lowerBound, max: scale.upperBound),
                                         width: barWidth)
            let x = barStart + length.full
            let label = format(decade)
            if x >= nextFree, x + DisplayWidth.of(label) <= area.maxX {
                grid.put(label, x: x, y: area.y, style: style)
                nextFree = x + DisplayWidth.of(label) + 1
            }
            decade *= 10
        }
    }
}
