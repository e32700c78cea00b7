import Foundation
import FrontierCore

/// Reads RSS 2.0 and 0.9x (`<rss><channel><item>`) and RSS 1.0 / 0.90 (`<rdf:RDF>`, where items
/// are the channel's siblings) into a `FeedDocument`.
///
/// Items are looked for in both places whatever the root, since the two families differ in
/// little else. Titles and descriptions are taken as HTML, which is how readers treat them.
enum RSSFeed {
    static func read(_ root: XMLTreeElement, documentBase: URL?) -> FeedDocument {
        let channel = root.element("channel", in: plain)
        let rootBase = FeedLinks.base(of: root, inheriting: documentBase)
        let channelBase = channel.map { FeedLinks.base(of: $0, inheriting: rootBase) } ?? rootBase
        // The site's page, else the feed's own address, as a base for the items' relative links.
        let ownLink = channel.flatMap { link(of: $0, base: channelBase) ?? link(of: $0, base: channelBase, rel: "self") }
        // An xml:base written in the feed wins over its own link, which wins over where it came from.
        let declaresBase = [root, channel].contains { $0?.attribute("base", in: .xml) != nil }
        let itemBase = declaresBase ? channelBase : (ownLink ?? documentBase)

        let items = (channel?.elements("item", in: plain) ?? []) + root.elements("item", in: plain)
        let entries = items.enumerated().map { offset, item in
            entry(item, number: offset + 1, base: FeedLinks.base(of: item, inheriting: itemBase))
        }
        let title = channel?.element("title", in: plain).map(text)
        let channelDates = [channel?.element("pubDate", in: plain), channel?.element("lastBuildDate", in: plain),
                            channel?.element("date", in: [.dublinCore])].compactMap { $0.map(text) }
        return FeedDocument(title: title.flatMap { $0.isEmpty ? nil : $0 }, entries: entries, channelDates: channelDates,
                            datesOptional: true)
    }

    private static let plain: Set<FeedVocabulary> = [.plain]

    private static func entry(_ item: XMLTreeElement, number: Int, base: URL?) -> FeedEntry {
        let about = item.attribute("about", in: .rdf)?.trimmingCharacters(in: .whitespacesAndNewlines)
        let guidElement = item.element("guid", in: plain)
        let guidText = guidElement?.text.trimmingCharacters(in: .whitespacesAndNewlines)
        let guid = [guidText, about].compactMap { $0 }.first { !$0.isEmpty }

        var link = link(of: item, base: base).flatMap { CanonicalURL.canonical($0.absoluteString, keepingFragment: true) }
        if link == nil, let guidElement, let guidText, FeedLinks.looksLikeWebURL(guidText),
           guidElement.attribute("isPermaLink")?.trimmingCharacters(in: .whitespaces).lowercased() != "false" {
            link = FeedLinks.resolve(guidText, against: base)
        }
        if link == nil, let about, FeedLinks.looksLikeWebURL(about) {
            link = FeedLinks.resolve(about, against: base)
        }

        // A description that is only an image says nothing; the full content may.
        let summary = [item.element("description", in: plain), item.element("encoded", in: [.content])]
            .lazy.compactMap { $0.map(text) }.first { !$0.isEmpty }.map { HTMLText.capped($0) }
        // Later elements are fallbacks: some feeds date items only by when they last changed.
        let dates = [item.element("pubDate", in: plain), item.element("date", in: [.dublinCore]),
                     item.element("modified", in: [.dublinCoreTerms]), item.element("updated", in: [.atom])]
            .compactMap { $0?.text.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
        // `dc:title` stands in for a missing or empty `title`, as readers do.
        let title = [item.element("title", in: plain), item.element("title", in: [.dublinCore])]
            .lazy.compactMap { $0.map(text) }.first { !$0.isEmpty }
            ?? item.element("title", in: plain).map(text)
        return FeedEntry(label: "item \(number)", title: title, guid: guid,
                         link: link, summary: summary, dates: dates,
                         dateElements: "pubDate, dc:date, dcterms:modified or atom:updated")
    }

    /// The page an item or channel links to: RSS `link`, else an `atom:link` with relation
    /// `rel` (the page itself unless asked for another).
    private static func link(of element: XMLTreeElement, base: URL?, rel wanted: String = "alternate") -> URL? {
        if wanted == "alternate", let link = element.element("link", in: plain),
           let resolved = FeedLinks.absolute(link.text, against: FeedLinks.base(of: link, inheriting: base)) {
            return resolved
        }
        for link in element.elements("link", in: [.atom]) {
            let rel = link.attribute("rel")?.trimmingCharacters(in: .whitespaces).lowercased() ?? "alternate"
            guard rel == wanted, let href = link.attribute("href") else { continue }
            if let resolved = FeedLinks.absolute(href, against: FeedLinks.base(of: link, inheriting: base)) {
                return resolved
            }
        }
        return nil
    }

    private static func text(_ element: XMLTreeElement) -> String {
        HTMLText.plainText(fromHTML: element.innerMarkup)
    }
}
