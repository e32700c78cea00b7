import Foundation

/// When to fetch a polled source next, from how the last fetch went and when it ended.
///
/// A pure value: the caller passes the time the fetch ended, so tests and `reduce` never read
/// the clock. After a success or a 304 the next fetch is one refresh interval later. After a
/// failure the wait starts at `firstBackoff` and doubles with each failure in a row, up to
/// `backoffCap`: the refresh interval or 15 minutes, whichever is shorter. The cap keeps a
/// failing source from being polled less often than a healthy one, and keeps a long refresh
/// interval from hiding a recovered server for hours. A server's `Retry-After` is honoured as
/// given, never shortened and never capped, because it is the server's own statement of when
/// it will answer.
public struct PollSchedule: Hashable, Sendable {
    /// The longest any failure backoff gets, whatever the refresh interval.
    public static let longestBackoff: Duration = .seconds(15 * 60)

    /// The wait after a success or a 304 (`--refresh`, 300 s by default).
    public var refreshInterval: Duration
    /// The wait after the first failure in a row; each further failure doubles it.
    public var firstBackoff: Duration
    /// The most a backoff is shortened by jitter, as a fraction of it (0 turns jitter off).
    ///
    /// Jitter spreads the retries of many dashboards that lost the same server at the same
    /// moment, so they do not all return together.
    public var jitterFraction: Double

    public init(
        refreshInterval: Duration = .seconds(300),
        firstBackoff: Duration = .seconds(5),
        jitterFraction: Double = 0
    ) {
        self.refreshInterval = max(refreshInterval, .zero)
        self.firstBackoff = max(firstBackoff, .zero)
        self.jitterFraction = min(max(jitterFraction, 0), 1)
    }

    /// The longest wait after a failure: the refresh interval or `longestBackoff`, whichever is shorter.
    public var backoffCap: Duration {
        min(refreshInterval, Self.longestBackoff)
    }

    /// The instant to start the next fetch.
    ///
    /// - Parameters:
    ///   - outcome: how the last fetch ended.
    ///   - ended: when it ended (the caller's clock, passed in).
    ///   - randomUnit: a number in `0..<1` the caller draws for jitter; the schedule draws none
    ///     itself so it stays pure. Ignored unless the outcome is a failure.
    public func nextFetch(after outcome: FetchOutcome, endedAt ended: Date, randomUnit: Double = 0) -> Date {
        ended.addingTimeInterval(Self.seconds(delay(after: outcome, randomUnit: randomUnit)))
    }

    /// How long to wait after `outcome` before fetching again; see `nextFetch`.
    public func delay(after outcome: FetchOutcome, randomUnit: Double = 0) -> Duration {
        switch outcome {
        case .notModified, .fetched:
            return refreshInterval
        case let .failed(consecutive):
            let backoff = backoff(forFailures: consecutive)
            let shortening = jitterFraction * min(max(randomUnit, 0), 1)
            return backoff - backoff * shortening
        case let .throttled(retryAfter):
            // Never sooner than a first failure would wait: `Retry-After: 0`, or a date already
            // past, must not turn into a request loop.
            return max(retryAfter, backoff(forFailures: 1))
        }
    }

    /// `firstBackoff` doubled once per failure after the first, capped; doubling stops as soon
    /// as the cap is reached so a long run of failures cannot overflow.
    private func backoff(forFailures failures: Int) -> Duration {
        let cap = backoffCap
        var wait = min(firstBackoff, cap)
        var doublings = max(failures, 1) - 1
        while doublings > 0, wait < cap {
            wait = min(wait * 2, cap)
            doublings -= 1
        }
        return wait
    }

    private static func seconds(_ duration: Duration) -> TimeInterval {
        let (seconds, attoseconds) = duration.components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }
}
