/// One terminal cell: a grapheme and its style.
///
/// A wide grapheme (CJK, most emoji) occupies its own cell and marks the next one as a
/// continuation, so column arithmetic stays exact and a diff never splits a wide glyph.
public struct Cell: Hashable, Sendable {
    /// What to draw: one grapheme cluster of display width 1 or 2, or "" for a continuation cell.
    public var symbol: String
    public var style: Style

    public init(_ symbol: String = " ", style: Style = .plain) {
        self.symbol = symbol
        self.style = style
    }

    public static let blank = Cell()

    /// The right half of a wide grapheme drawn in the cell before it.
    public static func continuation(style: Style) -> Cell { Cell("", style: style) }

    public var isContinuation: Bool { symbol.isEmpty }
}
