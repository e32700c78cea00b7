/// A horizontal run of cells that changed between two frames, starting at (x, y).
///
/// The backend moves the cursor once per run and writes the cells in order, so a run always
/// starts on a whole glyph and contains both halves of every wide glyph in it.
public struct CellRun: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var cells: [Cell]

    public init(x: Int, y: Int, cells: [Cell]) {
        self.x = x
        self.y = y
        self.cells = cells
    }
}
