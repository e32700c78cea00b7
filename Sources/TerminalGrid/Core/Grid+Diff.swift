extension Grid {
    /// The runs of cells that differ from `previous`, row by row, left to right.
    ///
    /// Sending only these is what keeps an idle or lightly changing dashboard cheap over SSH.
    /// A run is widened to whole glyphs: it starts on the first cell of a wide glyph even if only
    /// its continuation changed (or a wide glyph of `previous` is being overwritten), and takes
    /// in the continuation of a wide glyph at its end, since a terminal cannot draw half a glyph.
    /// When the sizes differ, every cell is a change.
    public func changes(from previous: Grid) -> [CellRun] {
        let sameSize = previous.width == width && previous.height == height
        var runs: [CellRun] = []
        for y in 0..<height {
            let rowStart = y * width
            func changed(_ x: Int) -> Bool {
                !sameSize || cells[rowStart + x] != previous.cells[rowStart + x]
            }
            var x = 0
            while x < width {
                guard changed(x) else { x += 1; continue }
                var start = x
                // Back to the first cell of a wide glyph, in this frame or the last one: the
                // terminal blanks a whole wide glyph when either half is overwritten.
                while start > 0, cells[rowStart + start].isContinuation
                    || (sameSize && previous.cells[rowStart + start].isContinuation) { start -= 1 }
                var end = x + 1
                while end < width, changed(end) || cells[rowStart + end].isContinuation { end += 1 }
                let slice = Array(cells[(rowStart + start)..<(rowStart + end)])
                if let last = runs.last, last.y == y, last.x + last.cells.count == start {
                    runs[runs.count - 1].cells += slice
                } else {
                    runs.append(CellRun(x: start, y: y, cells: slice))
                }
                x = end
            }
        }
        return runs
    }
}
