/// One line of editable text with a cursor, scrolled sideways to keep the cursor in view.
///
/// The field only draws; the text and the cursor position live in the app state and are edited
/// by the reducer. The cursor cell is drawn reversed, so it shows without colour and without
/// relying on the terminal's own cursor.
///
/// Text from callers goes through `Sanitizer.clean` here, so data can never reach the terminal raw.
public struct TextField: Sendable {
    public var text: String
    /// The cursor as a count of characters (grapheme clusters) before it; clamped to the text.
    public var cursor: Int
    public var placeholder: String
    public var style: Style
    public var placeholderStyle: Style
    public var cursorStyle: Style
    public var showsCursor: Bool

    public init(
        text: String, cursor: Int, placeholder: String = "", style: Style = .plain,
        placeholderStyle: Style = Style(attributes: .dim), cursorStyle: Style = Style(attributes: .reverse),
        showsCursor: Bool = true
    ) {
        self.text = text
        self.cursor = cursor
        self.placeholder = placeholder
        self.style = style
        self.placeholderStyle = placeholderStyle
        self.cursorStyle = cursorStyle
        self.showsCursor = showsCursor
    }

    /// Draws in the first row of `area`, which it clears.
    public func render(into grid: inout Grid, area: Rect) {
        let area = area.intersection(grid.bounds)
        guard !area.isEmpty else { return }
        let y = area.y
        grid.fill(Rect(x: area.x, y: y, width: area.width, height: 1), with: Cell(" ", style: style))

        // Cleaning each side of the cursor separately keeps the cursor between the same characters.
        let characters = Array(text)
        let split = min(max(0, cursor), characters.count)
        let before = Sanitizer.clean(String(characters[..<split]))
        let after = Sanitizer.clean(String(characters[split...]))

        if before.isEmpty, after.isEmpty, !placeholder.isEmpty {
            grid.put(Sanitizer.clean(placeholder), x: area.x, y: y, maxWidth: area.width, style: placeholderStyle)
        }

        let cursorColumn = DisplayWidth.of(before)
        let cursorWidth = min(area.width, after.first.map { max(1, DisplayWidth.of($0)) } ?? 1)
        let scroll = max(0, cursorColumn + cursorWidth - area.width)

        var column = 0
        for character in before + after {
            let width = DisplayWidth.of(character)
            defer { column += width }
            guard width > 0, column + width > scroll else { continue }
            if column < scroll {
                // A wide glyph cut by the left edge shows as a space rather than half a glyph.
                grid.put(" ", x: area.x, y: y, style: style)
                continue
            }
            if column - scroll >= area.width { break }
            grid.put(String(character), x: area.x + column - scroll, y: y, maxWidth: area.maxX - (area.x + column - scroll),
                     style: style)
        }

        if showsCursor {
            let cursorRect = Rect(x: area.x + cursorColumn - scroll, y: y, width: cursorWidth, height: 1)
            grid.applyStyle(cursorStyle, to: cursorRect.intersection(area))
        }
    }
}
