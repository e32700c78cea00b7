import Foundation
import FrontierCore

/// Reads Atom 1.0 (and the 0.3 some old feeds still serve) into a `FeedDocument`.
///
/// Atom says what its text is: `type="text"` is taken as written, `"html"` is escaped HTML and
/// `"xhtml"` is markup inside a `div`. Elements without a namespace are read as Atom too, since
/// hand-written feeds forget the declaration.
enum AtomFeed {
    static func read(_ root: XMLTreeElement, documentBase: URL?) -> FeedDocument {
        let feedBase = FeedLinks.base(of: root, inheriting: documentBase)
        let ownLink = alternateLink(of: root, base: feedBase)
        // An xml:base written in the feed wins over its own link, which wins over where it came from.
        let entryBase = root.attribute("base", in: .xml) != nil
            ? feedBase : (ownLink ?? documentBase)
        let entries = root.elements("entry", in: atom).enumerated().map { offset, element in
            entry(element, number: offset + 1, base: FeedLinks.base(of: element, inheriting: entryBase))
        }
        let title = root.element("title", in: atom).flatMap(text)
        return FeedDocument(title: title.flatMap { $0.isEmpty ? nil : $0 }, entries: entries)
    }

    private static let atom: Set<FeedVocabulary> = [.atom, .plain]

    private static func entry(_ element: XMLTreeElement, number: Int, base: URL?) -> FeedEntry {
        let id = element.element("id", in: atom)?.text.trimmingCharacters(in: .whitespacesAndNewlines)
        let summary = (element.element("summary", in: atom).flatMap(bodyText)).flatMap { $0.isEmpty ? nil : $0 }
            ?? element.element("content", in: atom).flatMap(bodyText)
        // `issued` and `modified` are Atom 0.3's names for `published` and `updated`.
        let dates = ["published", "updated", "issued", "modified"]
            .compactMap { element.element($0, in: atom)?.text.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
        return FeedEntry(label: "entry \(number)", title: element.element("title", in: atom).flatMap(text),
                         guid: id.flatMap { $0.isEmpty ? nil : $0 },
                         link: alternateLink(of: element, base: base).flatMap { CanonicalURL.canonical($0.absoluteString, keepingFragment: true) },
                         summary: summary.map { HTMLText.capped($0) }.flatMap { $0.isEmpty ? nil : $0 },
                         dates: dates, dateElements: "published or updated")
    }

    /// The `link` whose `rel` is `alternate` or absent, resolved: the first that is an http(s)
    /// page (`type` `text/html`, XHTML or none), else the first of any kind.
    ///
    /// Feeds list a `gemini://` or a PDF alternate before the web page; readers open the page.
    private static func alternateLink(of element: XMLTreeElement, base: URL?) -> URL? {
        var first: URL?
        for link in element.elements("link", in: atom) {
            let rel = link.attribute("rel")?.trimmingCharacters(in: .whitespaces).lowercased() ?? "alternate"
            guard rel == "alternate", let href = link.attribute("href"),
                  let resolved = FeedLinks.absolute(href, against: FeedLinks.base(of: link, inheriting: base)) else {
                continue
            }
            if isWebPage(link, resolved) { return resolved }
            first = first ?? resolved
        }
        return first
    }

    private static func isWebPage(_ link: XMLTreeElement, _ url: URL) -> Bool {
        let type = link.attribute("type")?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        let scheme = url.scheme?.lowercased()
        return (scheme == "http" || scheme == "https")
            && (type.isEmpty || type.hasPrefix("text/html") || type.hasPrefix("application/xhtml+xml"))
    }

    /// A summary or content as plain text. Said to be text, it often holds `<br/>` or `<p>`
    /// anyway, so its tags are dropped for display; titles keep theirs (`Vec<T>` is a title).
    private static func bodyText(_ element: XMLTreeElement) -> String? {
        textConstruct(element, droppingTags: true)
    }

    /// An Atom text construct as plain text; nil for content that is elsewhere (`src`) or not
    /// text (a base64 image).
    private static func text(_ element: XMLTreeElement) -> String? {
        textConstruct(element, droppingTags: false)
    }

    private static func textConstruct(_ element: XMLTreeElement, droppingTags: Bool) -> String? {
        guard element.attribute("src") == nil else { return nil }
        let type = element.attribute("type")?.trimmingCharacters(in: .whitespaces).lowercased() ?? "text"
        switch type {
        case "html", "text/html":
            return HTMLText.plainText(fromHTML: element.innerMarkup)
        case "xhtml", "application/xhtml+xml":
            return HTMLText.plainText(fromXHTML: element)
        case "text", "text/plain":
            return droppingTags ? HTMLText.plainText(fromText: element.text) : HTMLText.collapsed(element.text)
        default:
            return type.hasPrefix("text/") ? HTMLText.collapsed(element.text) : nil
        }
    }
}
