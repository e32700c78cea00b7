import FrontierCore

/// Decides when changed files are due for a reload, so a burst of changes costs one reload.
///
/// A save rarely comes as one event: an editor writes a temporary file, renames it over the
/// old one and sets attributes; a feed writer appends many times a second. Each path waits
/// until it has been quiet for `quietPeriod`, but never longer than `maximumWait` after the
/// first change of the burst, so a file written without pause still reloads regularly.
///
/// It never reads the clock: the runtime passes the instant of each change and asks what is due
/// at the instant it wakes, and sleeps until `nextDeadline` (or forever when it is nil), so a
/// dashboard with nothing changing has no timer at all.
public struct Debouncer: Sendable {
    /// How long a path must stay unchanged before it is due.
    public let quietPeriod: Duration
    /// The longest a path waits after the first change it has not been reloaded for.
    public let maximumWait: Duration
    private var pending: [String: Burst] = [:]

    private struct Burst: Sendable {
        var first: ContinuousClock.Instant
        var last: ContinuousClock.Instant
    }

    /// The defaults keep the promise that a change is picked up within 200 ms: a lone change
    /// is due 100 ms after it, and a path changing without pause every 200 ms.
    public init(quietPeriod: Duration = .milliseconds(100), maximumWait: Duration = .milliseconds(200)) {
        self.quietPeriod = quietPeriod
        self.maximumWait = max(maximumWait, quietPeriod)
    }

    /// Notes that `path` changed at `instant`.
    public mutating func record(_ path: String, at instant: ContinuousClock.Instant) {
        if var burst = pending[path] {
            burst.last = max(burst.last, instant)
            pending[path] = burst
        } else {
            pending[path] = Burst(first: instant, last: instant)
        }
    }

    /// Notes that every path in `paths` changed at `instant`, as one watcher read reports them.
    public mutating func record(_ paths: some Sequence<String>, at instant: ContinuousClock.Instant) {
        for path in paths { record(path, at: instant) }
    }

    /// The paths waiting for their reload.
    public var pendingPaths: Set<String> { Set(pending.keys) }

    /// The earliest instant a path becomes due; nil when nothing is waiting.
    public var nextDeadline: ContinuousClock.Instant? {
        pending.values.map(deadline(of:)).min()
    }

    /// The paths due at `instant`, without forgetting them.
    public func due(at instant: ContinuousClock.Instant) -> Set<String> {
        Set(pending.filter { deadline(of: $0.value) <= instant }.keys)
    }

    /// Returns the paths due at `instant` and forgets them; a later change starts a new burst.
    public mutating func takeDue(at instant: ContinuousClock.Instant) -> Set<String> {
        let paths = due(at: instant)
        for path in paths { pending[path] = nil }
        return paths
    }

    private func deadline(of burst: Burst) -> ContinuousClock.Instant {
        min(burst.last + quietPeriod, burst.first + maximumWait)
    }
}
