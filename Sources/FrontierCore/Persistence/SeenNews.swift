/// The news a run had on screen from the week before it ended, so the next run can mark what
/// arrived since ("since last visit").
///
/// Only a recent window is kept, and at most `limit` ids, so the state file stays small however
/// large the news feed grows. The list is complete for every day from `since` on: when more news
/// than `limit` falls in the window, whole days are left out from the oldest end and `since`
/// moves past them, so an old item is never taken for a new one.
public struct SeenNews: Hashable, Sendable {
    /// Days before the exit day whose news is remembered.
    public static let windowDays = 7
    /// The most ids kept.
    public static let limit = 2000

    /// The first day the list covers: news dated on or after it that is not in `ids` is new.
    public var since: DayDate
    public var ids: [String]

    public init(since: DayDate, ids: [String]) {
        self.since = since
        self.ids = ids
    }

    /// The news in `news` dated from `windowDays` before `exitDay` on (later dates included),
    /// newest first, with whole days dropped from the oldest end beyond `limit`.
    public init(news: some Collection<NewsItem>, exitDay: DayDate, limit: Int = SeenNews.limit) {
        let start = exitDay.adding(days: -Self.windowDays) ?? exitDay
        let recent = news.filter { $0.date >= start }.sorted { $0.date > $1.date }
        guard recent.count > limit else {
            self.init(since: start, ids: recent.map(\.id))
            return
        }
        // The first day that does not fit whole is left out entirely, with everything older.
        let cutDay = recent[limit].date
        let kept = recent.prefix { $0.date > cutDay }
        self.init(since: cutDay.adding(days: 1) ?? cutDay, ids: kept.map(\.id))
    }

    /// The ids of the items of `news` this list covers but does not hold: what arrived since.
    public func unseen(in news: some Collection<NewsItem>) -> [String] {
        let seen = Set(ids)
        return news.filter { $0.date >= since && !seen.contains($0.id) }.map(\.id)
    }
}

extension SeenNews: Codable {
    private enum CodingKeys: String, CodingKey {
        case since, ids
    }

    /// Throws when `since` is missing or not a day, so a damaged entry is dropped whole (which
    /// marks nothing) rather than read as a window that would mark old news as new.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let text = try container.decode(String.self, forKey: .since)
        guard let since = DayDate(text) else {
            throw DecodingError.dataCorruptedError(forKey: .since, in: container, debugDescription: "expected a day YYYY-MM-DD")
        }
        self.init(since: since, ids: container.leniently(listOf: String.self, forKey: .ids))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(since.description, forKey: .since)
        try container.encode(ids, forKey: .ids)
    }
}
