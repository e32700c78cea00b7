/// What actually gets written for one cell, after checking it against the terminal's rules.
///
/// The grid's column arithmetic must survive the terminal: if the C library measures a glyph
/// differently from the grid, or the locale cannot encode it, writing it as-is would shift
/// the rest of the row. So the grid's width always wins and the glyph is replaced instead.
struct CellGlyph: Equatable {
    /// The scalars handed to `setcchar`: one spacing character and its combining marks.
    var scalars: [Unicode.Scalar]
    /// True when the cell to the right must be written as a blank, because the grid reserved
    /// two columns but the glyph written takes one.
    var padsContinuation: Bool

    /// The most scalars one ncurses cell holds (CCHARW_MAX).
    static let scalarLimit = 5

    /// U+200D ZERO WIDTH JOINER, never written (see `resolve`).
    static let joiner: Unicode.Scalar = "\u{200D}"

    /// Chooses the glyph for a cell.
    ///
    /// - Parameters:
    ///   - symbol: the cell's grapheme; "" for a continuation cell with no wide glyph before it.
    ///   - wide: whether the grid gave this glyph two columns (a continuation cell follows).
    ///   - utf8: whether the locale can encode non-ASCII text.
    ///   - systemWidth: the C library's column count for a scalar (`wcwidth`).
    ///
    /// A joiner is left out. One ncurses cell holds one spacing character and the marks on it
    /// (`setcchar` stops at the next spacing scalar), so a joiner in a cell can only end it:
    /// `a\u{200D}` of `a\u{200D}b`, or the first emoji and the joiner of `👁\u{200D}🗨`. A
    /// terminal that honours joiners (tmux) then glues the next cell's character onto this one,
    /// and the rest of the row, the pane's right border with it, lands a column off from where
    /// ncurses believes it is. Without the joiner the cell is what the grid measured.
    static func resolve(symbol: String, wide: Bool, utf8: Bool, systemWidth: (Unicode.Scalar) -> Int) -> CellGlyph {
        let scalars = Array(symbol.unicodeScalars.lazy.filter { $0 != joiner }.prefix(scalarLimit))
        guard let first = scalars.first else { return CellGlyph(scalars: [" "], padsContinuation: wide) }
        if first.value >= 0x20, first.value < 0x7F, scalars.count == 1 {
            return CellGlyph(scalars: scalars, padsContinuation: wide)
        }
        let replacement = CellGlyph(scalars: ["?"], padsContinuation: wide)
        if !utf8, !scalars.allSatisfy({ $0.isASCII }) { return replacement }
        if scalars.contains(where: { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }) {
            return replacement
        }
        switch (systemWidth(first), wide) {
        case (2, true): return CellGlyph(scalars: scalars, padsContinuation: false)
        case (1, true): return CellGlyph(scalars: scalars, padsContinuation: true)
        case (1, false): return CellGlyph(scalars: scalars, padsContinuation: false)
        default: return replacement
        }
    }
}
