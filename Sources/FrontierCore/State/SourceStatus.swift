import Foundation

/// One source of the data on screen and how it stands, for the footer's sources line.
///
/// The runtime owns the sources and reports them with `Action.sourcesUpdated`; the state only
/// keeps what it was told, and the views turn the times into ages at each frame, so the
/// reducer never needs a clock.
public struct SourceStatus: Hashable, Sendable {
    /// How a source stands.
    public enum State: Hashable, Sendable {
        /// Nothing has arrived yet (an HTTP source on its first request, without a cached copy).
        case waiting
        /// A followed stream (a JSON Lines file being tailed, standard input): it has no age,
        /// since what it appends shows at once.
        case live
        /// A followed stream that has ended (standard input reached its end); what it brought stays.
        case ended(at: Date)
        /// A file, last loaded cleanly at this time.
        case loaded(at: Date)
        /// A URL, last answered with this HTTP status (200, 206 for the appended part of a feed, or
        /// 304 for "not modified") at this time.
        case fetched(at: Date, status: Int)
        /// A URL that cannot be reached; the copy cached at `cachedAt` (nil: none) is on screen.
        case offline(cachedAt: Date?)
        /// The last attempt failed with `message` (`HTTP 500`, `data.json:41:17: …`); the data
        /// from `lastGood` (nil: never) stays on screen.
        case failed(message: String, lastGood: Date?)
    }

    /// The source as the user gave it: `data.json`, `feed.jsonl`, `stdin`, `https://example.org/data.json`.
    public var name: String
    public var state: State

    public init(name: String, state: State) {
        self.name = name
        self.state = state
    }

    /// When the data this source last delivered arrived, for ordering and ages; nil when unknown.
    public var lastGood: Date? {
        switch state {
        case .waiting, .live: return nil
        case let .ended(at): return at
        case let .loaded(at): return at
        case let .fetched(at, _): return at
        case let .offline(cachedAt): return cachedAt
        case let .failed(_, lastGood): return lastGood
        }
    }

    /// Whether the source is in trouble (offline or failing), which the footer keeps in sight longest.
    public var isTroubled: Bool {
        switch state {
        case .offline, .failed: return true
        case .waiting, .live, .ended, .loaded, .fetched: return false
        }
    }
}
