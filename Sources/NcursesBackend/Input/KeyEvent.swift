/// One key press (or mouse event) as the terminal sent it, free of ncurses codes.
///
/// The backend knows nothing of the app; the runtime maps each key case to the core's `Key`,
/// which the binding table is written in.
public enum KeyEvent: Hashable, Sendable {
    /// A printable character, including space.
    case character(Character)
    /// Ctrl plus a letter (lower-case, e.g. "d" for Ctrl-D) or one of `@ [ \ ] ^ _`.
    ///
    /// Ctrl-H, Ctrl-I, Ctrl-J and Ctrl-M arrive as `backspace`, `tab` and `enter`: the
    /// terminal sends the same bytes for both.
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
    case mouse(MouseEvent)
    /// ncurses noticed a new terminal size; the event loop reports resizes as
    /// `TerminalEvent.resized` instead, so apps rarely see this.
    case resize
}
