/// The characters widgets draw with, as one value, with a Unicode and an ASCII preset.
///
/// Under a non-UTF-8 locale ncurses silently drops every non-ASCII character, so the backend
/// picks `.ascii` there. Widgets draw structure only from the set they are given, which makes
/// "an ASCII frame contains only ASCII" a property of the value passed in, not of each widget.
public struct Glyphs: Hashable, Sendable {
    /// The lines and corners of a box, and the joints for dividing one.
    public struct Border: Hashable, Sendable {
        public var horizontal: Character
        public var vertical: Character
        public var topLeft: Character
        public var topRight: Character
        public var bottomLeft: Character
        public var bottomRight: Character
        /// ├ ┤ ┬ ┴ ┼: where a divider meets the border or another divider.
        public var teeRight: Character
        public var teeLeft: Character
        public var teeDown: Character
        public var teeUp: Character
        public var cross: Character

        public init(
            horizontal: Character, vertical: Character,
            topLeft: Character, topRight: Character, bottomLeft: Character, bottomRight: Character,
            teeRight: Character, teeLeft: Character, teeDown: Character, teeUp: Character, cross: Character
        ) {
            self.horizontal = horizontal
            self.vertical = vertical
            self.topLeft = topLeft
            self.topRight = topRight
            self.bottomLeft = bottomLeft
            self.bottomRight = bottomRight
            self.teeRight = teeRight
            self.teeLeft = teeLeft
            self.teeDown = teeDown
            self.teeUp = teeUp
            self.cross = cross
        }
    }

    public var border: Border
    /// The border of the focused pane, so focus shows even without colour.
    public var focusedBorder: Border
    /// Horizontal bar pieces from the thinnest partial cell to a full cell; more pieces give finer
    /// bars (eight gives eighths, one gives whole cells only).
    public var horizontalBar: [Character]
    /// A light fill for the outer part of a two-value bar, unlike any `horizontalBar` glyph.
    public var shade: Character
    /// Sparkline levels from lowest to highest.
    public var levels: [Character]
    /// Whether scatter plots may use Braille patterns (U+2800–U+28FF), two by four dots a cell.
    public var usesBraille: Bool
    /// A plotted point, where Braille is not used.
    public var point: Character
    /// A line between plotted points, where Braille is not used.
    public var line: Character
    public var bullet: Character
    public var ellipsis: String
    public var up: Character
    public var down: Character
    public var check: Character
    /// The gutter mark of a row that recently appeared. ASCII in every set, so the two marks
    /// read the same on every terminal and never depend on colour.
    public var added: Character
    /// The gutter mark of a row whose values recently changed.
    public var changed: Character

    public init(
        border: Border, focusedBorder: Border, horizontalBar: [Character], shade: Character, levels: [Character],
        usesBraille: Bool, point: Character, line: Character, bullet: Character, ellipsis: String,
        up: Character, down: Character, check: Character, added: Character = "+", changed: Character = "~"
    ) {
        self.border = border
        self.focusedBorder = focusedBorder
        self.horizontalBar = horizontalBar
        self.shade = shade
        self.levels = levels
        self.usesBraille = usesBraille
        self.point = point
        self.line = line
        self.bullet = bullet
        self.ellipsis = ellipsis
        self.up = up
        self.down = down
        self.check = check
        self.added = added
        self.changed = changed
    }

    /// Box drawing, eighth blocks and Braille: for UTF-8 terminals.
    public static let unicode = Glyphs(
        border: Border(
            horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
            teeRight: "├", teeLeft: "┤", teeDown: "┬", teeUp: "┴", cross: "┼"
        ),
        focusedBorder: Border(
            horizontal: "━", vertical: "┃", topLeft: "┏", topRight: "┓", bottomLeft: "┗", bottomRight: "┛",
            teeRight: "┣", teeLeft: "┫", teeDown: "┳", teeUp: "┻", cross: "╋"
        ),
        horizontalBar: ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"],
        shade: "░",
        levels: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"],
        usesBraille: true,
        point: "•",
        line: "·",
        bullet: "•",
        ellipsis: "…",
        up: "▲",
        down: "▼",
        check: "✓",
        added: "+",
        changed: "~"
    )

    /// Plain ASCII: for terminals and locales that cannot show anything else.
    public static let ascii = Glyphs(
        border: Border(
            horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
            teeRight: "+", teeLeft: "+", teeDown: "+", teeUp: "+", cross: "+"
        ),
        focusedBorder: Border(
            horizontal: "=", vertical: "|", topLeft: "#", topRight: "#", bottomLeft: "#", bottomRight: "#",
            teeRight: "#", teeLeft: "#", teeDown: "#", teeUp: "#", cross: "#"
        ),
        horizontalBar: ["#"],
        shade: "-",
        levels: ["_", ".", "-", "=", "^"],
        usesBraille: false,
        point: "*",
        line: ".",
        bullet: "*",
        ellipsis: "...",
        up: "^",
        down: "v",
        check: "x",
        added: "+",
        changed: "~"
    )
}
