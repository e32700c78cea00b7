import FrontierCore
import TerminalGrid

/// The model comparison table: organization, parameters, licence, release date, scores, price.
enum ModelsPaneView {
    static func render(into grid: inout Grid, area: Rect, state: AppState, context: RenderContext) {
        let table = state.projection.models
        let sortColumn = table.columns.first { $0.id == table.sort.key }?.title ?? table.sort.key
        let sortText = PaneFrame.sortText(sortColumn, descending: table.sort.descending, glyphs: context.glyphs)
        let inner = PaneFrame.render(.models, title: "Models", rightTitle: "\(TablePane.countText(.models, state: state)) · \(sortText)",
                                     into: &grid, area: area, state: state, context: context)
        let theme = context.theme
        // The tick sits right after the change gutter, so the two read as one margin.
        let markColumn = Table.Column("", width: .fixed(1), priority: 95, gap: 0)
        let columns = [ChangeGutter.column, markColumn] + table.columns.map { spec in
            Table.Column(spec.title,
                         width: spec.flexible ? .flexible(min: spec.minWidth, weight: 1) : .fixed(spec.minWidth),
                         alignment: spec.alignment == .right ? .right : .left, priority: spec.priority)
        }
        // Missing values (`–`) stay in the row's colour: a dim one would cost two colour changes
        // per cell on every redraw, which is what users feel over SSH.
        let marked = Set(state.marks)
        let mark = Span(String(context.glyphs.check), style: theme.highlightStyle)
        TablePane.render(.models, columns: columns, into: &grid, area: inner, state: state, context: context) { id in
            guard let index = state.projection.rowIndex(of: id, in: .models) else { return [] }
            let row = table.rows[index]
            let change = state.change(of: id, in: .models)
            let cells = row.cells.enumerated().map { column, text in
                Span(text, style: column == 0 ? ChangeGutter.nameStyle(change, theme: theme) : .plain)
            }
            return [ChangeGutter.span(change, context: context), marked.contains(row.id) ? mark : Span(" ")] + cells
        }
    }
}
