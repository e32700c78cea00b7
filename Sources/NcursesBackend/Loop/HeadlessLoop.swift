import CNcurses
#if canImport(Glibc)
import Glibc
#endif

/// The event loop of a command without a screen (`frontier watch`): signals, wake-ups, extra
/// descriptors and one deadline in a single `poll()`, like `EventLoop` but with no terminal.
///
/// Call `EventLoop.blockSignals()` first thing, before any thread exists, so SIGTERM, SIGINT,
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

    public let waker: Waker
    private let signalFD: Int32
    private let wakeReadFD: Int32

    public init() throws {
        let opened = try LoopDescriptors()
        signalFD = opened.signalFD
        wakeReadFD = opened.wakeReadFD
        waker = opened.waker
    }

    deinit {
        close(signalFD)
    }

    /// Waits until something happens and returns everything that did.
    ///
    /// - Parameters:
    ///   - watching: descriptors to read from.
    ///   - output: a descriptor written to (stdout), watched only for its reader going away, so
    ///     `frontier watch | head -3` ends when `head` does, not at the next write.
    public func next(deadline: ContinuousClock.Instant? = nil, watching extra: [Int32] = [], output: Int32? = nil) -> [Event] {
        while true {
            var descriptors = [
                pollfd(fd: signalFD, events: Int16(POLLIN), revents: 0),
                pollfd(fd: wakeReadFD, events: Int16(POLLIN), revents: 0),
                // No events asked: poll still reports POLLERR and POLLHUP, and nothing else.
                pollfd(fd: output ?? -1, events: 0, revents: 0),
            ] + extra.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            let ready = poll(&descriptors, nfds_t(descriptors.count), EventLoop.timeout(until: deadline))
            if ready < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return [.signal(.terminate)]
            }
            if ready == 0 {
                if let deadline, ContinuousClock.now >= deadline { return [.timeout] }
                continue
            }
            var events: [Event] = []
            if descriptors[0].revents != 0 {
                while true {
                    let signal = frontier_read_signalfd(signalFD)
                    if signal <= 0 { break }
                    if let request = TerminalSignal(number: signal) { events.append(.signal(request)) }
                }
            }
            if descriptors[1].revents != 0 {
                frontier_drain(wakeReadFD)
                events.append(.wake)
            }
            if let output, descriptors[2].revents & Int16(POLLERR | POLLHUP) != 0 {
                events.append(.closed(output))
            }
            for (offset, fd) in extra.enumerated() where descriptors[3 + offset].revents != 0 {
                events.append(.fdReadable(fd))
            }
            if !events.isEmpty { return events }
        }
    }
}
