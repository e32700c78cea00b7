import FrontierCore

/// What a feed says about itself and its entries, whatever its vocabulary.
struct FeedDocument: Hashable, Sendable {
    /// The feed's title as plain text, if it has a non-empty one.
    var title: String?
    var entries: [FeedEntry]
}
