import Foundation

/// How one source is doing, as the status line tells it.
enum SourceHealth: Hashable, Sendable {
    /// Nothing loaded yet (a URL being fetched for the first time).
    case waiting
    /// A followed feed (a tailed file or stdin), read as it grows.
    case live
    /// A stream that ended (stdin closed); what it sent stays.
    case ended(Date)
    /// A file loaded cleanly at this time.
    case loaded(Date)
    /// A URL answered at this time with this status (200 or 304).
    case fetched(Date, status: Int)
    /// A URL shown from the local cache, not yet confirmed by the server.
    case cached(Date)
    /// The last load or fetch failed; the last good data (from this time, if any) stays.
    case failed(String, lastGood: Date?)
}
