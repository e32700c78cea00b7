/// A dated event in the industry, linked to the organizations and models it concerns.
public struct NewsItem: Hashable, Sendable, Identifiable {
    public var id: String
    public var headline: String
    public var summary: String?
    public var orgs: [String]
    public var models: [String]
    /// The publisher shown in the timeline (`CNBC`, `DeepSeek-R1 README`).
    public var source: String
    public var url: String?
    public var tags: [String]
    public var provenance: Provenance?
    public var notes: [Note]
    // The small fields last, so that no padding lies between fields: two copies of an item are
    // then equal bit for bit over its size, which `commonPrefixCount` tests before `==`.
    public var date: DayDate
    /// The day is approximate (the source gives "about" or "two days after").
    public var approximate: Bool

    public init(id: String, date: DayDate, approximate: Bool = false, headline: String, summary: String? = nil,
                orgs: [String] = [], models: [String] = [], source: String, url: String? = nil, tags: [String] = [],
                provenance: Provenance? = nil, notes: [Note] = []) {
        self.id = id
        self.date = date
        self.approximate = approximate
        self.headline = headline
        self.summary = summary
        self.orgs = orgs
        self.models = models
        self.source = source
        self.url = url
        self.tags = tags
        self.provenance = provenance
        self.notes = notes
    }
}

extension NewsItem {
    /// How `source` joins the publishers of an item that several feeds carried, the one that
    /// wrote its words first.
    public static let sourceSeparator = ", "

    /// The tag an import gives every news item it adds from a feed.
    public static let importedTag = "imported"

    /// Every feed that carried an imported item, the first the one whose words it shows; a
    /// curated item's source as it is written (it may hold a comma of its own).
    public var carriers: [String] {
        tags.contains(Self.importedTag) ? source.components(separatedBy: Self.sourceSeparator) : [source]
    }

    /// How a provenance note says the item's day is only the day an import read it: its feed
    /// gave no date, not even its own.
    public static let firstSeenNoteText = "No date in the feed"

    /// True when `date` is only the day an import read the item.
    public var dateIsFirstSeen: Bool {
        provenance?.note?.hasPrefix(Self.firstSeenNoteText) == true
    }
}
