import FrontierCore

/// What a feed says about itself and its entries, whatever its vocabulary.
struct FeedDocument: Hashable, Sendable {
    /// The feed's title as plain text, if it has a non-empty one.
    var title: String?
    var entries: [FeedEntry]
    /// The channel's own dates (RSS `pubDate`, `lastBuildDate`, `dc:date`), as written: the day
    /// an undated item is given, marked approximate.
    var channelDates: [String] = []
    /// Whether an entry may lack a date: RSS makes `pubDate` optional (and 0.9x has none), Atom
    /// requires `updated`, so an undated Atom entry is a broken one.
    var datesOptional = false
}
