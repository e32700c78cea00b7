/// A one-row bar with segments on the left and on the right.
///
/// The right side usually carries state that must stay readable (errors, the dataset's age, the
/// clock), so it keeps its place and the left side is cut first; the right side is only cut
/// when it alone is wider than the row.
///
/// Text from callers goes through `Sanitizer.clean` here, so data can never reach the terminal raw.
public struct StatusLine: Sendable {
    public var left: [Span]
    public var right: [Span]
    public var style: Style
    public var glyphs: Glyphs

    public init(left: [Span] = [], right: [Span] = [], style: Style = Style(attributes: .reverse),
                glyphs: Glyphs = .unicode) {
        self.left = left
        self.right = right
        self.style = style
        self.glyphs = glyphs
    }

    /// Draws in the first row of `area`, which it fills with `style`.
    public func render(into grid: inout Grid, area: Rect) {
        let area = area.intersection(grid.bounds)
        guard !area.isEmpty else { return }
        let y = area.y
        grid.fill(Rect(x: area.x, y: y, width: area.width, height: 1), with: Cell(" ", style: style))
        let leftSpans = left.map { Span(Sanitizer.clean($0.text), style: $0.style) }
        let rightSpans = right.map { Span(Sanitizer.clean($0.text), style: $0.style) }

        let rightWidth = min(rightSpans.reduce(0) { $0 + DisplayWidth.of($1.text) }, area.width)
        var drawnRight = 0
        if rightWidth > 0 {
            // Drawn into a scratch row first: a cut wide glyph may leave it a column short, and
            // it must still end flush with the right edge.
            var scratch = Grid(width: rightWidth, height: 1)
            drawnRight = scratch.write(spans: rightSpans, x: 0, y: 0, width: rightWidth,
                                       ellipsis: glyphs.ellipsis, base: style)
            for column in 0..<drawnRight {
                grid[area.maxX - drawnRight + column, y] = scratch[column, 0]
            }
        }
        let leftWidth = area.width - drawnRight - (drawnRight > 0 ? 1 : 0)
        grid.write(spans: leftSpans, x: area.x, y: y, width: leftWidth, ellipsis: glyphs.ellipsis, base: style)
    }
}
