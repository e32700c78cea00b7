import Foundation
@testable import FrontierCore
@testable import FrontierLive
import TestSupport
import Testing

/// 2026-11-29T02:15:00Z, when every copy in these tests was fetched.
private let fetchedAt = Date(timeIntervalSince1970: 1_795_918_500)
private let feedURL = URL(string: "https://example.org/frontier/data.json?v=1")!

private func copy(of url: URL = feedURL, _ text: String, etag: String? = "\"v1\"") -> CachedCopy {
    CachedCopy(
        url: url,
        body: Array(text.utf8),
        validators: Validators(entityTag: etag, lastModified: "Sun, 29 Nov 2026 02:00:00 GMT"),
        fetchedAt: fetchedAt
    )
}

@Suite struct RemoteCacheTests {
    @Test func storedCopyLoadsBackWithBodyValidatorsAndFetchTime() throws {
        let directory = try TemporaryDirectory()
        let cache = RemoteCache(directory: directory.path)
        try cache.store(copy("{\"schema\": 1}\n"))
        #expect(cache.load(feedURL) == copy("{\"schema\": 1}\n"))
    }

    @Test func aURLNeverStoredHasNoCopy() throws {
        let directory = try TemporaryDirectory()
        #expect(RemoteCache(directory: directory.path).load(feedURL) == nil)
    }

    @Test func aNewCopyReplacesTheOldOneInTheSameFile() throws {
        let directory = try TemporaryDirectory()
        let cache = RemoteCache(directory: directory.path)
        try cache.store(copy("old"))
        try cache.store(copy("new", etag: "\"v2\""))
        #expect(cache.load(feedURL) == copy("new", etag: "\"v2\""))
        #expect(try directory.entries().count == 1)
    }

    @Test func eachURLHasItsOwnFileNamedByAStableHash() throws {
        let directory = try TemporaryDirectory()
        let cache = RemoteCache(directory: directory.path)
        let other = URL(string: "https://example.org/frontier/news.json")!
        try cache.store(copy("data"))
        try cache.store(copy(of: other, "news"))
        #expect(cache.load(feedURL)?.body == Array("data".utf8))
        #expect(cache.load(other)?.body == Array("news".utf8))
        // FNV-1a 64 of the URL text; fixed so that a later build still finds today's files.
        #expect(cache.path(for: URL(string: "a")!) == directory.path + "/af63dc4c8601ec8c.cache")
        #expect(try directory.entries() == [cache.path(for: feedURL), cache.path(for: other)]
            .map { String($0.dropFirst(directory.path.count + 1)) }.sorted())
    }

    @Test func aFileHoldingAnotherURLsCopyIsNoCopyForThisOne() throws {
        let directory = try TemporaryDirectory()
        let cache = RemoteCache(directory: directory.path)
        let collider = URL(string: "https://example.org/other")!
        try cache.store(copy(of: collider, "someone else's"))
        // What a hash collision leaves on disk: another URL's copy under this URL's name.
        try FileManager.default.moveItem(atPath: cache.path(for: collider), toPath: cache.path(for: feedURL))
        #expect(cache.load(feedURL) == nil)
    }

    @Test func replacingRenamesANewFileOverTheOldSoReadersNeverSeeAMix() throws {
        let directory = try TemporaryDirectory()
        let cache = RemoteCache(directory: directory.path)
        try cache.store(copy("first version"))
        let reader = try #require(FileHandle(forReadingAtPath: cache.path(for: feedURL)))
        defer { try? reader.close() }
        try cache.store(copy("second version, longer"))
        // A reader that opened the old file still reads it whole: the file was replaced, not rewritten.
        let seenByReader = String(decoding: try reader.readToEnd() ?? Data(), as: UTF8.self)
        #expect(seenByReader.hasSuffix("\nfirst version"))
        #expect(cache.load(feedURL)?.body == Array("second version, longer".utf8))
        #expect(try directory.entries().count == 1, "no temporary file is left behind")
    }

    @Test(arguments: [
        ("not json\nbody", "metadata that is not JSON"),
        ("{\"format\":1}\nbody", "metadata missing fields"),
        ("", "an empty file"),
        ("{\"bodyBytes\":4,\"fetchedAt\":\"2026-11-29T02:15:00Z\",\"format\":1,\"url\":\"https://example.org/frontier/data.json?v=1\"}",
         "no body line at all"),
    ])
    func corruptFilesAreNoCopy(content: String, what: String) throws {
        let directory = try TemporaryDirectory()
        let cache = RemoteCache(directory: directory.path)
        try directory.write(content, to: String(cache.path(for: feedURL).dropFirst(directory.path.count + 1)))
        #expect(cache.load(feedURL) == nil, "\(what)")
    }

    @Test func aBodyCutShortOrGrownSinceWritingIsNoCopy() throws {
        let directory = try TemporaryDirectory()
        let cache = RemoteCache(directory: directory.path)
        try cache.store(copy("0123456789"))
        let path = cache.path(for: feedURL)
        let whole = try #require(FileManager.default.contents(atPath: path))
        try whole.dropLast(3).write(to: URL(fileURLWithPath: path))
        #expect(cache.load(feedURL) == nil)
        try (whole + Data("more".utf8)).write(to: URL(fileURLWithPath: path))
        #expect(cache.load(feedURL) == nil)
    }

    @Test func metadataIsOneLineOfJSONAUserCanRead() throws {
        let directory = try TemporaryDirectory()
        let cache = RemoteCache(directory: directory.path)
        try cache.store(copy("body"))
        let text = String(decoding: try #require(FileManager.default.contents(atPath: cache.path(for: feedURL))), as: UTF8.self)
        #expect(text == "{\"bodyBytes\":4,\"etag\":\"\\\"v1\\\"\",\"fetchedAt\":\"2026-11-29T02:15:00Z\",\"format\":1,"
            + "\"lastModified\":\"Sun, 29 Nov 2026 02:00:00 GMT\",\"url\":\"https://example.org/frontier/data.json?v=1\"}\nbody")
    }

    @Test func missingDirectoriesAreCreatedPrivate() throws {
        let directory = try TemporaryDirectory()
        let cache = RemoteCache(directory: directory.path + "/cache/frontier")
        try cache.store(copy("body"))
        #expect(directory.permissions(of: "cache/frontier") == 0o700)
        #expect(cache.load(feedURL)?.body == Array("body".utf8))
    }

    @Test func aDirectoryThatCannotBeCreatedIsATypedErrorNamingIt() throws {
        let directory = try TemporaryDirectory()
        try directory.write("a file", to: "blocker")
        let cache = RemoteCache(directory: directory.path + "/blocker/frontier")
        #expect(throws: RemoteCacheError.system(operation: "create directory", path: directory.path + "/blocker",
                                                reason: "Not a directory")) {
            try cache.store(copy("body"))
        }
    }

    @Test(arguments: [
        (["XDG_CACHE_HOME": "/xdg/cache/", "HOME": "/home/ada"], "/xdg/cache/frontier"),
        (["XDG_CACHE_HOME": "relative/cache", "HOME": "/home/ada/"], "/home/ada/.cache/frontier"),
        (["HOME": "/home/ada"], "/home/ada/.cache/frontier"),
        (["HOME": "home"], nil),
        ([:], nil),
    ] as [([String: String], String?)])
    func defaultDirectoryFollowsTheXDGRules(environment: [String: String], expected: String?) {
        #expect(RemoteCache.defaultDirectory(environment: environment) == expected)
    }
}
