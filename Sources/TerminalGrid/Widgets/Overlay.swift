/// A bordered box centred over whatever is drawn, for help, details and confirmations.
///
/// It sizes itself to its text, up to `maxWidth` by `maxHeight` and the area it is given, and
/// clears the cells it covers so the screen underneath cannot show through.
///
/// Text from callers goes through `Sanitizer.clean` here, so data can never reach the terminal raw.
public struct Overlay: Sendable {
    public var title: String
    public var lines: [String]
    public var maxWidth: Int
    public var maxHeight: Int
    public var glyphs: Glyphs
    public var style: Style
    public var borderStyle: Style
    public var titleStyle: Style

    public init(
        title: String = "", lines: [String], maxWidth: Int, maxHeight: Int, glyphs: Glyphs = .unicode,
        style: Style = .plain, borderStyle: Style = Style(attributes: .bold), titleStyle: Style = Style(attributes: .bold)
    ) {
        self.title = title
        self.lines = lines
        self.maxWidth = maxWidth
        self.maxHeight = maxHeight
        self.glyphs = glyphs
        self.style = style
        self.borderStyle = borderStyle
        self.titleStyle = titleStyle
    }

    /// The rectangle the box takes inside `area`: fitted to the text, limited, and centred.
    public func frame(in area: Rect) -> Rect {
        let cleaned = lines.map(Sanitizer.clean)
        let textWidth = max(cleaned.map(DisplayWidth.of).max() ?? 0, DisplayWidth.of(Sanitizer.clean(title)) + 2)
        // Border and one column of padding on each side.
        let width = max(0, min(textWidth + 4, maxWidth, area.width))
        let height = max(0, min(cleaned.count + 2, maxHeight, area.height))
        return Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2,
                    width: width, height: height)
    }

    /// Clears and draws the box; returns the rectangle it used, clipped to the grid.
    @discardableResult
    public func render(into grid: inout Grid, area: Rect) -> Rect {
        let box = frame(in: area.intersection(grid.bounds))
        guard !box.isEmpty else { return box }
        grid.fill(box, with: Cell(" ", style: style))
        let block = Block(title: title, glyphs: glyphs, style: borderStyle, titleStyle: titleStyle)
        block.render(into: &grid, area: box)

        let inner = block.inner(box)
        let padding = inner.width >= 3 ? 1 : 0
        let textWidth = inner.width - 2 * padding
        for (row, line) in lines.prefix(inner.height).enumerated() {
            grid.write(Sanitizer.clean(line), x: inner.x + padding, y: inner.y + row, width: textWidth,
                       ellipsis: glyphs.ellipsis, style: style)
        }
        return box
    }
}
