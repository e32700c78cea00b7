import Foundation
import FrontierCore

/// One spelling per page for an absolute URL, so the same story linked two ways is seen as one.
///
/// Feeds and datasets link the same article with and without tracking parameters, a fragment,
/// a default port, a trailing slash or a capitalised host. Imports dedupe on this form, within a
/// feed and against the news already in a dataset.
public enum CanonicalURL {
    /// The canonical form of an absolute URL, or nil when `text` is not one (relative, no host,
    /// not parseable).
    ///
    /// Lowercases the scheme and host, drops a default port (80 for http, 443 for https), the
    /// fragment, `utm_*`, `fbclid` and `gclid` query items and a trailing slash on a path other
    /// than `/`, and writes an empty path as `/`. Other query items keep their order and spelling;
    /// the path keeps its case, since servers may tell `/A` from `/a`. A feed's links keep their
    /// fragment (`keepingFragment`): on a changelog page (`/changelog#2.3.9`) it names the entry.
    public static func canonical(_ text: String, keepingFragment: Bool = false) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let url = URL(string: trimmed),
              let components = URLComponents(url: url, resolvingAgainstBaseURL: true),
              let scheme = components.scheme?.lowercased(),
              let host = components.percentEncodedHost?.lowercased(), !host.isEmpty else { return nil }
        var result = scheme + "://"
        if let user = components.percentEncodedUser {
            result += user
            if let password = components.percentEncodedPassword {
                result += ":" + password
            }
            result += "@"
        }
        result += host
        if let port = components.port, defaultPorts[scheme] != port {
            result += ":\(port)"
        }
        var path = components.percentEncodedPath
        while path.count > 1, path.hasSuffix("/") {
            path.removeLast()
        }
        result += path.isEmpty ? "/" : path
        if let query = components.percentEncodedQuery {
            let kept = query.split(separator: "&").filter { !isTracking($0) }
            if !kept.isEmpty {
                result += "?" + kept.joined(separator: "&")
            }
        }
        if keepingFragment, let fragment = components.percentEncodedFragment, !fragment.isEmpty {
            result += "#" + fragment
        }
        return result
    }

    private static let defaultPorts = ["http": 80, "https": 443]

    /// Query items that say how a reader arrived, not what they asked for.
    private static func isTracking(_ item: Substring) -> Bool {
        let name = item.prefix { $0 != "=" }.lowercased()
        return name.hasPrefix("utm_") || name == "fbclid" || name == "gclid"
    }
}
