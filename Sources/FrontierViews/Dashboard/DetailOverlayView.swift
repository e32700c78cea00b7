import FrontierCore
import TerminalGrid

/// The Enter overlay: a model card, a cost row or a news item, wrapped and scrollable.
enum DetailOverlayView {
    static let labelWidth = 20

    static func render(into grid: inout Grid, pane: PaneID, id: String, state: AppState, context: RenderContext) {
        let theme = context.theme
        guard let content = DetailContent.make(pane: pane, id: id, dataset: state.dataset, projection: state.projection) else {
            return
        }
        let width = min(grid.width - 4, 100)
        let height = grid.height - 2
        guard width >= 20, height >= 5 else { return }
        let textWidth = width - 4
        let lines = layoutLines(content, width: textWidth, theme: theme)
        let visibleCount = height - 2
        let maxOffset = max(0, lines.count - visibleCount)
        let offset = min(state.overlayOffset, maxOffset)
        let position = lines.count > visibleCount ? "\(offset + 1)–\(min(lines.count, offset + visibleCount))/\(lines.count)" : ""

        let box = Rect(x: (grid.width - width) / 2, y: (grid.height - height) / 2, width: width, height: height)
        grid.fill(box, with: Cell(" ", style: theme.base))
        Block(title: content.title, rightTitle: position.isEmpty ? "Esc closes" : position + " · j/k scroll",
              glyphs: context.glyphs, style: theme.focusedBorderStyle, titleStyle: theme.titleStyle)
            .render(into: &grid, area: box)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        for (row, spans) in lines[offset..<min(lines.count, offset + visibleCount)].enumerated() {
            grid.write(spans: spans, x: inner.x, y: inner.y + row, width: inner.width, ellipsis: context.glyphs.ellipsis,
                       base: theme.base)
        }
    }

    /// The content as display lines: labels in a column, values and text wrapped to `width`.
    static func layoutLines(_ content: DetailContent, width: Int, theme: Theme) -> [[Span]] {
        var result: [[Span]] = []
        let valueWidth = max(10, width - labelWidth)
        for line in content.lines {
            switch line {
            case let .heading(text):
                result.append([Span(Sanitizer.clean(text), style: theme.titleStyle)])
            case let .field(label, value):
                let wrapped = WordWrap.lines(Sanitizer.clean(value), width: valueWidth)
                for (index, piece) in wrapped.enumerated() {
                    let labelText = index == 0 ? TextLayout.fit(Sanitizer.clean(label), toWidth: labelWidth - 1) + " "
                        : String(repeating: " ", count: labelWidth)
                    result.append([Span(labelText, style: theme.dimStyle), Span(piece)])
                }
            case let .text(text):
                for piece in WordWrap.lines(Sanitizer.clean(text), width: width) { result.append([Span(piece)]) }
            case .blank:
                result.append([])
            }
        }
        return result
    }
}
