import Foundation
import FrontierCore

/// Makes a feed's links absolute and canonical, following `xml:base` where a feed sets one.
///
/// Feeds written for one site often link `/2025/01/post` and leave readers to resolve it. The
/// base is, in order: the `xml:base` in effect (itself resolved against the one outside it), the
/// feed's own link to its site, and the address the feed was fetched from when that is an
/// http(s) URL. Resolution is Foundation's RFC 3986 resolution.
enum FeedLinks {
    /// The address the bytes came from, as a base, when it is an http(s) URL; a file path is not
    /// where the feed's relative links point.
    static func documentBase(_ location: String) -> URL? {
        guard let url = URL(string: location), let scheme = url.scheme?.lowercased(),
              scheme == "http" || scheme == "https", url.host != nil else { return nil }
        return url
    }

    /// The base in effect inside `element`: its `xml:base` resolved against `inherited`, or
    /// `inherited` when it sets none or one that cannot be resolved.
    static func base(of element: XMLTreeElement, inheriting inherited: URL?) -> URL? {
        guard let written = element.attribute("base", in: .xml)?.trimmingCharacters(in: .whitespacesAndNewlines),
              !written.isEmpty, let url = URL(string: written, relativeTo: inherited)?.absoluteURL,
              url.scheme != nil else { return inherited }
        return url
    }

    /// `text` as an absolute canonical URL, resolved against `base` when relative; nil when it
    /// is empty, or relative with nothing to resolve it against.
    static func resolve(_ text: String, against base: URL?) -> String? {
        absolute(text, against: base).flatMap { CanonicalURL.canonical($0.absoluteString, keepingFragment: true) }
    }

    /// `text` made absolute but otherwise as written, to serve as a base: canonical forms drop
    /// the trailing slash that decides where `post` in `/blog/` resolves.
    static func absolute(_ text: String, against base: URL?) -> URL? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        if let absolute = URL(string: trimmed), absolute.scheme != nil {
            return absolute
        }
        guard let base, let resolved = URL(string: trimmed, relativeTo: base)?.absoluteURL else { return nil }
        return resolved
    }

    /// Whether `text` is an absolute http(s) URL, as a permalink GUID or an `rdf:about` must be
    /// to stand in for a missing link.
    static func looksLikeWebURL(_ text: String) -> Bool {
        let lower = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        return (lower.hasPrefix("http://") || lower.hasPrefix("https://")) && URL(string: lower)?.host != nil
    }
}
