import FrontierCore
import TerminalGrid

/// The news timeline: newest first, date, headline, organizations and source.
enum NewsPaneView {
    static func render(into grid: inout Grid, area: Rect, state: AppState, context: RenderContext) {
        let timeline = state.projection.news
        let sortText = PaneFrame.sortText(timeline.sort.key, descending: timeline.sort.descending, glyphs: context.glyphs)
        let unseen = state.unseenNews.count
        let title = unseen > 0 ? "News (\(unseen) new)" : "News"
        let inner = PaneFrame.render(.news, title: title, rightTitle: "\(TablePane.countText(.news, state: state)) · \(sortText)",
                                     into: &grid, area: area, state: state, context: context)
        let theme = context.theme
        // A mark beside the news of the organization selected in the Models pane.
        let linked = state.follow ? nil : state.linkedOrganization
        // In the row's own colour: a coloured mark would cost two colour changes per row whenever
        // the selection moves to another organization.
        let marker = Span(String(context.glyphs.bullet))
        // At 80 columns the pane is 38 cells inside: the gutter, the link mark, the date and a
        // 23-cell headline fill it exactly, so no column has to go.
        let columns = [
            ChangeGutter.column,
            Table.Column("", width: .fixed(1), priority: 95, gap: 0),
            Table.Column("Date", width: .fixed(11), priority: 90),
            Table.Column("Headline", width: .flexible(min: 23, weight: 4), priority: 100),
            Table.Column("Orgs", width: .flexible(min: 8, weight: 1), priority: 50),
            Table.Column("Source", width: .flexible(min: 12, weight: 1), priority: 40),
        ]
        TablePane.render(.news, columns: columns, into: &grid, area: inner, state: state, context: context) { id in
            guard let index = state.projection.rowIndex(of: id, in: .news) else { return [] }
            let row = timeline.rows[index]
            let mark = linked.map { row.organizationIDs.contains($0) } == true ? marker : Span(" ")
            let change = state.change(of: id, in: .news)
            // Date, headline and organizations share the plain style: a new item moves every row
            // below it down, and each colour change a row would cost about 11 bytes more per
            // row (the append budget is 1.5 KB at 120x40).
            return [ChangeGutter.span(change, context: context), mark, Span(row.date),
                    Span(row.headline, style: ChangeGutter.nameStyle(change, theme: theme)),
                    Span(row.organizations), Span(row.source, style: theme.dimStyle)]
        }
    }
}
