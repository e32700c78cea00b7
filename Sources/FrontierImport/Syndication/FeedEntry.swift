import FrontierCore

/// One item or entry as a feed wrote it, before its date is read and duplicates are dropped.
///
/// `RSSFeed` and `AtomFeed` fill these from their own vocabularies so that `FeedImporter` checks
/// dates, titles and duplicates once for every kind of feed.
struct FeedEntry: Hashable, Sendable {
    /// `item 3` or `entry 2`: 1-based, counting every entry in the document.
    var label: String
    /// Plain text; nil or empty when the feed gave none.
    var title: String?
    /// RSS `guid`, Atom `id`, RSS 1.0 `rdf:about`, trimmed.
    var guid: String?
    /// Absolute and canonical.
    var link: String?
    /// Plain text, capped.
    var summary: String?
    /// The texts of the date elements present, most preferred first (`pubDate` before `dc:date`).
    var dates: [String]
    /// The elements dates are read from, named in the warning when there is none.
    var dateElements: String
}
