import Foundation
import FrontierCore
import SystemBackend

/// Keeps the last good body of each polled URL on disk, so a start without network still has data.
///
/// One file per URL, `<FNV-1a 64 of the URL, 16 hex digits>.cache`, holding one line of JSON
/// metadata (the URL, `ETag`, `Last-Modified`, fetch time in ISO 8601, body length) and then
/// the body bytes as fetched. One file, replaced by rename, means the body and its validators
/// can never come from two different fetches. Two URLs whose hashes collide share a file: the
/// URL stored inside decides whose copy it is, so the other simply finds no copy, never a
/// wrong one. Anything unreadable, truncated or malformed is treated as no copy at all: the
/// cache is only ever a convenience.
public struct RemoteCache: Sendable {
    public let directory: String

    public init(directory: String) {
        var directory = directory
        while directory.count > 1, directory.hasSuffix("/") { directory.removeLast() }
        self.directory = directory
    }

    /// Where the cache lives by the XDG base directory rules, or nil when the environment names
    /// no usable directory.
    ///
    /// `XDG_CACHE_HOME` counts only when absolute (the spec says relative values are invalid
    /// and must be ignored); otherwise `$HOME/.cache`, with `HOME` absolute too.
    public static func defaultDirectory(environment: [String: String]) -> String? {
        XDGDirectory.frontier("XDG_CACHE_HOME", fallback: ".cache", environment: environment)
    }

    /// The path of the file that holds `url`'s copy, whether or not it exists yet.
    public func path(for url: URL) -> String {
        "\(directory)/\(FNV1a.hex64(url.absoluteString.utf8)).cache"
    }

    /// The last copy stored for `url`, or nil when there is none usable.
    public func load(_ url: URL) -> CachedCopy? {
        guard let contents = try? FileContents.read(path: path(for: url)),
              let newline = contents.firstIndex(of: 0x0A),
              let metadata = try? JSONDecoder.cacheMetadata.decode(Metadata.self, from: Data(contents[..<newline])),
              metadata.format == Metadata.currentFormat,
              metadata.url == url.absoluteString,
              metadata.bodyBytes == contents.count - newline - 1 else { return nil }
        return CachedCopy(
            url: url,
            body: Array(contents[(newline + 1)...]),
            validators: Validators(entityTag: metadata.etag, lastModified: metadata.lastModified),
            fetchedAt: metadata.fetchedAt
        )
    }

    /// Replaces the stored copy for `copy.url` atomically; creates the directory (0700) when missing.
    public func store(_ copy: CachedCopy) throws(RemoteCacheError) {
        let metadata = Metadata(
            format: Metadata.currentFormat,
            url: copy.url.absoluteString,
            etag: copy.validators.entityTag,
            lastModified: copy.validators.lastModified,
            fetchedAt: copy.fetchedAt,
            bodyBytes: copy.body.count
        )
        let header: Data
        do {
            header = try JSONEncoder.cacheMetadata.encode(metadata)
        } catch {
            // Plain strings, a date and an integer cannot fail to encode; say so if they ever do.
            throw .system(operation: "encode metadata for", path: path(for: copy.url), reason: "\(error)")
        }
        do {
            try AtomicFile.write(Array(header) + [0x0A] + copy.body, to: path(for: copy.url))
        } catch {
            throw .system(operation: error.operation, path: error.path, reason: error.reason)
        }
    }

    /// The first line of a cache file. `format` lets a later build change the layout and read
    /// an old file as absent rather than misread it.
    private struct Metadata: Codable {
        static let currentFormat = 1
        var format: Int
        var url: String
        var etag: String?
        var lastModified: String?
        var fetchedAt: Date
        var bodyBytes: Int
    }
}

private extension JSONEncoder {
    /// One line (no pretty printing, so no newline before the body), stable key order, ISO 8601 dates.
    static var cacheMetadata: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }
}

private extension JSONDecoder {
    static var cacheMetadata: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
