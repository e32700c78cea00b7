import Foundation
@testable import FrontierCore
@testable import FrontierImport
import TestSupport
import Testing

@Suite struct IngestMemoryTests {
    @Test func validatorsAndFileStampsSurviveARestart() throws {
        let directory = try TemporaryDirectory()
        let path = IngestMemory.path(forConfig: "/srv/frontier/sources.json", in: directory.path + "/cache")
        #expect(path.hasPrefix(directory.path + "/cache/ingest-"))
        #expect(path.hasSuffix(".json"))
        var memory = IngestMemory(config: "/srv/frontier/sources.json")
        memory.entries["openrouter https://openrouter.ai/api/v1/models"] =
            IngestMemory.Entry(validators: Validators(entityTag: "W/\"abc\"", lastModified: "Sun, 29 Nov 2026 02:00:00 GMT"))
        memory.entries["epoch /srv/epoch.csv"] =
            IngestMemory.Entry(file: FileStamp(size: 120, modified: 1_795_921_920.25, device: 2049, inode: 77))
        try memory.save(to: path)
        #expect(IngestMemory.load(path: path, config: "/srv/frontier/sources.json") == memory)
    }

    @Test func anotherConfigsOrAnUnreadableFileRemembersNothing() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/ingest.json"
        var memory = IngestMemory(config: "/a/sources.json")
        memory.entries["k"] = IngestMemory.Entry(validators: Validators(entityTag: "\"1\""))
        try memory.save(to: path)
        #expect(IngestMemory.load(path: path, config: "/b/sources.json").entries.isEmpty)
        try directory.write("{not json", to: "ingest.json")
        #expect(IngestMemory.load(path: path, config: "/a/sources.json").entries.isEmpty)
        #expect(IngestMemory.load(path: directory.path + "/missing.json", config: "/a/sources.json").entries.isEmpty)
    }

    @Test func aFileStampChangesWhenTheFileIsRewrittenOrReplaced() throws {
        let directory = try TemporaryDirectory()
        try directory.write("one", to: "source.csv")
        let path = directory.path + "/source.csv"
        let first = try #require(FileStamp(path: path))
        #expect(FileStamp(path: path) == first)
        try directory.write("three", to: "source.csv")
        let rewritten = try #require(FileStamp(path: path))
        #expect(rewritten != first)
        try directory.write("fives", to: "next.csv")
        #expect(rename(directory.path + "/next.csv", path) == 0)
        #expect(FileStamp(path: path) != rewritten)
        #expect(FileStamp(path: directory.path + "/missing.csv") == nil)
    }
}
