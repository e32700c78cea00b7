/// A bordered box with an optional title on the left and another on the right of its top edge.
///
/// Panes are blocks; the focused one switches to the focused border glyphs and style, so focus
/// is visible with and without colour. The block draws only its border and titles and leaves
/// its inside alone, so content can be drawn before or after it.
///
/// Text from callers goes through `Sanitizer.clean` here, so data can never reach the terminal raw.
public struct Block: Sendable {
    public var title: String
    public var rightTitle: String
    public var glyphs: Glyphs
    public var style: Style
    public var titleStyle: Style
    public var focused: Bool
    /// Laid over `style` and `titleStyle` when focused.
    public var focusedStyle: Style

    public init(
        title: String = "", rightTitle: String = "", glyphs: Glyphs = .unicode,
        style: Style = .plain, titleStyle: Style = Style(attributes: .bold),
        focused: Bool = false, focusedStyle: Style = Style(attributes: .bold)
    ) {
        self.title = title
        self.rightTitle = rightTitle
        self.glyphs = glyphs
        self.style = style
        self.titleStyle = titleStyle
        self.focused = focused
        self.focusedStyle = focusedStyle
    }

    /// The area inside the border.
    public func inner(_ area: Rect) -> Rect {
        area.inset(by: 1)
    }

    /// Draws the border and titles; an area narrower or shorter than two cells gets nothing.
    public func render(into grid: inout Grid, area: Rect) {
        let area = area.intersection(grid.bounds)
        guard area.width >= 2, area.height >= 2 else { return }
        let border = focused ? glyphs.focusedBorder : glyphs.border
        let lineStyle = focused ? style.patched(with: focusedStyle) : style
        let headingStyle = focused ? titleStyle.patched(with: focusedStyle) : titleStyle

        let horizontal = String(repeating: String(border.horizontal), count: area.width - 2)
        grid.put(String(border.topLeft) + horizontal + String(border.topRight), x: area.x, y: area.y, style: lineStyle)
        grid.put(String(border.bottomLeft) + horizontal + String(border.bottomRight),
                 x: area.x, y: area.maxY - 1, style: lineStyle)
        for y in (area.y + 1)..<(area.maxY - 1) {
            grid.put(String(border.vertical), x: area.x, y: y, style: lineStyle)
            grid.put(String(border.vertical), x: area.maxX - 1, y: y, style: lineStyle)
        }
        drawTitles(into: &grid, area: area, style: headingStyle)
    }

    /// The right title wins space, as it usually carries a count or state that must stay visible;
    /// the left one is cut first. A border cell is kept between the two.
    private func drawTitles(into grid: inout Grid, area: Rect, style: Style) {
        let span = area.width - 2
        let right = rightTitle.isEmpty ? "" : " " + Sanitizer.clean(rightTitle) + " "
        let rightText = TextLayout.truncate(right, toWidth: span, ellipsis: glyphs.ellipsis)
        let rightWidth = DisplayWidth.of(rightText)
        if rightWidth > 0 {
            grid.put(rightText, x: area.maxX - 1 - rightWidth, y: area.y, maxWidth: rightWidth, style: style)
        }
        let leftSpace = span - rightWidth - (rightWidth > 0 ? 1 : 0)
        guard !title.isEmpty, leftSpace > 0 else { return }
        let leftText = TextLayout.truncate(" " + Sanitizer.clean(title) + " ", toWidth: leftSpace,
                                           ellipsis: glyphs.ellipsis)
        grid.put(leftText, x: area.x + 1, y: area.y, maxWidth: leftSpace, style: style)
    }
}
