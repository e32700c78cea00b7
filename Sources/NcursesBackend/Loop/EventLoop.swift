import SystemBackend

#if canImport(Glibc)
import Glibc
#endif

/// The one place the program waits: terminal input, signals, wake-ups, extra descriptors and
/// the next timer deadline, all in one `poll()`.
///
/// There are no periodic wake-ups: an idle dashboard sleeps in the kernel until something
/// happens. Use it on the thread that owns the `TerminalSession`.
public final class EventLoop {
    /// Hands out wake-ups for background work.
    public var waker: Waker { poller.waker }

    private let session: TerminalSession
    private let poller: Poller
    private let terminalFD: Int32
    private var terminalOpen = true
    private var reportedSize: (width: Int, height: Int)

    /// - Parameter session: the started session whose input descriptor is watched.
    public init(session: TerminalSession) throws {
        self.session = session
        terminalFD = session.options.inputFD
        do {
            poller = try Poller()
        } catch {
            throw TerminalError.systemCall(call: error.call, errno: error.errno)
        }
        reportedSize = session.screenSize
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
            let readiness = poller.wait(deadline: deadline, reading: [terminalOpen ? terminalFD : -1] + extra)
            // poll itself failing cannot be waited out; end the program rather than spin.
            if readiness.failed { return [.hangup] }
            if readiness.timedOut { return [.timeout] }
            let events = collect(readiness, extra: extra)
            if !events.isEmpty { return events }
        }
    }

    private func collect(_ readiness: Poller.Readiness, extra: [Int32]) -> [TerminalEvent] {
        var events: [TerminalEvent] = []
        let terminalReadable = terminalOpen && readiness.readable.contains(terminalFD)
        // Readable with nothing to read is end of input: the terminal went away. Asked before
        // anything below reads keys, or input consumed while handling a resize in this same
        // batch would look like a hang-up.
        let endOfInput = terminalReadable && Poller.bytesReadable(terminalFD) == 0
        var resized = false
        var resumed = false
        for signal in readiness.signals {
            switch signal {
            case SIGWINCH: resized = true
            case SIGCONT: resumed = true
            default:
                if let request = TerminalSignal(number: signal) { events.append(.signal(request)) }
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
        if terminalOpen {
            if terminalReadable { keys += session.readKeys() }
            if readiness.hungUp.contains(terminalFD) { terminalGone = true }
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
        if readiness.woken { events.append(.wake) }
        let ready = Set(readiness.readable + readiness.hungUp)
        events += extra.filter(ready.contains).map(TerminalEvent.fdReadable)
        if terminalGone {
            // Stop watching it: a hung-up terminal stays "readable" forever, and a loop that
            // kept polling it would spin at full CPU.
            terminalOpen = false
            events.append(.hangup)
        }
        return events
    }
}
