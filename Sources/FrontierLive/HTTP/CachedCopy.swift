import Foundation
import FrontierCore

/// The last good body fetched from a URL, kept on disk to show when the source is unreachable.
public struct CachedCopy: Hashable, Sendable {
    /// The URL the body came from; also what tells two URLs with the same cache file name apart.
    public var url: URL
    public var body: [UInt8]
    /// Sent with the next fetch, so a restart can still get a 304 instead of the whole body.
    public var validators: Validators
    /// When the body was fetched, kept to the second, for an "offline, data from …" notice.
    public var fetchedAt: Date

    public init(url: URL, body: [UInt8], validators: Validators, fetchedAt: Date) {
        self.url = url
        self.body = body
        self.validators = validators
        self.fetchedAt = fetchedAt
    }
}
