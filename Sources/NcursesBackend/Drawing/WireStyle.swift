import TerminalGrid

/// The style a cell is sent in: a blank borrows what it can from the cell before it.
///
/// A space shows only its background (and reverse or underline, which paint it). Sending it in
/// the foreground and attributes of its left neighbour costs nothing on screen and saves a
/// colour change before and after it; on a bordered table row that is most of the escape
/// codes of a frame.
enum WireStyle {
    /// Attributes that make a blank cell look different.
    static let visibleOnBlanks: Attributes = [.reverse, .underline]

    static func style(for cell: Cell, after previous: Style?) -> Style {
        guard cell.symbol == " ", let previous, cell.style.attributes.isDisjoint(with: visibleOnBlanks) else {
            return cell.style
        }
        return Style(foreground: previous.foreground, background: cell.style.background,
                     attributes: previous.attributes.subtracting(visibleOnBlanks))
    }
}
