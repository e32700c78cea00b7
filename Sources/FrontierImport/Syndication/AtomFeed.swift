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
        let summary = (element.element("summary", in: atom).flatMap(text)).flatMap { $0.isEmpty ? nil : $0 }
            ?? element.element("content", in: atom).flatMap(text)
        // `issued` and `modified` are Atom 0.3's names for `published` and `updated`.
        let dates = ["published", "updated", "issued", "modified"]
            .compactMap { element.element($0, in: atom)?.text.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
        return FeedEntry(label: "entry \(number)", title: element.element("title", in: atom).flatMap(text),
                         guid: id.flatMap { $0.isEmpty ? nil : $0 },
                         link: alternateLink(of: element, base: base).flatMap { CanonicalURL.canonical($0.absoluteString) },
                         summary: summary.map { HTMLText.capped($0) }.flatMap { $0.isEmpty ? nil : $0 },
                         dates: dates, dateElements: "published or updated")
    }

    /// The `link` whose `rel` is `alternate` or absent that a browser can open, resolved: the
    /// first http(s) one of type `text/html` (or of no type), else the first http(s) one, else
    /// the first of any scheme. A feed may list a `gemini://` or `application/pdf` alternate
    /// before its web page; the row's link should be the page.
    private static func alternateLink(of element: XMLTreeElement, base: URL?) -> URL? {
        var candidates: [(url: URL, type: String?)] = []
        for link in element.elements("link", in: atom) {
            let rel = link.attribute("rel")?.trimmingCharacters(in: .whitespaces).lowercased() ?? "alternate"
            guard rel == "alternate", let href = link.attribute("href") else { continue }
            if let resolved = FeedLinks.absolute(href, against: FeedLinks.base(of: link, inheriting: base)) {
                let type = link.attribute("type")?.trimmingCharacters(in: .whitespaces).lowercased()
                candidates.append((resolved, type.flatMap { $0.isEmpty ? nil : $0 }))
            }
        }
        func isWeb(_ url: URL) -> Bool { ["http", "https"].contains(url.scheme?.lowercased() ?? "") }
        let page = candidates.first { isWeb($0.url) && ($0.type == nil || $0.type == "text/html") }
        return (page ?? candidates.first { isWeb($0.url) } ?? candidates.first)?.url
    }

    /// An Atom text construct as plain text; nil for content that is elsewhere (`src`) or not
    /// text (a base64 image).
    private static func text(_ element: XMLTreeElement) -> String? {
        guard element.attribute("src") == nil else { return nil }
        let type = element.attribute("type")?.trimmingCharacters(in: .whitespaces).lowercased() ?? "text"
        switch type {
        case "html", "text/html":
            return HTMLText.plainText(fromHTML: element.innerMarkup)
        case "xhtml", "application/xhtml+xml":
            return HTMLText.plainText(fromXHTML: element)
        case "text", "text/plain":
            return HTMLText.collapsed(element.text)
        default:
            return type.hasPrefix("text/") ? HTMLText.collapsed(element.text) : nil
        }
    }
}
