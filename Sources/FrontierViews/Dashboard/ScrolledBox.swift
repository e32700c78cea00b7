import FrontierCore
import TerminalGrid

/// A centred, bordered box of styled lines that scrolls, for the help and detail overlays.
///
/// When the lines do not fit, the title's right side says which ones show and how to scroll,
/// and `offset` (the state's `overlayOffset`) is clamped so the last line can be reached but
/// never scrolled past.
enum ScrolledBox {
    /// The widest text a box offers at `gridWidth`: its width less the border and padding.
    static func textWidth(gridWidth: Int, maxWidth: Int) -> Int {
        boxWidth(gridWidth: gridWidth, maxWidth: maxWidth) - 4
    }

    static func boxWidth(gridWidth: Int, maxWidth: Int) -> Int {
        min(gridWidth - 4, maxWidth)
    }

    /// The furthest `lines` lines can scroll in a grid `gridHeight` rows tall.
    static func maxOffset(lineCount: Int, gridHeight: Int) -> Int {
        max(0, lineCount - max(0, gridHeight - 4))
    }

    /// Draws the box: as tall as the screen allows when `fitToText` is false (so a card keeps
    /// its size while it scrolls), else only as large as its lines.
    static func render(title: String, lines: [[Span]], offset: Int, maxWidth: Int, fitToText: Bool = false,
                       into grid: inout Grid, context: RenderContext) {
        let theme = context.theme
        var width = boxWidth(gridWidth: grid.width, maxWidth: maxWidth)
        if fitToText {
            let widest = lines.map { $0.reduce(0) { $0 + DisplayWidth.of($1.text) } }.max() ?? 0
            width = min(width, max(widest, DisplayWidth.of(title) + 24) + 4)
        }
        let height = fitToText ? min(grid.height - 2, lines.count + 2) : grid.height - 2
        guard width >= 20, height >= 3 else { return }
        let visibleCount = height - 2
        let start = min(max(0, offset), max(0, lines.count - visibleCount))
        let dash = context.glyphs == .ascii ? "-" : "–"
        let position = lines.count > visibleCount
            ? "\(start + 1)\(dash)\(min(lines.count, start + visibleCount))/\(lines.count) j/k scroll" : "Esc closes"

        let box = Rect(x: (grid.width - width) / 2, y: (grid.height - height) / 2, width: width, height: height)
        grid.fill(box, with: Cell(" ", style: theme.base))
        Block(title: title, rightTitle: position, glyphs: context.glyphs, style: theme.focusedBorderStyle,
              titleStyle: theme.titleStyle)
            .render(into: &grid, area: box)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        for (row, spans) in lines[start..<min(lines.count, start + visibleCount)].enumerated() {
            grid.write(spans: spans, x: inner.x, y: inner.y + row, width: inner.width, ellipsis: context.glyphs.ellipsis,
                       base: theme.base)
        }
    }
}
