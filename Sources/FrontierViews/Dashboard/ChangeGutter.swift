import FrontierCore
import TerminalGrid

/// The mark of a row a reload added or changed: `+` or `~` in a one-cell gutter at the row's
/// left edge, in the theme's `added` or `changed` style, which also colours the row's name.
///
/// The glyph carries the meaning on its own, so a colourless terminal (`NO_COLOR`, the mono
/// theme) shows it as well. The gutter is always there, marked or not, so a mark appearing or
/// expiring rewrites one cell and a name, never shifts the row.
enum ChangeGutter {
    /// The gutter column of a table pane; kept until the pane is narrower than anything else needs.
    static let column = Table.Column("", width: .fixed(1), priority: 96)

    /// The gutter cell for a row's mark, blank without one.
    static func span(_ change: RowChange?, context: RenderContext) -> Span {
        guard let change else { return Span(" ") }
        switch change.kind {
        case .added: return Span(String(context.glyphs.added), style: context.theme.addedStyle)
        case .changed: return Span(String(context.glyphs.changed), style: context.theme.changedStyle)
        }
    }

    /// The style of a marked row's name: the mark's colour, without the bold of the glyph.
    static func nameStyle(_ change: RowChange?, theme: Theme) -> Style {
        guard let change else { return .plain }
        return Style(foreground: change.kind == .added ? theme.added : theme.changed)
    }
}
