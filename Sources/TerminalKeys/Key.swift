/// One key press: what the terminal backend decodes, what `reduce` and the key-binding table read.
///
/// A value rather than a name, so a binding to a key that does not exist does not compile. One
/// type on both sides (this target is below both the core and the backend), so nothing
/// translates between them; a test checks that every key the table binds is one the decoder
/// can produce.
public enum Key: Hashable, Sendable {
    /// A typed character, including space and any non-ASCII character (a paste arrives as one
    /// `character` per character).
    case character(Character)
    /// Ctrl plus a lower-case letter (`"d"` for Ctrl-D) or one of `@ \ ] ^ _`.
    ///
    /// Ctrl-H, Ctrl-I, Ctrl-J, Ctrl-M and Ctrl-[ arrive as `backspace`, `tab`, `enter` and
    /// `escape`: the terminal sends the same bytes for both, so binding them here would bind nothing.
    case control(Character)
    case enter
    case escape
    case tab
    /// Shift-Tab.
    case backTab
    case backspace
    case delete
    case insert
    case up
    case down
    case left
    case right
    case home
    case end
    case pageUp
    case pageDown
    /// F1, F2, ... (terminals report Shift-F1 as F13 and so on).
    case function(Int)
}

/// A one-character literal is that character's key, so tables and tests read `"j"` for
/// `.character("j")`. Only single characters convert: a name such as `"PgDn"` does not compile.
extension Key: ExpressibleByExtendedGraphemeClusterLiteral {
    public init(extendedGraphemeClusterLiteral character: Character) {
        self = .character(character)
    }

    public init(unicodeScalarLiteral scalar: Unicode.Scalar) {
        self = .character(Character(scalar))
    }
}
