import CNcurses
import TerminalGrid

extension TerminalSession {
    /// Puts `grid` on screen, writing only the cells that changed since the last frame.
    ///
    /// The grid is clipped or padded with blanks to the screen size. ncurses then compares
    /// against what the terminal shows and sends the fewest bytes; the screen is never
    /// cleared. `cursor` shows the cursor at a cell (for a text field); nil hides it.
    public func draw(_ grid: Grid, cursor: (x: Int, y: Int)? = nil) {
        guard isActive else { return }
        let window = frontier_stdscr()
        let frame = fitted(grid, width: Int(frontier_cols()), height: Int(frontier_lines()))
        let cells = frame.cells
        let width = frame.width
        var buffer = [wchar_t](repeating: 0, count: CellGlyph.scalarLimit + 1)
        // With no previous frame, an empty grid makes every cell a change.
        for run in frame.changes(from: previousFrame ?? Grid(width: 0, height: 0)) {
            var previousStyle: Style?
            for (offset, cell) in run.cells.enumerated() {
                let x = run.x + offset
                let index = run.y * width + x
                // The right half of a wide glyph is drawn with its left half.
                if cell.isContinuation, x > 0, !cells[index - 1].isContinuation { continue }
                let wide = !cell.isContinuation && x + 1 < width && cells[index + 1].isContinuation
                let glyph = CellGlyph.resolve(
                    symbol: cell.symbol, wide: wide, utf8: isUTF8,
                    systemWidth: { Int(frontier_wcwidth(Int32(bitPattern: $0.value))) }
                )
                let style = WireStyle.style(for: cell, after: previousStyle)
                previousStyle = style
                put(glyph.scalars, x: x, y: run.y, look: resolvedStyle(style), window: window, buffer: &buffer)
                if glyph.padsContinuation {
                    put([" "], x: x + 1, y: run.y, look: resolvedStyle(cells[index + 1].style), window: window, buffer: &buffer)
                }
            }
        }
        previousFrame = frame
        placeCursor(cursor, window: window, width: frame.width, height: frame.height)
        wnoutrefresh(window)
        doupdate()
    }

    /// Repaints the whole terminal from the last frame (Ctrl-L), for when something else
    /// wrote over the screen.
    public func forceRepaint() {
        guard isActive else { return }
        clearok(frontier_curscr(), true)
        let last = previousFrame
        previousFrame = nil
        if let last { draw(last) } else { doupdate() }
    }

    /// Forgets the last frame so the next `draw` writes every cell (ncurses still sends only
    /// what differs on the terminal).
    public func invalidate() {
        previousFrame = nil
    }

    private func placeCursor(_ cursor: (x: Int, y: Int)?, window: UnsafeMutablePointer<WINDOW>?, width: Int, height: Int) {
        if let cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < width, cursor.y < height {
            leaveok(window, false)
            wmove(window, Int32(cursor.y), Int32(cursor.x))
            if cursorShown != true { curs_set(1) }
            cursorShown = true
        } else {
            leaveok(window, true)
            if cursorShown != false { curs_set(0) }
            cursorShown = false
        }
    }

    private func put(
        _ scalars: [Unicode.Scalar], x: Int, y: Int, look: (attributes: attr_t, pair: Int32),
        window: UnsafeMutablePointer<WINDOW>?, buffer: inout [wchar_t]
    ) {
        for position in buffer.indices {
            buffer[position] = position < scalars.count ? wchar_t(bitPattern: scalars[position].value) : 0
        }
        var character = cchar_t()
        var pair = look.pair
        // The pair goes through `opts` as an int: the short argument cannot hold pairs past
        // 32767, which 256-colour terminals offer.
        setcchar(&character, buffer, look.attributes, Int16(truncatingIfNeeded: min(pair, 32767)), &pair)
        // At the bottom-right cell ncurses reports ERR because the cursor cannot advance, but
        // the cell is stored, and doupdate paints it without scrolling the terminal.
        mvwadd_wch(window, Int32(y), Int32(x), &character)
    }

    /// The attributes and colour pair for a style, defining the pair on first use.
    func resolvedStyle(_ style: Style) -> (attributes: attr_t, pair: Int32) {
        if let cached = styleCache[style] { return cached }
        var pair: Int32 = 0
        if colorCapability != .none {
            var foreground = ColorMapper.index(for: style.foreground, capability: colorCapability)
            var background = ColorMapper.index(for: style.background, capability: colorCapability)
            if !defaultColorsWork {
                // Without use_default_colors, -1 is invalid; pair 0 is white on black.
                if foreground < 0 { foreground = 7 }
                if background < 0 { background = 0 }
            }
            let assignment = pairs.assign(foreground: foreground, background: background)
            if assignment.isNew {
                init_extended_pair(Int32(assignment.pair), Int32(foreground), Int32(background))
            }
            pair = Int32(assignment.pair)
        }
        let look = (attributes: attributeBits.bits(for: style.attributes), pair: pair)
        styleCache[style] = look
        return look
    }

    /// `grid` cut or padded to the screen, so the diff and the writes stay inside it.
    private func fitted(_ grid: Grid, width: Int, height: Int) -> Grid {
        if grid.width == width && grid.height == height { return grid }
        var frame = Grid(width: width, height: height)
        for y in 0..<min(height, grid.height) {
            for x in 0..<min(width, grid.width) {
                frame[x, y] = grid[x, y]
            }
        }
        return frame
    }
}
