import FrontierCore
import TerminalGrid

/// The head-to-head table of the compare view: a row per figure, a column per model.
///
/// The best value of a row is bold and in the theme's `up` colour, so it shows with and
/// without colour; a tie adds `=` after each tied value, so a shared best never reads as a
/// single winner. Who reported a score follows it in dim where the column has room.
enum CompareTableView {
    static let minimumColumnWidth = 7
    static let maximumColumnWidth = 26
    static let maximumLabelWidth = 24

    /// Rows the table takes to show everything: the header, its rows and the legend.
    static func fullHeight(_ table: CompareTable) -> Int {
        table.rows.count + 2
    }

    static func render(_ table: CompareTable, into grid: inout Grid, area: Rect, context: RenderContext) {
        let area = area.intersection(grid.bounds)
        guard !area.isEmpty, !table.columns.isEmpty else { return }
        let theme = context.theme
        let glyphs = context.glyphs

        // Two cells after the label hold the row's direction (▲ or ▼), in a column of their own.
        let widestLabel = table.rows.map { DisplayWidth.of(Sanitizer.clean($0.label)) }.max() ?? 0
        let labelWidth = min(widestLabel + 2, maximumLabelWidth, max(8, area.width / 4))
        let room = area.width - labelWidth
        let shown = min(table.columns.count, max(0, room / (minimumColumnWidth + 1)))
        let columnWidth = shown == 0 ? 0 : min(maximumColumnWidth, room / shown - 1)
        let hidden = table.columns.count - shown

        func columnX(_ index: Int) -> Int {
            area.x + labelWidth + 1 + index * (columnWidth + 1)
        }

        // Header: model names, and how many did not fit where the labels go.
        let corner = hidden > 0 ? "+\(hidden) not shown" : ""
        grid.write(TextLayout.fit(corner, toWidth: labelWidth, ellipsis: glyphs.ellipsis), x: area.x, y: area.y,
                   width: labelWidth, style: theme.dimStyle)
        for (index, column) in table.columns.prefix(shown).enumerated() {
            grid.write(Sanitizer.clean(column.name), x: columnX(index), y: area.y, width: columnWidth,
                       ellipsis: glyphs.ellipsis, style: theme.headerStyle)
        }

        let bodyHeight = area.height - 1
        let fitsWithLegend = table.rows.count + 1 <= bodyHeight
        let fits = table.rows.count <= bodyHeight
        let rowCount = fits ? table.rows.count : max(0, bodyHeight - 1)
        for (line, row) in table.rows.prefix(rowCount).enumerated() {
            let y = area.y + 1 + line
            drawLabel(row, into: &grid, x: area.x, y: y, width: labelWidth, context: context)
            for (index, cell) in row.cells.prefix(shown).enumerated() {
                grid.write(spans: cellSpans(cell, width: columnWidth, context: context), x: columnX(index), y: y,
                           width: columnWidth, ellipsis: glyphs.ellipsis, base: theme.base)
            }
        }
        let noteY = area.y + 1 + rowCount
        if !fits {
            let more = table.rows.count - rowCount
            grid.write("+\(more) more rows: a taller terminal shows them", x: area.x, y: noteY, width: area.width,
                       ellipsis: glyphs.ellipsis, style: theme.dimStyle)
        } else if fitsWithLegend {
            grid.write(spans: legend(context), x: area.x, y: noteY, width: area.width, ellipsis: glyphs.ellipsis)
        }
    }

    /// The row's label, and its direction (▲ higher is better, ▼ lower) in the last cell.
    static func drawLabel(_ row: CompareTable.Row, into grid: inout Grid, x: Int, y: Int, width: Int,
                          context: RenderContext) {
        let glyphs = context.glyphs
        grid.write(Sanitizer.clean(row.label), x: x, y: y, width: max(0, width - 2), ellipsis: glyphs.ellipsis,
                   style: context.theme.base)
        let direction: Character?
        switch row.ranking {
        case .higherIsBetter: direction = glyphs.up
        case .lowerIsBetter: direction = glyphs.down
        case .unranked: direction = nil
        }
        if let direction, width >= 3 {
            grid.put(String(direction), x: x + width - 1, y: y, style: context.theme.dimStyle)
        }
    }

    /// `59.1 self`, `75.7= DeepSeek`, `–`: the value, a tie mark, and the reporter if it fits.
    static func cellSpans(_ cell: CompareTable.Cell, width: Int, context: RenderContext) -> [Span] {
        let theme = context.theme
        if cell.mark == .missing { return [Span(missingText(context.glyphs))] }
        let bestStyle = Style(foreground: theme.up, attributes: .bold)
        var spans: [Span]
        switch cell.mark {
        case .best: spans = [Span(Sanitizer.clean(cell.text), style: bestStyle)]
        case .tiedBest: spans = [Span(Sanitizer.clean(cell.text) + "=", style: bestStyle)]
        case .normal, .missing: spans = [Span(Sanitizer.clean(cell.text))]
        }
        if let reporter = cell.reporter.map(Sanitizer.clean) {
            let used = spans.reduce(0) { $0 + DisplayWidth.of($1.text) }
            if used + 1 + DisplayWidth.of(reporter) <= width { spans.append(Span(" " + reporter, style: theme.dimStyle)) }
        }
        return spans
    }

    static func missingText(_ glyphs: Glyphs) -> String {
        glyphs == .ascii ? "-" : Format.missing
    }

    /// What bold, `=`, the arrows and the dim names mean, in one line.
    static func legend(_ context: RenderContext) -> [Span] {
        let theme = context.theme
        let glyphs = context.glyphs
        let separator = CompareView.separator(glyphs)
        return [
            Span("best", style: Style(foreground: theme.up, attributes: .bold)),
            Span(" in bold, ", style: theme.dimStyle),
            Span("=", style: Style(foreground: theme.up, attributes: .bold)),
            Span(" a tie" + separator + "\(glyphs.up) higher is better, \(glyphs.down) lower" + separator
                 + "after a score: who reported it (self = the model's own lab)", style: theme.dimStyle),
        ]
    }
}
