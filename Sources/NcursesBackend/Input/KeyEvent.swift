import TerminalKeys

/// One key press or mouse event as the terminal sent it, free of ncurses codes.
public enum KeyEvent: Hashable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    /// ncurses noticed a new terminal size; the event loop reports resizes as
    /// `TerminalEvent.resized` instead, so apps rarely see this.
    case resize

    /// The key this event is; nil for the mouse and a resize.
    public var key: Key? {
        if case let .key(key) = self { return key }
        return nil
    }
}
