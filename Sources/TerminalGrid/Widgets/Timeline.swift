/// Dated entries, one a row: a date column, a marker, and the text.
///
/// The date column is as wide as the widest date so entries line up, and long text is cut with
/// an ellipsis rather than wrapped, so one entry is always one row.
///
/// Text from callers goes through `Sanitizer.clean` here, so data can never reach the terminal raw.
public struct Timeline: Sendable {
    public struct Entry: Hashable, Sendable {
        public var date: String
        public var text: String
        /// Drawn between date and text; nil uses the glyph set's bullet.
        public var marker: String?
        public var style: Style

        public init(date: String, text: String, marker: String? = nil, style: Style = .plain) {
            self.date = date
            self.text = text
            self.marker = marker
            self.style = style
        }
    }

    public var entries: [Entry]
    public var glyphs: Glyphs
    public var dateStyle: Style
    public var selected: Int?
    public var offset: Int
    /// Laid over the selected entry; keep `.reverse` so it shows without colour.
    public var selectionStyle: Style

    public init(
        entries: [Entry], glyphs: Glyphs = .unicode, dateStyle: Style = Style(attributes: .dim),
        selected: Int? = nil, offset: Int = 0, selectionStyle: Style = Style(attributes: .reverse)
    ) {
        self.entries = entries
        self.glyphs = glyphs
        self.dateStyle = dateStyle
        self.selected = selected
        self.offset = offset
        self.selectionStyle = selectionStyle
    }

    /// Draws the entries that fit, scrolled so the selected one is visible.
    public func render(into grid: inout Grid, area: Rect) {
        let area = area.intersection(grid.bounds)
        guard !area.isEmpty else { return }
        let dates = entries.map { Sanitizer.clean($0.date) }
        let markers = entries.map { $0.marker.map(Sanitizer.clean) ?? String(glyphs.bullet) }
        let dateWidth = min(dates.map(DisplayWidth.of).max() ?? 0, area.width)
        let markerWidth = min(markers.map(DisplayWidth.of).max() ?? 0, 2)
        let visible = Table.visibleRange(rowCount: entries.count, selected: selected, offset: offset,
                                         height: area.height)

        for (line, index) in visible.range.enumerated() {
            let y = area.y + line
            let entry = entries[index]
            let emphasis = index == selected ? selectionStyle : .plain
            grid.fill(Rect(x: area.x, y: y, width: area.width, height: 1), with: Cell(" ", style: emphasis))
            var x = area.x
            for (text, width, style) in [
                (dates[index], dateWidth, dateStyle), (markers[index], markerWidth, entry.style),
                (Sanitizer.clean(entry.text), area.width, entry.style),
            ] where width > 0 {
                let fieldWidth = min(width, area.maxX - x)
                guard fieldWidth > 0 else { break }
                grid.write(text, x: x, y: y, width: fieldWidth, ellipsis: glyphs.ellipsis,
                           style: style.patched(with: emphasis))
                x += fieldWidth + 1
            }
        }
    }
}
