import Foundation
import FrontierCore

/// How one fetch of a URL ended; a value, so the runtime can hand it to `reduce` as an action.
public enum FetchResult: Hashable, Sendable {
    /// 200: a new body.
    case fetched(FetchedBody)
    /// 304: the copy we hold is current. The validators to send next time: the ones we sent,
    /// updated by any the 304 carried.
    case notModified(Validators)
    /// 429 or 503 with `Retry-After`: the server asked us to wait at least `retryAfter`.
    case throttled(retryAfter: Duration, FetchFailure)
    /// Anything else: an error status, a timeout, a broken connection, a truncated body.
    case failed(FetchFailure)

    /// The outcome the poll schedule needs, given how many fetches had failed in a row before this one.
    public func outcome(afterConsecutiveFailures previous: Int) -> FetchOutcome {
        switch self {
        case .fetched: return .fetched
        case .notModified: return .notModified
        case let .throttled(retryAfter, _): return .throttled(retryAfter: retryAfter)
        case .failed: return .failed(consecutive: max(previous, 0) + 1)
        }
    }
}
