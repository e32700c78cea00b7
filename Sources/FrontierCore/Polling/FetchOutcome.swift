/// How the last fetch of a source ended, as far as deciding when to fetch it again goes.
///
/// Separate from `FetchResult` because the schedule needs no body, and because the count of
/// failures in a row is history the caller keeps, not something one response knows.
public enum FetchOutcome: Hashable, Sendable {
    /// The server answered 304: our copy is current.
    case notModified
    /// A new body arrived.
    case fetched
    /// The fetch failed; `consecutive` counts this one, so the first failure is 1.
    case failed(consecutive: Int)
    /// The server asked us to wait (429 or 503 with `Retry-After`) at least this long.
    case throttled(retryAfter: Duration)

    /// How many fetches in a row have now failed; throttling does not count, since the
    /// server told us exactly when to come back.
    public var consecutiveFailures: Int {
        if case let .failed(consecutive) = self { return consecutive }
        return 0
    }
}
