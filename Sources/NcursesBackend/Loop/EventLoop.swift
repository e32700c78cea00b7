import CNcurses
#if canImport(Glibc)
import Glibc
#endif

/// The one place the program waits: terminal input, signals, wake-ups, extra descriptors and
/// the next timer deadline, all in one `poll()`.
///
/// There are no periodic wake-ups: an idle dashboard sleeps in the kernel until something
/// happens. Use it on the thread that owns the `TerminalSession`.
public final class EventLoop {
    /// Call first thing in `main`, before any thread or `Task` exists.
    ///
    /// Blocks SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGWINCH and SIGCONT, and SIGUSR1, SIGUSR2,
    /// SIGALRM, SIGPIPE and SIGXCPU (whose default action ends the process with the terminal
    /// still raw), so they queue on the loop's signalfd instead of interrupting (or killing) the
    /// process at an arbitrary point.
    /// Threads inherit the mask of the thread that creates them, which is why this must run
    /// before the first one. Child processes inherit it too: unblock these in a child before
    /// exec if it should see them.
    public static func blockSignals() {
        _ = frontier_block_loop_signals()
    }

    /// Hands out wake-ups for background work.
    public let waker: Waker

    private let session: TerminalSession
    private let terminalFD: Int32
    private let signalFD: Int32
    private let wakeReadFD: Int32
    private var terminalOpen = true
    private var reportedSize: (width: Int, height: Int)

    /// - Parameter session: the started session whose input descriptor is watched.
    public init(session: TerminalSession) throws {
        self.session = session
        terminalFD = session.options.inputFD
        // Blocks the signals in case main forgot: this covers the calling thread at least.
        // Threads that already exist keep their mask, which is why blockSignals() belongs at the
        // top of main.
        let opened = try LoopDescriptors()
        signalFD = opened.signalFD
        wakeReadFD = opened.wakeReadFD
        waker = opened.waker
        reportedSize = session.screenSize
    }

    deinit {
        close(signalFD)
        // The wake-up pipe stays open for the life of the process: a background task that
        // calls wake() late must never write into a descriptor number that has been reused.
    }

    /// Waits until something happens and returns everything that did, in one batch.
    ///
    /// Order within a batch: signals, resume, resize, keys, wake, extra descriptors, hang-up.
    /// After a resize or resume, draw before handling more.
    ///
    /// - Parameters:
    ///   - deadline: when to return `.timeout` if nothing else happened; nil waits forever.
    ///   - watching: extra descriptors to watch for input (e.g. inotify).
    public func next(deadline: ContinuousClock.Instant? = nil, watching extra: [Int32] = []) -> [TerminalEvent] {
        while true {
            var descriptors = [
                pollfd(fd: signalFD, events: Int16(POLLIN), revents: 0),
                pollfd(fd: wakeReadFD, events: Int16(POLLIN), revents: 0),
                pollfd(fd: terminalOpen ? terminalFD : -1, events: Int16(POLLIN), revents: 0),
            ]
            descriptors += extra.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            let ready = poll(&descriptors, nfds_t(descriptors.count), Self.timeout(until: deadline))
            if ready < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                // poll itself failing (EINVAL, ENOMEM) cannot be waited out; end the program
                // rather than spin.
                return [.hangup]
            }
            if ready == 0 {
                if let deadline, ContinuousClock.now >= deadline { return [.timeout] }
                continue
            }
            let events = collect(descriptors, extra: extra)
            if !events.isEmpty { return events }
        }
    }

    private func collect(_ descriptors: [pollfd], extra: [Int32]) -> [TerminalEvent] {
        var events: [TerminalEvent] = []
        let terminal = descriptors[2]
        // Readable with nothing to read is end of input: the terminal went away. Asked before
        // anything below reads keys, or input consumed while handling a resize in this same
        // batch would look like a hang-up.
        let endOfInput = terminalOpen && terminal.revents & Int16(POLLIN) != 0 && frontier_bytes_readable(terminalFD) == 0
        var resized = false
        var resumed = false
        if descriptors[0].revents != 0 {
            while true {
                let signal = frontier_read_signalfd(signalFD)
                if signal <= 0 { break }
                switch signal {
                case SIGWINCH: resized = true
                case SIGCONT: resumed = true
                default:
                    if let request = TerminalSignal(number: signal) { events.append(.signal(request)) }
                }
            }
        }
        var keys: [KeyEvent] = []
        if resized || resumed {
            // The size may also have changed while the process was stopped (that SIGWINCH went
            // to the shell, not to us).
            session.applyResize()
            // resizeterm queued a KEY_RESIZE inside ncurses, where poll cannot see it.
            keys += session.readKeys()
        }
        if resumed {
            session.resume()
            events.append(.resumed)
        }
        var terminalGone = endOfInput
        if terminalOpen, terminal.revents != 0 {
            if terminal.revents & Int16(POLLIN) != 0 { keys += session.readKeys() }
            if terminal.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { terminalGone = true }
        }
        if keys.contains(.resize) {
            // ncurses resized by itself (it checks the size when resuming from Ctrl-Z).
            session.invalidate()
        }
        let size = session.screenSize
        if resized || size != reportedSize {
            reportedSize = size
            events.append(.resized(width: size.width, height: size.height))
        }
        events += keys.filter { $0 != .resize }.map(TerminalEvent.key)
        if descriptors[1].revents != 0 {
            frontier_drain(wakeReadFD)
            events.append(.wake)
        }
        for (offset, fd) in extra.enumerated() where descriptors[3 + offset].revents != 0 {
            events.append(.fdReadable(fd))
        }
        if terminalGone {
            // Stop watching it: a hung-up terminal stays "readable" forever, and a loop that
            // kept polling it would spin at full CPU.
            terminalOpen = false
            events.append(.hangup)
        }
        return events
    }

    /// Milliseconds until `deadline`, rounded up so the loop never wakes just short of it.
    static func timeout(until deadline: ContinuousClock.Instant?, now: ContinuousClock.Instant = .now) -> Int32 {
        guard let deadline else { return -1 }
        let remaining = now.duration(to: deadline)
        if remaining <= .zero { return 0 }
        let (seconds, attoseconds) = remaining.components
        let milliseconds = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(clamping: milliseconds)
    }
}
