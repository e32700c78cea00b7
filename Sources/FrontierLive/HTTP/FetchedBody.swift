import Foundation
import FrontierCore

/// A body a server sent with 200, with what is needed to ask for it conditionally next time.
public struct FetchedBody: Hashable, Sendable {
    public var url: URL
    public var body: [UInt8]
    /// The `ETag` and `Last-Modified` of this body, to send with the next fetch.
    public var validators: Validators
    /// The response's `Date` header, when present and valid: when the server produced the body.
    public var serverDate: Date?
    /// Set when `body` is only what was appended after the first `resumedFrom` bytes already
    /// held (a `FetchResume` the server answered with 206); nil for a whole body.
    public var resumedFrom: Int?

    public init(url: URL, body: [UInt8], validators: Validators, serverDate: Date?, resumedFrom: Int? = nil) {
        self.url = url
        self.body = body
        self.validators = validators
        self.serverDate = serverDate
        self.resumedFrom = resumedFrom
    }

    /// The body as the cache keeps it, stamped with the caller's clock.
    public func cachedCopy(fetchedAt: Date) -> CachedCopy {
        CachedCopy(url: url, body: body, validators: validators, fetchedAt: fetchedAt)
    }
}
