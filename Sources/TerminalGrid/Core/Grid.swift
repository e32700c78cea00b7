/// A frame: a rectangle of cells that widgets draw into and the backend puts on screen.
///
/// Widgets never touch the terminal; they write here, and the backend diffs two grids to send
/// only what changed.
public struct Grid: Hashable, Sendable {
    public private(set) var width: Int
    public private(set) var height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, filling cell: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: cell, count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at a column and row; reads outside the grid give a blank cell, writes are ignored.
    public subscript(x: Int, y: Int) -> Cell {
        get {
            guard x >= 0, y >= 0, x < width, y < height else { return .blank }
            return cells[y * width + x]
        }
        set {
            guard x >= 0, y >= 0, x < width, y < height else { return }
            cells[y * width + x] = newValue
        }
    }

    /// Fills `area` (clipped to the grid) with `cell`.
    ///
    /// A wide glyph cut in half by the edge of the area loses its other half too (it becomes a
    /// space), so the grid never holds half of a wide character.
    public mutating func fill(_ area: Rect, with cell: Cell) {
        let clipped = area.intersection(bounds)
        guard !clipped.isEmpty else { return }
        for row in clipped.y..<clipped.maxY {
            let rowStart = row * width
            if clipped.x > 0, cells[rowStart + clipped.x].isContinuation {
                cells[rowStart + clipped.x - 1].symbol = " "
            }
            if clipped.maxX < width, cells[rowStart + clipped.maxX].isContinuation {
                cells[rowStart + clipped.maxX].symbol = " "
            }
            for column in clipped.x..<clipped.maxX {
                cells[rowStart + column] = cell
            }
        }
    }

    /// Lays `style` over every cell in `area`, keeping the symbols.
    public mutating func applyStyle(_ style: Style, to area: Rect) {
        let clipped = area.intersection(bounds)
        guard !clipped.isEmpty else { return }
        for row in clipped.y..<clipped.maxY {
            for column in clipped.x..<clipped.maxX {
                cells[row * width + column].style = cells[row * width + column].style.patched(with: style)
            }
        }
    }

    /// Writes `text` from (x, y) and stops before `maxWidth` columns or the grid edge.
    ///
    /// The text must already be sanitized. A wide grapheme that would straddle the limit is
    /// replaced by a space rather than split, so borders to the right are never overwritten.
    /// Returns the number of columns written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: Style = .plain) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(maxWidth ?? width, width - x)
        guard limit > 0 else { return 0 }
        // Simple text goes scalar by scalar, without grapheme breaking (see `SimpleText`).
        if SimpleText.width(of: text) != nil {
            return place(text.unicodeScalars.lazy.map { (String($0), SimpleText.width(of: $0)) }, x: x, y: y, limit: limit, style: style)
        }
        return place(text.lazy.map { (String($0), DisplayWidth.of($0)) }, x: x, y: y, limit: limit, style: style)
    }

    /// Writes glyphs (a grapheme's text and its width) one per cell, two for a wide one.
    private mutating func place<Glyphs: Sequence>(_ glyphs: Glyphs, x: Int, y: Int, limit: Int, style: Style) -> Int
    where Glyphs.Element == (String, Int) {
        var column = 0
        for (symbol, glyphWidth) in glyphs {
            if glyphWidth == 0 { continue }
            if column + glyphWidth > limit {
                if glyphWidth == 2, column < limit { setCell(x + column, y, Cell(" ", style: style)); column += 1 }
                break
            }
            setCell(x + column, y, Cell(symbol, style: style))
            if glyphWidth == 2 { setCell(x + column + 1, y, .continuation(style: style)) }
            column += glyphWidth
        }
        return column
    }

    /// The text of one row with continuation cells skipped (for snapshots and tests).
    public func rowText(_ y: Int) -> String {
        guard y >= 0, y < height else { return "" }
        var line = ""
        for x in 0..<width where !cells[y * width + x].isContinuation {
            line += cells[y * width + x].symbol
        }
        return line
    }

    /// Every row as text, trailing spaces trimmed, joined by newlines.
    public var text: String {
        (0..<height).map { row in
            var line = rowText(row)
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }

    /// Writes a cell, first blanking any wide glyph it would cut in half, so the grid never
    /// holds half of a wide character.
    private mutating func setCell(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        let index = y * width + x
        if cells[index].isContinuation, x > 0 {
            cells[index - 1].symbol = " "
        }
        if !cell.isContinuation, x + 1 < width, cells[index + 1].isContinuation,
           DisplayWidth.of(cells[index].symbol) == 2 {
            cells[index + 1].symbol = " "
        }
        cells[index] = cell
    }

    /// Changes every cell in place, for passes over a whole frame (theme colours, ASCII folding).
    public mutating func updateCells(_ body: (inout Cell) -> Void) {
        for index in cells.indices { body(&cells[index]) }
    }
}

extension Grid {
    /// Replaces every `.default` foreground and background with the given colours.
    ///
    /// Widgets draw in the terminal's default colours; a theme with its own background (a light
    /// theme on a dark terminal) applies it to the whole frame in one pass, so no widget needs
    /// to know the theme.
    public mutating func resolveDefaultColors(foreground: Color, background: Color) {
        guard foreground != .default || background != .default else { return }
        updateCells { cell in
            if cell.style.foreground == .default { cell.style.foreground = foreground }
            if cell.style.background == .default { cell.style.background = background }
        }
    }
}
