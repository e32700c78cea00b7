/// What a server told us identifies the copy we hold, sent back so it can answer 304.
///
/// Both are kept exactly as the server sent them: RFC 9110 asks clients to echo an entity tag
/// byte for byte (weak `W/` prefix included) and recommends echoing `Last-Modified` verbatim
/// rather than re-formatting a parsed date.
public struct Validators: Hashable, Sendable {
    /// The `ETag` header, quotes included (`"abc"` or `W/"abc"`).
    public var entityTag: String?
    /// The `Last-Modified` header, as sent.
    public var lastModified: String?

    public init(entityTag: String? = nil, lastModified: String? = nil) {
        self.entityTag = entityTag
        self.lastModified = lastModified
    }

    /// True when the server gave neither, so a conditional request is impossible.
    public var isEmpty: Bool {
        entityTag == nil && lastModified == nil
    }
}
