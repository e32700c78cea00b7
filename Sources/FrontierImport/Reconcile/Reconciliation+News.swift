import Foundation
import FrontierCore

extension Reconciliation {
    /// Where the dataset's news items are, by each identity an imported item may share with one.
    ///
    /// A headline is not an identity: two items with the same title on the same day are one only
    /// when their GUID or URL also agree ("Release notes" is every week's title).
    struct NewsIndex {
        var byID: [String: Int] = [:]
        var byURL: [String: Int] = [:]

        init(_ news: some Collection<NewsItem>) {
            for (index, item) in news.enumerated() { add(item, at: index) }
        }

        /// The first record keeps a key; later duplicates in a hand-written file do not move it.
        mutating func add(_ item: NewsItem, at index: Int) {
            if byID[item.id] == nil { byID[item.id] = index }
            if let url = item.url.flatMap(Reconciliation.canonicalURL), byURL[url] == nil { byURL[url] = index }
        }
    }

    /// The separator between the publishers of an item that several feeds carry.
    static let sourceSeparator = NewsItem.sourceSeparator

    /// Adds feed entries as news items. An entry is the item the dataset already has with its
    /// id (from the GUID, else the URL with its fragment, else the headline and day) or, from
    /// another feed, its URL; an entry its own batch already gave is skipped with the reason.
    mutating func apply(news: [ImportedNews]) {
        let linker = NewsLinker(organizations: dataset.organizations, models: dataset.models)
        var index = NewsIndex(dataset.news)
        var seen: [Int: String] = [:]
        for item in news { apply(item, linker: linker, index: &index, seen: &seen) }
    }

    private mutating func apply(_ entry: ImportedNews, linker: NewsLinker, index: inout NewsIndex,
                                seen: inout [Int: String]) {
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
        let publisher = entry.publisher.trimmingCharacters(in: .whitespacesAndNewlines)
        let source = publisher.isEmpty ? context.sourceName : publisher
        let sameURL = url.flatMap { index.byURL[$0] }.flatMap { existing in
            // The feed that wrote the item gave it its GUID; another GUID from that feed is another
            // entry (a release on a shared changelog page), not the same article.
            guid != nil && Self.sources(of: dataset.news[existing]).first == source ? nil : existing
        }
        guard let existing = index.byID[id] ?? sameURL else {
            let links = linker.links(in: [headline] + (summary.map { [$0] } ?? []))
            let item = NewsItem(id: id, date: entry.date, approximate: entry.approximate, headline: headline, summary: summary,
                                orgs: links.organizations, models: links.models, source: source, url: entry.url,
                                tags: [NewsItem.importedTag], provenance: stamped(entry.provenance, asOf: entry.date))
            seen[dataset.news.count] = place
            index.add(item, at: dataset.news.count)
            dataset.news.append(item)
            noteAdded(.news, id)
            return
        }
        if let first = seen[existing] {
            let reason = index.byID[id] == existing ? (guid != nil ? "same guid" : url != nil ? "same URL" : "same headline and day")
                : "same URL"
            skipped.append(ImportWarning(place: place, reason: "duplicate of \(first) (\(reason))"))
            return
        }
        seen[existing] = place
        merge(entry, headline: headline, summary: summary, source: source, into: existing, linker: linker, index: &index)
    }

    /// The item seen again: the feed that wrote it first may correct its words; another feed only
    /// adds itself as a source, so alternating imports never rewrite the headline back and forth.
    /// Items an import did not write are someone's curated text, and stay as they are.
    private mutating func merge(_ entry: ImportedNews, headline: String, summary: String?, source: String,
                                into existing: Int, linker: NewsLinker, index: inout NewsIndex) {
        var item = dataset.news[existing]
        guard item.tags.contains(NewsItem.importedTag) else {
            unchanged += 1
            return
        }
        let sources = Self.sources(of: item)
        if sources.first == source {
            guard item.headline != headline || item.summary != summary else {
                unchanged += 1
                return
            }
            let links = linker.links(in: [headline] + (summary.map { [$0] } ?? []))
            item.headline = headline
            item.summary = summary
            item.orgs = Self.union(item.orgs, links.organizations)
            item.models = Self.union(item.models, links.models)
            item.provenance = stamped(entry.provenance, asOf: entry.date)
        } else if !sources.contains(source) {
            item.source = (sources + [source]).joined(separator: Self.sourceSeparator)
        } else {
            unchanged += 1
            return
        }
        dataset.news[existing] = item
        index.add(item, at: existing)
        noteUpdated(.news, item.id)
    }

    /// The publishers an item lists, the one that wrote its words first.
    static func sources(of item: NewsItem) -> [String] {
        item.source.components(separatedBy: sourceSeparator)
    }

    /// A URL reduced to what identifies the entry: lowercase scheme and host, no default port, no
    /// `utm_*` tracking parameters, no trailing slash. The fragment stays: one changelog page
    /// holds a hundred releases as `#2.3.15`, `#2.3.14`, ... Nil for text that is not an
    /// absolute http(s) URL.
    static func canonicalURL(_ text: String) -> String? {
        var rest = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let schemeEnd = rest.range(of: "://") else { return nil }
        let scheme = rest[..<schemeEnd.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }
        rest = String(rest[schemeEnd.upperBound...])
        var fragment = ""
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[hash...])
            rest = String(rest[..<hash])
            if fragment == "#" { fragment = "" }
        }
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
        return "\(scheme)://\(host)\(path)" + (query.isEmpty ? "" : "?" + query.joined(separator: "&")) + fragment
    }

    /// A headline as two feeds would both print it: case and runs of white space ignored, with its day.
    static func headlineKey(_ headline: String, _ date: DayDate) -> String {
        "\(date) " + headline.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private static func union(_ first: [String], _ second: [String]) -> [String] {
        first + second.filter { !first.contains($0) }
    }
}
