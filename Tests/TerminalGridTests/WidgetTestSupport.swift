@testable import TerminalGrid

extension Grid {
    /// A grid filled with "x", so a test also shows which cells a widget left alone.
    static func marked(width: Int, height: Int) -> Grid {
        Grid(width: width, height: height, filling: Cell("x"))
    }

    /// Every row as text, untrimmed.
    var lines: [String] {
        (0..<height).map(rowText)
    }

    /// Whether every wide glyph is followed by its continuation and every continuation follows a
    /// wide glyph, so no half of a glyph can reach the terminal.
    var holdsOnlyWholeGlyphs: Bool {
        for y in 0..<height {
            for x in 0..<width {
                let isWide = DisplayWidth.of(self[x, y].symbol) == 2
                let nextIsContinuation = x + 1 < width && self[x + 1, y].isContinuation
                if isWide != nextIsContinuation { return false }
                if self[x, y].isContinuation, x == 0 || DisplayWidth.of(self[x - 1, y].symbol) != 2 { return false }
            }
        }
        return true
    }

    /// Whether every symbol in the grid is plain ASCII.
    var isASCII: Bool {
        cells.allSatisfy { $0.symbol.utf8.allSatisfy { $0 < 0x80 } }
    }
}
