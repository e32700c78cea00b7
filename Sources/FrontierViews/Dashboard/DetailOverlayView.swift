import FrontierCore
import TerminalGrid

/// The Enter overlay: a model card, a cost row or a news item, wrapped and scrollable.
enum DetailOverlayView {
    static let labelWidth = 20
    static let maxWidth = 100

    static func render(into grid: inout Grid, pane: PaneID, id: String, state: AppState, context: RenderContext) {
        let theme = context.theme
        guard let content = DetailContent.make(pane: pane, id: id, dataset: state.dataset, projection: state.projection) else {
            return
        }
        let title = DisplayCut.cut(content.title, to: DisplayCut.row)
        let lines = layoutLines(content, width: ScrolledBox.textWidth(gridWidth: grid.width, maxWidth: maxWidth),
                                theme: theme, glyphs: context.glyphs)
        ScrolledBox.render(title: title, lines: lines, offset: state.overlayOffset, maxWidth: maxWidth,
                           into: &grid, context: context)
    }

    /// The content as display lines: labels in a column, values and text wrapped to `width`.
    static func layoutLines(_ content: DetailContent, width: Int, theme: Theme, glyphs: Glyphs = .unicode) -> [[Span]] {
        var result: [[Span]] = []
        let valueWidth = max(10, width - labelWidth)
        for line in content.lines {
            switch line {
            case let .heading(text):
                result.append([Span(Sanitizer.clean(DisplayCut.cut(text, to: DisplayCut.row)), style: theme.titleStyle)])
            case let .field(label, value):
                let wrapped = WordWrap.lines(Sanitizer.clean(DisplayCut.cut(value, to: DisplayCut.detail)), width: valueWidth)
                for (index, piece) in wrapped.enumerated() {
                    let labelText = index == 0 ? TextLayout.fit(Sanitizer.clean(DisplayCut.cut(label, to: DisplayCut.row)), toWidth: labelWidth - 1, ellipsis: glyphs.ellipsis) + " "
                        : String(repeating: " ", count: labelWidth)
                    result.append([Span(labelText, style: theme.dimStyle), Span(piece)])
                }
            case let .text(text):
                for piece in WordWrap.lines(Sanitizer.clean(DisplayCut.cut(text, to: DisplayCut.detail)), width: width) { result.append([Span(piece)]) }
            case .blank:
                result.append([])
            }
        }
        return result
    }
}
