import Foundation // log10 only; the standard library has no logarithm.

/// Horizontal bars, one item a row: a label column, the bar, and a value label.
///
/// Bars use eighth blocks where the glyph set has them, so values a few percent apart still
/// look different. A logarithmic scale lets costs that differ a thousandfold share one chart
/// while keeping the small ones visible and the gaps honest.
///
/// Text from callers goes through `Sanitizer.clean` here, so data can never reach the terminal raw.
public struct BarChart: Sendable {
    public struct Item: Hashable, Sendable {
        public var label: String
        /// nil, zero, negative, NaN or infinite values draw no bar; the value label still shows.
        public var value: Double?
        public var valueLabel: String
        public var style: Style
        /// A second value drawn over the first bar in `innerStyle`, e.g. an input price inside
        /// its output price; the outer bar is then drawn in the glyph set's shade so the two
        /// stay distinct without colour.
        public var inner: Double?
        public var innerStyle: Style
        /// Laid over the chart's label style for this item alone, e.g. to point out related rows.
        public var labelStyle: Style
        /// A mark in the chart's gutter, before the label (a `+` for a new row); cut to `gutterWidth`.
        public var gutter: Span

        public init(label: String, value: Double?, valueLabel: String = "", style: Style = .plain,
                    inner: Double? = nil, innerStyle: Style = .plain, labelStyle: Style = .plain, gutter: Span = Span("")) {
            self.label = label
            self.value = value
            self.valueLabel = valueLabel
            self.style = style
            self.inner = inner
            self.innerStyle = innerStyle
            self.labelStyle = labelStyle
            self.gutter = gutter
        }
    }

    /// How a value maps to a bar length.
    public enum Scale: Hashable, Sendable {
        /// 0 to `max` across the full width.
        case linear(max: Double)
        /// `min` to `max` by orders of magnitude; values at or below `min` get no bar.
        case logarithmic(min: Double, max: Double)
    }

    /// Where the value label goes.
    public enum ValuePlacement: Hashable, Sendable {
        /// Just after the end of the bar.
        case afterBar
        /// Right-aligned at the right edge of the area.
        case right
    }

    public var items: [Item]
    public var scale: Scale
    public var glyphs: Glyphs
    /// The width of the label column; nil fits the longest label, up to a third of the area.
    public var labelWidth: Int?
    /// Cells before the labels for each item's `gutter`; 0 for none. Kept whether or not any
    /// item has a mark, so a mark appearing never shifts the bars.
    public var gutterWidth: Int
    public var valuePlacement: ValuePlacement
    public var labelStyle: Style
    public var selected: Int?
    /// Laid over the selected item's label and value; keep `.reverse` so it shows without colour.
    public var selectionStyle: Style

    public init(
        items: [Item], scale: Scale, glyphs: Glyphs = .unicode, labelWidth: Int? = nil, gutterWidth: Int = 0,
        valuePlacement: ValuePlacement = .afterBar, labelStyle: Style = .plain, selected: Int? = nil,
        selectionStyle: Style = Style(attributes: .reverse)
    ) {
        self.items = items
        self.scale = scale
        self.glyphs = glyphs
        self.labelWidth = labelWidth
        self.gutterWidth = gutterWidth
        self.valuePlacement = valuePlacement
        self.labelStyle = labelStyle
        self.selected = selected
        self.selectionStyle = selectionStyle
    }

    /// The bar for `value` in a bar area `width` cells wide: whole cells plus eighths of one.
    ///
    /// Pure and total: any value, scale or width gives a length between zero and `width` cells.
    public static func length(of value: Double?, scale: Scale, width: Int) -> (full: Int, eighths: Int) {
        guard width > 0, let value, value.isFinite, value > 0 else { return (0, 0) }
        let fraction: Double
        switch scale {
        case let .linear(maximum):
            guard maximum.isFinite, maximum > 0 else { return (0, 0) }
            fraction = value / maximum
        case let .logarithmic(minimum, maximum):
            guard minimum.isFinite, maximum.isFinite, minimum > 0, maximum > minimum else { return (0, 0) }
            fraction = (log10(value) - log10(minimum)) / (log10(maximum) - log10(minimum))
        }
        let clamped = Swift.min(Swift.max(fraction, 0), 1)
        let eighths = Int((clamped * Double(width * 8)).rounded())
        return (eighths / 8, eighths % 8)
    }

    /// Draws one item a row from the top, clearing those rows; items beyond the height are not drawn.
    public func render(into grid: inout Grid, area: Rect) {
        let area = area.intersection(grid.bounds)
        guard !area.isEmpty else { return }
        let labels = items.map { Sanitizer.clean($0.label) }
        let values = items.map { Sanitizer.clean($0.valueLabel) }
        let widestLabel = labels.map(DisplayWidth.of).max() ?? 0
        let gutterColumn = min(max(0, gutterWidth), area.width)
        let labelColumn = min(max(0, labelWidth ?? min(widestLabel, area.width / 3)), area.width - gutterColumn)
        let valueColumn = values.map(DisplayWidth.of).max() ?? 0
        let labelStart = area.x + gutterColumn
        let barStart = labelStart + labelColumn + (labelColumn > 0 ? 1 : 0)
        let barWidth = max(0, area.maxX - barStart - (valueColumn > 0 ? valueColumn + 1 : 0))

        for (row, item) in items.prefix(area.height).enumerated() {
            let y = area.y + row
            let emphasis = row == selected ? selectionStyle : .plain
            grid.fill(Rect(x: area.x, y: y, width: area.width, height: 1), with: .blank)
            if gutterColumn > 0 {
                grid.write(Sanitizer.clean(item.gutter.text), x: area.x, y: y, width: gutterColumn, ellipsis: "",
                           style: item.gutter.style.patched(with: emphasis))
            }
            grid.write(labels[row], x: labelStart, y: y, width: labelColumn, ellipsis: glyphs.ellipsis,
                       style: labelStyle.patched(with: item.labelStyle).patched(with: emphasis))
            let drawn = drawBar(item, into: &grid, x: barStart, y: y, width: barWidth)

            let valueX: Int
            switch valuePlacement {
            case .afterBar: valueX = barStart + drawn + (drawn > 0 ? 1 : 0)
            case .right: valueX = area.maxX - DisplayWidth.of(values[row])
            }
            let valueWidth = max(0, area.maxX - max(valueX, barStart))
            grid.write(values[row], x: max(valueX, barStart), y: y, width: min(valueWidth, valueColumn),
                       ellipsis: glyphs.ellipsis, style: item.style.patched(with: emphasis))
        }
    }

    /// Draws the bar (and its inner bar) and returns the cells it took.
    private func drawBar(_ item: Item, into grid: inout Grid, x: Int, y: Int, width: Int) -> Int {
        guard item.inner != nil else { return grid.put(bar(for: item.value, width: width), x: x, y: y, maxWidth: width, style: item.style) }
        let outer = Self.length(of: item.value, scale: scale, width: width)
        let outerCells = outer.full + (outer.eighths > 0 ? 1 : 0)
        let drawn = grid.put(String(repeating: String(glyphs.shade), count: outerCells), x: x, y: y,
                             maxWidth: width, style: item.style)
        grid.put(bar(for: item.inner, width: width), x: x, y: y, maxWidth: width, style: item.innerStyle)
        return drawn
    }

    private func bar(for value: Double?, width: Int) -> String {
        guard let full = glyphs.horizontalBar.last else { return "" }
        let length = Self.length(of: value, scale: scale, width: width)
        let pieces = glyphs.horizontalBar.count
        let partial = length.eighths * pieces / 8
        var bar = String(repeating: String(full), count: length.full)
        if partial > 0 { bar.append(glyphs.horizontalBar[partial - 1]) }
        return bar
    }
}
