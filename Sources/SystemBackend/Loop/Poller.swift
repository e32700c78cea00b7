import CFrontierSystem

#if canImport(Glibc)
import Glibc
#endif

/// The one place a program waits: signals (through a signalfd), wake-ups from background work,
/// descriptors to read, and one deadline, in a single `poll()`.
///
/// There are no periodic wake-ups: an idle process sleeps in the kernel until something
/// happens. `HeadlessLoop` reads its answers for commands without a screen; the terminal
/// backend's `EventLoop` adds the terminal's input on top. Use it on one thread.
public final class Poller {
    /// What one wait found. Descriptors are listed in the order they were passed.
    public struct Readiness: Hashable, Sendable {
        /// Signal numbers read from the signalfd, in arrival order.
        public var signals: [Int32] = []
        /// `Waker.wake()` was called since the last wait.
        public var woken = false
        /// Descriptors with input waiting.
        public var readable: [Int32] = []
        /// Descriptors that hung up or failed (a hung-up descriptor may be readable too).
        public var hungUp: [Int32] = []
        /// The output descriptor passed to `wait` lost its reader.
        public var outputClosed = false
        /// The deadline passed.
        public var timedOut = false
        /// `poll` itself failed (EINVAL, ENOMEM): nothing can be waited out; end the program.
        public var failed = false
    }

    /// Call first thing in `main`, before any thread or `Task` exists.
    ///
    /// Blocks SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGWINCH and SIGCONT, and SIGUSR1, SIGUSR2,
    /// SIGALRM, SIGPIPE and SIGXCPU (whose default action ends the process with the terminal
    /// still raw), so they queue on the loop's signalfd instead of interrupting (or killing) the
    /// process at an arbitrary point. Threads inherit the mask of the thread that creates them,
    /// which is why this must run before the first one. Child processes inherit it too: unblock
    /// these in a child before exec if it should see them.
    public static func blockSignals() {
        _ = frontier_block_loop_signals()
    }

    /// Hands out wake-ups for background work.
    public let waker: Waker
    private let signalFD: Int32
    private let wakeReadFD: Int32

    /// Blocks the loop's signals on the calling thread (in case `main` forgot), then opens the
    /// signalfd and the wake-up pipe.
    public init() throws(SystemCallError) {
        Self.blockSignals()
        let signals = frontier_open_signalfd()
        guard signals >= 0 else { throw SystemCallError(call: "signalfd", errno: errno) }
        var pipe: [Int32] = [-1, -1]
        guard frontier_open_pipe(&pipe) == 0 else {
            let code = errno
            close(signals)
            throw SystemCallError(call: "pipe2", errno: code)
        }
        signalFD = signals
        wakeReadFD = pipe[0]
        waker = Waker(fd: pipe[1])
    }

    deinit {
        close(signalFD)
        // The wake-up pipe stays open for the life of the process: a background task that
        // calls wake() late must never write into a descriptor number that has been reused.
    }

    /// Waits until something happens and returns all of it.
    ///
    /// - Parameters:
    ///   - deadline: when to return `timedOut` if nothing else happened; nil waits forever.
    ///   - reading: descriptors to watch for input; a negative one is skipped.
    ///   - output: a descriptor written to (stdout), watched only for its reader going away, so
    ///     `frontier watch | head -3` ends when `head` does, not at the next write.
    public func wait(deadline: ContinuousClock.Instant? = nil, reading: [Int32] = [], output: Int32? = nil) -> Readiness {
        while true {
            var descriptors = [
                pollfd(fd: signalFD, events: Int16(POLLIN), revents: 0),
                pollfd(fd: wakeReadFD, events: Int16(POLLIN), revents: 0),
                // No events asked: poll still reports POLLERR and POLLHUP, and nothing else.
                pollfd(fd: output ?? -1, events: 0, revents: 0),
            ] + reading.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            let ready = poll(&descriptors, nfds_t(descriptors.count), Self.timeout(until: deadline))
            if ready < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return Readiness(failed: true)
            }
            if ready == 0 {
                if let deadline, ContinuousClock.now >= deadline { return Readiness(timedOut: true) }
                continue
            }
            var readiness = Readiness()
            if descriptors[0].revents != 0 {
                while true {
                    let signal = frontier_read_signalfd(signalFD)
                    if signal <= 0 { break }
                    readiness.signals.append(signal)
                }
            }
            if descriptors[1].revents != 0 {
                frontier_drain(wakeReadFD)
                readiness.woken = true
            }
            if output != nil, descriptors[2].revents & Int16(POLLERR | POLLHUP) != 0 { readiness.outputClosed = true }
            for (offset, fd) in reading.enumerated() {
                let events = descriptors[3 + offset].revents
                if events & Int16(POLLIN) != 0 { readiness.readable.append(fd) }
                if events & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { readiness.hungUp.append(fd) }
            }
            if readiness != Readiness() { return readiness }
        }
    }

    /// Bytes waiting in the kernel's input queue of `fd`, or -1.
    public static func bytesReadable(_ fd: Int32) -> Int {
        Int(frontier_bytes_readable(fd))
    }

    /// Milliseconds until `deadline`, rounded up so the loop never wakes just short of it.
    public static func timeout(until deadline: ContinuousClock.Instant?, now: ContinuousClock.Instant = .now) -> Int32 {
        guard let deadline else { return -1 }
        let remaining = now.duration(to: deadline)
        if remaining <= .zero { return 0 }
        let (seconds, attoseconds) = remaining.components
        let milliseconds = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(clamping: milliseconds)
    }
}
