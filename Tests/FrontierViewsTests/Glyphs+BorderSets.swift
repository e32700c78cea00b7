import TerminalGrid

extension Glyphs.Border {
    /// Every glyph a border may draw with, for checking that a border cell still holds one.
    var allGlyphs: Set<String> {
        Set([horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight, teeRight, teeLeft, teeDown, teeUp, cross]
            .map(String.init))
    }
}

extension Glyphs {
    /// The glyphs of both the plain and the focused border.
    var allBorderGlyphs: Set<String> { border.allGlyphs.union(focusedBorder.allGlyphs) }
}
