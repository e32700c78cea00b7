import CFrontierSystem

/// Wakes the event loop from any thread, or from a signal handler.
///
/// Background work stores its result, then calls `wake()`; the loop returns `.wake` and the
/// app picks the result up on the terminal's thread.
public struct Waker: Sendable {
    let fd: Int32

    /// Writes one byte to the loop's wake-up pipe. Thread-safe and async-signal-safe; never
    /// blocks (a full pipe already holds a wake-up).
    public func wake() {
        frontier_wake(fd)
    }
}
