import TerminalGrid

/// What a screen needs besides the state: the theme, the glyph set, and where the data came from.
public struct RenderContext: Sendable {
    public var theme: Theme
    /// Box drawing and block bars, or plain ASCII when the terminal cannot show them.
    public var glyphs: Glyphs
    /// A short label for the loaded data (`embedded dataset`, `mine.json`).
    public var origin: String
    /// A message for the footer (an error, a notice), shown instead of the key hints.
    public var status: String?

    public init(theme: Theme, glyphs: Glyphs, origin: String, status: String? = nil) {
        self.theme = theme
        self.glyphs = glyphs
        self.origin = origin
        self.status = status
    }
}
