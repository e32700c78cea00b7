import TerminalGrid

/// Named colours for every role the screens draw with.
///
/// Themes are written as hex colours; the backend maps them to 256, 16, 8 or no colours. Roles
/// that style focus and selection also carry attributes, so a colourless terminal still shows them.
public struct Theme: Hashable, Sendable {
    public var name: String
    public var background: Color
    public var text: Color
    public var dim: Color
    public var border: Color
    public var borderFocused: Color
    public var title: Color
    public var header: Color
    public var selection: Color
    public var selectionText: Color
    public var highlight: Color
    /// The gutter mark (`+`) and name of a row that recently appeared.
    public var added: Color
    /// The gutter mark (`~`) and name of a row whose values recently changed.
    public var changed: Color
    /// Colours for chart series in order (input price, output price, ...).
    public var series: [Color]
    public var up: Color
    public var down: Color
    public var warning: Color
    public var error: Color

    /// The role names a theme file may set, in documentation order.
    public static let roleNames = [
        "background", "text", "dim", "border", "borderFocused", "title", "header", "selection",
        "selectionText", "highlight", "added", "changed", "series", "up", "down", "warning", "error",
    ]

    // MARK: - Styles the views use
    //
    // Only the selection sets a background: every other style leaves it `.default`, so it can be
    // laid over a selected row without hiding the selection, and the frame's last pass paints the
    // theme's background wherever nothing else did.

    public var base: Style { Style(foreground: text) }
    public var dimStyle: Style { Style(foreground: dim) }
    public var borderStyle: Style { Style(foreground: border) }
    /// The focused pane's border: colour plus bold, so focus shows without colour.
    public var focusedBorderStyle: Style { Style(foreground: borderFocused, attributes: [.bold]) }
    public var titleStyle: Style { Style(foreground: title, attributes: [.bold]) }
    public var headerStyle: Style { Style(foreground: header, attributes: [.bold]) }
    /// The selected row: reverse video when the theme has no selection colour, so it always shows.
    public var selectionStyle: Style {
        selection == .default
            ? Style(foreground: text, attributes: [.reverse])
            : Style(foreground: selectionText, background: selection, attributes: [.bold])
    }
    /// The selected row of a pane without focus: underlined, quieter than the focused one.
    public var inactiveSelectionStyle: Style { Style(foreground: text, attributes: [.underline]) }
    public var highlightStyle: Style { Style(foreground: highlight) }
    /// A recently added row's mark: colour plus bold, though the `+` alone already says it.
    public var addedStyle: Style { Style(foreground: added, attributes: [.bold]) }
    /// A recently changed row's mark: colour plus bold, though the `~` alone already says it.
    public var changedStyle: Style { Style(foreground: changed, attributes: [.bold]) }
    public var warningStyle: Style { Style(foreground: warning, attributes: [.bold]) }
    public var errorStyle: Style { Style(foreground: error, attributes: [.bold]) }

    public func seriesStyle(_ index: Int) -> Style {
        let color = series.isEmpty ? text : series[index % series.count]
        return Style(foreground: color)
    }
}
