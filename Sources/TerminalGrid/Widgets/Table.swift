/// Rows of text under a header, in columns that drop out by priority when the area is narrow.
///
/// Columns are never squeezed below their minimum: a narrow terminal shows fewer columns, each
/// still readable, instead of every column cut to a stump. The selected row is drawn with
/// `.reverse` in its style so it shows without colour, and is always scrolled into view.
///
/// Text from callers goes through `Sanitizer.clean` here, so data can never reach the terminal raw.
public struct Table: Sendable {
    public struct Column: Hashable, Sendable {
        /// How many cells a column takes.
        public enum Width: Hashable, Sendable {
            /// Always exactly `n` cells.
            case fixed(Int)
            /// At least `min` cells, plus a share of spare width in proportion to `weight`.
            case flexible(min: Int, weight: Int)
        }

        public var title: String
        public var width: Width
        public var alignment: Alignment
        /// Higher stays longer: when columns do not fit, the lowest priority is dropped first,
        /// and among equals the rightmost.
        public var priority: Int
        /// The blank cells before this column, when not the table's `columnSpacing`: 0 joins
        /// two one-cell mark columns (a change mark and a tick) into one gutter.
        public var gap: Int?

        public init(_ title: String, width: Width, alignment: Alignment = .left, priority: Int = 0, gap: Int? = nil) {
            self.title = title
            self.width = width
            self.alignment = alignment
            self.priority = priority
            self.gap = gap
        }

        var minimumWidth: Int {
            switch width {
            case let .fixed(cells): return max(0, cells)
            case let .flexible(minimum, _): return max(0, minimum)
            }
        }
    }

    public var columns: [Column]
    /// One span per column; a missing span draws as an empty cell, and callers pass "–" for a
    /// missing value so it is shown as missing rather than blank.
    public var rows: [[Span]]
    public var selected: Int?
    /// The first row shown, as remembered from the last frame; adjusted to keep `selected` visible.
    public var offset: Int
    public var glyphs: Glyphs
    public var headerStyle: Style
    /// Laid over the selected row's cells; keep `.reverse` in it so selection shows without colour.
    public var selectionStyle: Style
    public var columnSpacing: Int

    public init(
        columns: [Column], rows: [[Span]], selected: Int? = nil, offset: Int = 0, glyphs: Glyphs = .unicode,
        headerStyle: Style = Style(attributes: .bold), selectionStyle: Style = Style(attributes: .reverse),
        columnSpacing: Int = 1
    ) {
        self.columns = columns
        self.rows = rows
        self.selected = selected
        self.offset = offset
        self.glyphs = glyphs
        self.headerStyle = headerStyle
        self.selectionStyle = selectionStyle
        self.columnSpacing = columnSpacing
    }

    /// The width of each column in `width` cells, or nil for a column that was dropped.
    ///
    /// Columns are dropped lowest priority first until the minimums and spacing fit; fixed
    /// columns get their width, flexible ones their minimum plus a weighted share of the rest.
    public static func columnWidths(_ columns: [Column], width: Int, spacing: Int = 1) -> [Int?] {
        var kept = Array(columns.indices)
        func needed() -> Int {
            // The first column shown has nothing before it, whatever its gap.
            kept.reduce(0) { $0 + columns[$1].minimumWidth }
                + kept.dropFirst().reduce(0) { $0 + max(0, columns[$1].gap ?? spacing) }
        }
        while !kept.isEmpty, needed() > width {
            let lowest = kept.min { columns[$0].priority < columns[$1].priority }.map { columns[$0].priority }
            let victim = kept.lastIndex { columns[$0].priority == lowest }!
            kept.remove(at: victim)
        }

        var widths: [Int?] = Array(repeating: nil, count: columns.count)
        for index in kept { widths[index] = columns[index].minimumWidth }
        let flexible = kept.compactMap { index -> (index: Int, weight: Int)? in
            if case let .flexible(_, weight) = columns[index].width { return (index, max(1, weight)) }
            return nil
        }
        let spare = width - needed()
        let totalWeight = flexible.reduce(0) { $0 + $1.weight }
        guard spare > 0, totalWeight > 0 else { return widths }
        var runningWeight = 0
        var handedOut = 0
        for column in flexible {
            runningWeight += column.weight
            let upToHere = spare * runningWeight / totalWeight
            widths[column.index]! += upToHere - handedOut
            handedOut = upToHere
        }
        return widths
    }

    /// The scroll offset that keeps `selected` on screen, and the rows that are then visible.
    ///
    /// Starts from the previous `offset` so the view moves only when the selection would leave
    /// it, and never scrolls past the last row.
    public static func visibleRange(
        rowCount: Int, selected: Int?, offset: Int, height: Int
    ) -> (offset: Int, range: Range<Int>) {
        let rowCount = max(0, rowCount)
        let height = max(0, height)
        var start = min(max(0, offset), max(0, rowCount - height))
        if let selected, selected >= 0, selected < rowCount, height > 0 {
            if selected < start { start = selected }
            if selected >= start + height { start = selected - height + 1 }
        }
        return (start, start..<min(rowCount, start + height))
    }

    /// Draws the header in the first row and as many rows as fit below it.
    public func render(into grid: inout Grid, area: Rect) {
        let area = area.intersection(grid.bounds)
        guard !area.isEmpty else { return }
        let spacing = max(0, columnSpacing)
        let widths = Self.columnWidths(columns, width: area.width, spacing: spacing)

        let header = columns.map { Span($0.title) }
        drawRow(header, widths: widths, into: &grid, x: area.x, y: area.y, width: area.width, base: headerStyle)

        let visible = Self.visibleRange(rowCount: rows.count, selected: selected, offset: offset,
                                        height: area.height - 1)
        for (line, rowIndex) in visible.range.enumerated() {
            let isSelected = rowIndex == selected
            drawRow(rows[rowIndex], widths: widths, into: &grid, x: area.x, y: area.y + 1 + line,
                    width: area.width, base: isSelected ? selectionStyle : .plain, isSelected: isSelected)
        }
    }

    private func drawRow(
        _ spans: [Span], widths: [Int?], into grid: inout Grid, x: Int, y: Int, width: Int, base: Style,
        isSelected: Bool = false
    ) {
        grid.fill(Rect(x: x, y: y, width: width, height: 1), with: Cell(" ", style: base))
        var column = x
        var first = true
        for (index, columnWidth) in widths.enumerated() {
            guard let columnWidth else { continue }
            if !first { column += max(0, columns[index].gap ?? columnSpacing) }
            first = false
            let span = index < spans.count ? spans[index] : Span("")
            // On the selected row the selection's colours win over the cells' own, so the row
            // reads as one bar (and goes out as one colour change).
            let style = isSelected ? span.style.patched(with: base) : base.patched(with: span.style)
            grid.write(Sanitizer.clean(span.text), x: column, y: y, width: columnWidth,
                       alignment: columns[index].alignment, ellipsis: glyphs.ellipsis, style: style)
            column += columnWidth
        }
    }
}
