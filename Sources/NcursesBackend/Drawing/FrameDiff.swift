import TerminalGrid

/// Which cells of a frame must be written because they differ from the frame before.
///
/// Comparing cells here, before ncurses compares its own buffers, keeps a one-cell change
/// down to one `mvwadd_wch` call instead of thousands.
enum FrameDiff {
    /// Indices (row-major) of the cells to draw, in order, each once.
    ///
    /// A changed continuation cell is drawn through the wide glyph to its left, because the
    /// terminal can only write a wide glyph whole. When a cell that used to be the right half
    /// of a wide glyph changes, that glyph's first cell is drawn too: ncurses blanks the whole
    /// glyph when half of it is overwritten. With no previous frame (or a different size)
    /// every cell is drawn.
    static func cellsToDraw(previous: Grid?, next: Grid) -> [Int] {
        let width = next.width
        let nextCells = next.cells
        let previousCells: [Cell]? = previous.flatMap {
            $0.width == next.width && $0.height == next.height ? $0.cells : nil
        }
        var result: [Int] = []
        func append(_ index: Int) {
            if let last = result.last, last >= index { return }
            result.append(index)
        }
        for index in nextCells.indices {
            if let previousCells, previousCells[index] == nextCells[index] { continue }
            let column = index % width
            if let previousCells, column > 0, isCovered(previousCells, index, column: column) {
                append(index - 1)
            }
            if column > 0, isCovered(nextCells, index, column: column) {
                append(index - 1)
            } else {
                append(index)
            }
        }
        return result
    }

    /// Whether the cell at `index` is the right half of the wide glyph just left of it.
    static func isCovered(_ cells: [Cell], _ index: Int, column: Int) -> Bool {
        column > 0 && cells[index].isContinuation && !cells[index - 1].isContinuation
    }
}
