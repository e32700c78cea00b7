import FrontierViews
import TerminalGrid

/// Questions the tests ask of a rendered frame: widths, scalars, and the glyphs at pane corners.
extension Grid {
    /// The columns a row takes on screen, counting each cell's glyph by its display width.
    ///
    /// Continuation cells count zero because the wide glyph before them already counts two; a
    /// row that is drawn correctly always adds up to exactly `width`.
    func displayWidth(ofRow y: Int) -> Int {
        (0..<width).reduce(0) { total, x in
            let cell = self[x, y]
            return total + (cell.isContinuation ? 0 : DisplayWidth.of(cell.symbol))
        }
    }

    /// Every scalar drawn anywhere in the frame.
    var allScalars: [Unicode.Scalar] {
        cells.flatMap { Array($0.symbol.unicodeScalars) }
    }

    /// Each cell's text, with its column and row, for reporting where something went wrong.
    var positionedCells: [(x: Int, y: Int, cell: Cell)] {
        (0..<height).flatMap { y in (0..<width).map { x in (x, y, self[x, y]) } }
    }

    /// The cells of a row that a continuation cell follows without a wide glyph before it.
    func orphanContinuations(inRow y: Int) -> [Int] {
        (0..<width).filter { x in
            self[x, y].isContinuation && (x == 0 || DisplayWidth.of(self[x - 1, y].symbol) != 2)
        }
    }

    /// The rows of the frame with trailing spaces kept, one per line.
    var lines: [String] {
        (0..<height).map(rowText)
    }

    /// The text of the cells inside `area`, one string per row.
    func text(in area: Rect) -> [String] {
        (area.y..<area.maxY).map { y in
            (area.x..<area.maxX).filter { !self[$0, y].isContinuation }.map { self[$0, y].symbol }.joined()
        }
    }
}
