/// A one-row trend: one level glyph per value, oldest on the left, newest on the right.
///
/// When there are more values than columns the oldest are dropped, since the recent end of a
/// trend is what a dashboard is watched for.
public struct Sparkline: Sendable {
    /// nil or non-finite values leave their column blank, so a gap in the data shows as a gap.
    public var values: [Double?]
    /// The values mapped to the lowest and highest level; nil spans the data's own range.
    public var range: ClosedRange<Double>?
    public var glyphs: Glyphs
    public var style: Style

    public init(values: [Double?], range: ClosedRange<Double>? = nil, glyphs: Glyphs = .unicode, style: Style = .plain) {
        self.values = values
        self.range = range
        self.glyphs = glyphs
        self.style = style
    }

    /// Draws in the first row of `area`.
    public func render(into grid: inout Grid, area: Rect) {
        let area = area.intersection(grid.bounds)
        guard !area.isEmpty, !glyphs.levels.isEmpty else { return }
        let shown = values.suffix(area.width)
        let finite = shown.compactMap { $0 }.filter(\.isFinite)
        guard let low = range?.lowerBound ?? finite.min(), let high = range?.upperBound ?? finite.max() else {
            grid.fill(Rect(x: area.x, y: area.y, width: shown.count, height: 1), with: Cell(" ", style: style))
            return
        }
        let top = glyphs.levels.count - 1
        for (column, value) in shown.enumerated() {
            var symbol = " "
            if let value, value.isFinite {
                let fraction = high > low ? (value - low) / (high - low) : 0
                let level = Int((min(max(fraction, 0), 1) * Double(top)).rounded())
                symbol = String(glyphs.levels[level])
            }
            grid.put(symbol, x: area.x + column, y: area.y, maxWidth: 1, style: style)
        }
    }
}
