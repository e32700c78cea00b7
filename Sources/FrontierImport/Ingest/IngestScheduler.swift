import Foundation
import FrontierCore

/// When `frontier ingest` reads each source next: every source on its own interval, the
/// earliest deadline first.
///
/// A pure value, given the times by its caller, so the order and the backoff can be reasoned
/// about without a clock. One source is read at a time: the sources of one dataset are few,
/// and applying them one after another keeps every write to the dataset whole and in order.
public struct IngestScheduler: Hashable, Sendable {
    /// How one read of a source ended, as far as its next read goes.
    public enum Attempt: Hashable, Sendable {
        /// Read and applied, answered 304, or a file found unchanged.
        case succeeded
        /// Anything that should be retried sooner than the interval, with growing waits.
        case failed
        /// The server asked us to wait (429 or 503 with `Retry-After`).
        case throttled(retryAfter: Duration)
    }

    /// One source with its next deadline.
    public struct Slot: Hashable, Sendable {
        public var source: IngestSource
        public var due: Date
        /// Failures in a row, which set the length of the next backoff.
        public var consecutiveFailures: Int
    }

    /// In the config's order.
    public private(set) var slots: [Slot]

    /// Every source is due at `start`, so a service that starts reads everything once.
    public init(sources: [IngestSource], start: Date) {
        slots = sources.map { Slot(source: $0, due: start, consecutiveFailures: 0) }
    }

    /// The source to read next and when; ties go to the one listed first in the config.
    public var next: (index: Int, due: Date)? {
        slots.indices.min { (slots[$0].due, $0) < (slots[$1].due, $1) }.map { ($0, slots[$0].due) }
    }

    /// Records how a read of source `index` ended at `ended` and returns the wait before its next read.
    @discardableResult
    public mutating func record(_ attempt: Attempt, for index: Int, endedAt ended: Date) -> Duration {
        let schedule = Self.schedule(for: slots[index].source)
        let outcome: FetchOutcome
        switch attempt {
        case .succeeded:
            slots[index].consecutiveFailures = 0
            outcome = .fetched
        case .failed:
            slots[index].consecutiveFailures += 1
            outcome = .failed(consecutive: slots[index].consecutiveFailures)
        case let .throttled(retryAfter):
            outcome = .throttled(retryAfter: retryAfter)
        }
        let delay = schedule.delay(after: outcome)
        slots[index].due = schedule.nextFetch(after: outcome, endedAt: ended)
        return delay
    }

    /// The poll schedule of one source: its interval after a success; after a failure 5 s or a
    /// quarter of the interval, whichever is shorter, doubling up to the interval (at most
    /// 15 minutes). The quarter keeps a source polled every few seconds from waiting longer to
    /// retry than it would to refresh.
    public static func schedule(for source: IngestSource) -> PollSchedule {
        PollSchedule(refreshInterval: source.interval, firstBackoff: min(.seconds(5), source.interval / 4))
    }
}
