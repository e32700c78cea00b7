import SystemBackend

/// Something the event loop saw; `EventLoop.next` returns them in batches.
public enum TerminalEvent: Hashable, Sendable {
    case key(KeyEvent)
    /// The terminal has a new size; ncurses already knows and the next draw is a full one.
    case resized(width: Int, height: Int)
    /// A request to end the program: restore the terminal and exit.
    case signal(TerminalSignal)
    /// The process was continued after Ctrl-Z; draw now, the whole screen will be repainted.
    case resumed
    /// `Waker.wake()` was called (background work finished).
    case wake
    /// One of the extra descriptors passed to `next` is readable (or hung up).
    case fdReadable(Int32)
    /// The deadline passed to `next` was reached.
    case timeout
    /// The terminal is gone (hang-up, error or end of input). Stop and exit; the loop will not
    /// report the terminal again.
    case hangup
}
