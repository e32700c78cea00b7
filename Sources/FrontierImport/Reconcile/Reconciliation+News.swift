import Foundation
import FrontierCore

extension Reconciliation {
    /// Where the dataset's news items are, by each identity an imported item may share with one.
    struct NewsIndex {
        var byID: [String: Int] = [:]
        var byURL: [String: Int] = [:]
        var byHeadline: [String: Int] = [:]

        init(_ news: [NewsItem]) {
            for (index, item) in news.enumerated() { add(item, at: index) }
        }

        /// The first record keeps a key; later duplicates in a hand-written file do not move it.
        mutating func add(_ item: NewsItem, at index: Int) {
            if byID[item.id] == nil { byID[item.id] = index }
            if let url = item.url.flatMap(Reconciliation.canonicalURL), byURL[url] == nil { byURL[url] = index }
            let headline = Reconciliation.headlineKey(item.headline, item.date)
            if byHeadline[headline] == nil { byHeadline[headline] = index }
        }
    }

    /// Adds feed entries as news items, skipping those the dataset already has: the same id
    /// (from the GUID or URL), the same canonical URL, or the same headline on the same day.
    mutating func apply(news: [ImportedNews]) {
        let linker = NewsLinker(organizations: dataset.organizations, models: dataset.models)
        var index = NewsIndex(dataset.news)
        for item in news { apply(item, linker: linker, index: &index) }
    }

    private mutating func apply(_ entry: ImportedNews, linker: NewsLinker, index: inout NewsIndex) {
        let headline = entry.headline.trimmingCharacters(in: .whitespacesAndNewlines)
        let summary = entry.summary.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        let guid = entry.guid.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        let url = entry.url.flatMap(Self.canonicalURL)
        let place = guid ?? url ?? JSONWriter.quoted(entry.headline, limit: 60)
        guard !headline.isEmpty else {
            skipped.append(ImportWarning(place: place, reason: "no headline"))
            return
        }
        let identity = guid ?? url ?? "\(entry.date) \(Self.headlineKey(headline, entry.date))"
        let id = "news-" + FNV1a.hex64(identity.utf8)
        let headlineKey = Self.headlineKey(headline, entry.date)
        let links = linker.links(in: [headline] + (summary.map { [$0] } ?? []))

        if let existing = index.byID[id] ?? url.flatMap({ index.byURL[$0] }) ?? index.byHeadline[headlineKey] {
            var item = dataset.news[existing]
            // Items an import did not write are someone's curated text; a feed does not rewrite them.
            guard item.tags.contains("imported"), item.headline != headline || item.summary != summary else {
                unchanged += 1
                return
            }
            item.headline = headline
            item.summary = summary
            item.orgs = Self.union(item.orgs, links.organizations)
            item.models = Self.union(item.models, links.models)
            item.provenance = stamped(entry.provenance, asOf: entry.date)
            dataset.news[existing] = item
            index.add(item, at: existing)
            noteUpdated(.news, item.id)
            return
        }

        let publisher = entry.publisher.trimmingCharacters(in: .whitespacesAndNewlines)
        let item = NewsItem(id: id, date: entry.date, approximate: entry.approximate, headline: headline, summary: summary,
                            orgs: links.organizations, models: links.models,
                            source: publisher.isEmpty ? context.sourceName : publisher, url: entry.url,
                            tags: ["imported"], provenance: stamped(entry.provenance, asOf: entry.date))
        index.add(item, at: dataset.news.count)
        dataset.news.append(item)
        noteAdded(.news, id)
    }

    /// A URL reduced to what identifies the page: lowercase scheme and host, no default port, no
    /// fragment, no `utm_*` tracking parameters, no trailing slash. Nil for text that is not an
    /// absolute http(s) URL.
    static func canonicalURL(_ text: String) -> String? {
        var rest = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let schemeEnd = rest.range(of: "://") else { return nil }
        let scheme = rest[..<schemeEnd.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }
        rest = String(rest[schemeEnd.upperBound...])
        if let hash = rest.firstIndex(of: "#") { rest = String(rest[..<hash]) }
        let hostEnd = rest.firstIndex { $0 == "/" || $0 == "?" } ?? rest.endIndex
        var host = rest[..<hostEnd].lowercased()
        guard !host.isEmpty else { return nil }
        if scheme == "http", host.hasSuffix(":80") { host.removeLast(3) }
        if scheme == "https", host.hasSuffix(":443") { host.removeLast(4) }
        var path = String(rest[hostEnd...])
        var query: [Substring] = []
        if let mark = path.firstIndex(of: "?") {
            query = path[path.index(after: mark)...].split(separator: "&").filter { !$0.lowercased().hasPrefix("utm_") }
            path = String(path[..<mark])
        }
        while path.hasSuffix("/") { path.removeLast() }
        return "\(scheme)://\(host)\(path)" + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))
    }

    /// A headline as two feeds would both print it: case and runs of white space ignored, with its day.
    static func headlineKey(_ headline: String, _ date: DayDate) -> String {
        "\(date) " + headline.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private static func union(_ first: [String], _ second: [String]) -> [String] {
        first + second.filter { !first.contains($0) }
    }
}
