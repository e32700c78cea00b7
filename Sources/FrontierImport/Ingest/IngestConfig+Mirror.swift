import Foundation

extension IngestConfig {
    /// The same config with every URL fetched from `origin` instead: scheme, host and port
    /// taken from it, path and query kept, so `https://models.dev/api.json` from
    /// `http://127.0.0.1:8080` is fetched as `http://127.0.0.1:8080/api.json`. The sources keep
    /// their own URLs for the log and provenance. For a mirror or a caching proxy, and for
    /// tests, which serve copies of the sources on the loopback interface.
    public func mirrored(at origin: URL) -> IngestConfig {
        var copy = self
        copy.sources = sources.map { source in
            guard case let .url(url) = source.location,
                  var parts = URLComponents(url: url, resolvingAgainstBaseURL: false) else { return source }
            parts.scheme = origin.scheme
            parts.host = origin.host
            parts.port = origin.port
            let prefix = origin.path.hasSuffix("/") ? String(origin.path.dropLast()) : origin.path
            parts.path = prefix + parts.path
            var mirrored = source
            mirrored.fetchedFrom = parts.url
            return mirrored
        }
        return copy
    }
}
