import Foundation
import FrontierCore

/// Something that happened to the followed sources, told to `reduce(_:_:)` by the runtime.
///
/// Facts, in the past tense: what was read, what a background fetch or load brought, and what
/// time it is. Time arrives here (a monotonic instant for schedules, a wall-clock date for what
/// the status line shows) and so does the random number jitter needs, so the state machine
/// never reads a clock or draws a number and tests can step through backoff and debouncing.
public enum SourceEvent: Sendable {
    // MARK: Opening

    /// A URL source's copy from the cache was read at start, before any fetch.
    case cachedCopyRead(SourceRole, CachedCopy)
    /// A URL was fetched before following began (one-shot commands, and `watch` at start),
    /// the fetch having started at `at`.
    case fetchedAtStart(SourceRole, FetchResult, at: Date)
    /// The data sources were loaded at start into `base`; everything read so far is on show.
    /// `fetchedNow` says the URLs were just fetched, so their next fetch is a refresh away.
    case opened(base: DatasetMerger, at: ContinuousClock.Instant, fetchedNow: Bool)
    /// A one-shot command read stdin to its end; its records are merged at once.
    case standardInputDrained

    // MARK: Following

    /// The watcher reported these paths changed at `at`.
    case filesChanged(Set<String>, at: ContinuousClock.Instant)
    /// The loop woke at `at`: changed files that have been quiet long enough are due.
    case debounceDue(at: ContinuousClock.Instant)
    /// A followed feed file was read (after `SourceEffect.readFeedFile`, and once at start).
    /// `exists` says the file is there now, even if it brought nothing.
    case feedFileRead(feed: Int, FeedBatch, exists: Bool)
    /// Lines arrived on stdin.
    case standardInputRead(FeedBatch)
    /// Stdin ended at `at`; the batch is its last line without a newline, if any.
    case standardInputEnded(FeedBatch, at: Date)
    /// A background fetch ended; the loop took it up at `at`. `randomUnit`, in `0..<1`,
    /// spreads the retry after a failure (see `PollSchedule.delay(after:randomUnit:)`).
    case fetchFinished(FetchEnded, at: ContinuousClock.Instant, randomUnit: Double)
    /// A background load ended; the loop took it up at `at`.
    case loadFinished(LoadEnded, at: Date)
    /// Everything the loop woke for at `at` has been told: fetches that are due start, a load
    /// of what changed starts, and problems no load will carry are reported.
    case passEnded(at: ContinuousClock.Instant)

    /// How a fetch started by `SourceEffect.fetch` ended.
    public struct FetchEnded: Sendable {
        public var role: SourceRole
        public var result: FetchResult
        /// When the answer arrived, as the status line shows it.
        public var endedAt: Date
        /// A fetched feed, decoded in the fetch's task off the terminal's thread; nil for data,
        /// and for a feed the runtime did not decode (it is decoded then).
        public var feed: FeedBatch?

        public init(role: SourceRole, result: FetchResult, endedAt: Date, feed: FeedBatch? = nil) {
            self.role = role
            self.result = result
            self.endedAt = endedAt
            self.feed = feed
        }
    }

    /// What a load started by `SourceEffect.load` produced.
    public struct LoadEnded: Sendable {
        /// The data sources loaded again; nil when only the feeds were merged.
        public var base: DatasetMerger?
        /// The problems of `base`; when not empty the base is not used.
        public var diagnostics: [Diagnostic]
        /// The feeds as they were when the load began, merged on the new base if it loaded, else
        /// on the last good one.
        public var merged: DatasetLoadResult
        /// Its rows and index, when the screen asked for them.
        public var derived: DerivedData?
        /// The feeds with the merger that made `merged`, for the next merge to go on from.
        public var feeds: LiveData?

        public init(base: DatasetMerger?, diagnostics: [Diagnostic], merged: DatasetLoadResult, derived: DerivedData? = nil,
                    feeds: LiveData? = nil) {
            self.base = base
            self.diagnostics = diagnostics
            self.merged = merged
            self.derived = derived
            self.feeds = feeds
        }
    }
}
