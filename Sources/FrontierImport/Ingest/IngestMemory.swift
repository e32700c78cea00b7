import Foundation
import FrontierCore
import SystemBackend

/// What `frontier ingest` remembers about each source between runs: the validators of the last
/// body it applied and the identity of the last file it read.
///
/// Kept in memory while running and in `$XDG_CACHE_HOME/frontier/ingest-<hash>.json` (the hash
/// of the config's absolute path), so a restarted service still sends `If-None-Match` and
/// `If-Modified-Since` and re-reads no unchanged file. Only what was applied to the dataset is
/// remembered: a body that failed to parse or to apply must be fetched whole again, not
/// answered with a 304. Anything unreadable counts as nothing remembered, because the worst
/// that costs is one full fetch.
public struct IngestMemory: Hashable, Sendable {
    /// What is known of one source, filed under `IngestSource.memoryKey`.
    public struct Entry: Hashable, Sendable, Codable {
        public var entityTag: String?
        public var lastModified: String?
        public var file: FileStamp?

        public init(validators: Validators = Validators(), file: FileStamp? = nil) {
            entityTag = validators.entityTag
            lastModified = validators.lastModified
            self.file = file
        }

        public var validators: Validators {
            Validators(entityTag: entityTag, lastModified: lastModified)
        }
    }

    /// The config these entries belong to, absolute; a file of another config is ignored.
    public var config: String
    public var entries: [String: Entry]

    public init(config: String, entries: [String: Entry] = [:]) {
        self.config = config
        self.entries = entries
    }

    /// The file for `config` (absolute) in `cacheDirectory` (see `RemoteCache.defaultDirectory`).
    public static func path(forConfig config: String, in cacheDirectory: String) -> String {
        "\(cacheDirectory)/ingest-\(FNV1a.hex64(config.utf8)).json"
    }

    /// What the file at `path` remembers for `config`; empty when it is missing, unreadable or
    /// belongs to another config.
    public static func load(path: String, config: String) -> IngestMemory {
        guard let bytes = try? FileContents.read(path: path),
              let stored = try? JSONDecoder().decode(Stored.self, from: Data(bytes)),
              stored.format == Stored.currentFormat, stored.config == config else { return IngestMemory(config: config) }
        return IngestMemory(config: config, entries: stored.sources)
    }

    /// Replaces the file at `path` atomically; creates its directory (0700) when missing.
    public func save(to path: String) throws(AtomicFile.Failure) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let bytes: Data
        do {
            bytes = try encoder.encode(Stored(format: Stored.currentFormat, config: config, sources: entries))
        } catch {
            throw AtomicFile.Failure(operation: "encode", path: path, reason: "\(error)")
        }
        try AtomicFile.write(Array(bytes) + [0x0A], to: path)
    }

    private struct Stored: Codable {
        static let currentFormat = 1
        var format: Int
        var config: String
        var sources: [String: Entry]
    }
}
