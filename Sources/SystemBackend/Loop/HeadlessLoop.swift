#if canImport(Glibc)
import Glibc
#endif

/// The event loop of a command without a screen (`frontier watch`): signals, wake-ups, extra
/// descriptors and one deadline in a single `poll()`, like the terminal backend's `EventLoop` but with no terminal.
///
/// Call `Poller.blockSignals()` first thing, before any thread exists, so SIGTERM, SIGINT,
/// SIGHUP and the others of `TerminalSignal` queue here and the command can finish what it is
/// writing before it exits. SIGPIPE is one of them: a write to a closed pipe fails with EPIPE,
/// and the signal arrives as `.signal(.brokenPipe)`.
public final class HeadlessLoop {
    /// What woke the loop.
    public enum Event: Hashable, Sendable {
        case signal(TerminalSignal)
        case wake
        case fdReadable(Int32)
        /// A descriptor being written to was closed at the other end (a pipe's reader exited).
        case closed(Int32)
        case timeout
    }

    public var waker: Waker { poller.waker }
    private let poller: Poller

    public init() throws(SystemCallError) {
        poller = try Poller()
    }

    /// Waits until something happens and returns everything that did.
    ///
    /// - Parameters:
    ///   - watching: descriptors to read from.
    ///   - output: a descriptor written to (stdout), watched only for its reader going away, so
    ///     `frontier watch | head -3` ends when `head` does, not at the next write.
    public func next(deadline: ContinuousClock.Instant? = nil, watching extra: [Int32] = [], output: Int32? = nil) -> [Event] {
        let readiness = poller.wait(deadline: deadline, reading: extra, output: output)
        if readiness.failed { return [.signal(.terminate)] }
        if readiness.timedOut { return [.timeout] }
        var events = readiness.signals.compactMap(TerminalSignal.init(number:)).map(Event.signal)
        if readiness.woken { events.append(.wake) }
        if let output, readiness.outputClosed { events.append(.closed(output)) }
        let ready = Set(readiness.readable + readiness.hungUp)
        events += extra.filter(ready.contains).map(Event.fdReadable)
        return events
    }
}
