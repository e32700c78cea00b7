import Foundation
import FrontierCore

/// One source `frontier ingest` polls: what format it is, where it lives and how often to read it.
public struct IngestSource: Hashable, Sendable {
    /// Where the bytes come from.
    public enum Location: Hashable, Sendable, CustomStringConvertible {
        /// Fetched over HTTP(S), conditionally once validators are known.
        case url(URL)
        /// A local file, absolute (relative paths in the config are resolved against its directory).
        case path(String)

        public var description: String {
            switch self {
            case let .url(url): return url.absoluteString
            case let .path(path): return path
            }
        }
    }

    /// The name given in the config, if any.
    public var name: String?
    public var kind: ImportKind
    public var location: Location
    /// The wait between reads after a success; failures retry sooner (see `IngestScheduler`).
    public var interval: Duration
    /// Where a URL's bytes are fetched when not from the URL itself (`update --mirror`).
    public var fetchedFrom: URL?

    public init(name: String?, kind: ImportKind, location: Location, interval: Duration) {
        self.name = name
        self.kind = kind
        self.location = location
        self.interval = interval
    }

    /// The name logs and provenance use: the given name, else the kind's own (`OpenRouter`),
    /// else, for a feed, its URL or path until its title is known.
    public var label: String {
        name ?? kind.defaultSourceName ?? location.description
    }

    /// What remembered validators are filed under: the kind and the location, so editing a
    /// source's URL starts it afresh instead of sending another URL's entity tag.
    public var memoryKey: String {
        "\(kind.rawValue) \(location)"
    }
}
