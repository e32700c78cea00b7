import Foundation
@testable import FrontierCore
@testable import FrontierLive
import TestSupport
import Testing

/// Fetching only what was appended to a feed or journal served over HTTP.
@Suite struct HTTPRangeTests {
    static func line(_ number: Int) -> String {
        #"{"kind":"news","id":"n-\#(number)","date":"2025-05-01","headline":"Item \#(number) about DeepSeek-V3 prices","source":"Wire"}"# + "\n"
    }

    /// Writes `text` by rename, as an import's compaction does.
    static func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path + ".tmp"))
        guard rename(path + ".tmp", path) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    static func append(_ text: String, to path: String) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    static let journal = (1...2000).map(line).joined()

    @Test func oneAppendedLineCostsOnlyItsBytes() async throws {
        let server = try RangeHTTPServer()
        defer { server.stop() }
        let path = server.files + "/data.journal.jsonl"
        try Self.write(Self.journal, to: path)
        let fetcher = HTTPFetcher()
        let url = server.url("data.journal.jsonl", ranges: true)
        guard case let .fetched(first) = await fetcher.fetch(url, validators: nil) else {
            Issue.record("the first fetch brought no body")
            return
        }
        #expect(first.body == Array(Self.journal.utf8) && first.resumedFrom == nil)
        try Self.append(Self.line(2001), to: path)
        let resume = try #require(FetchResume(after: first.body))
        let second = await fetcher.fetch(url, validators: first.validators, resuming: resume)
        guard case let .fetched(appended) = second else {
            Issue.record("expected the appended bytes, got \(second)")
            return
        }
        #expect(appended.resumedFrom == first.body.count)
        #expect(appended.body == Array(Self.line(2001).utf8))
        let answers = server.answers()
        #expect(answers.map(\.status) == [200, 206])
        #expect(answers.last?.range == "bytes=\(first.body.count - 64)-")
        #expect(first.body.count > 200_000)
        #expect((answers.last?.sent ?? .max) < 2_048, "a poll with one new line sent \(answers.last?.sent ?? 0) bytes")

        // Nothing new: the ETag answers with a 304 and no body.
        let third = await fetcher.fetch(url, validators: appended.validators, resuming: FetchResume(after: first.body + appended.body))
        #expect(third == .notModified(appended.validators))
    }

    @Test func aServerThatIgnoresRangesSendsTheWholeFile() async throws {
        let server = try RangeHTTPServer()
        defer { server.stop() }
        let path = server.files + "/data.journal.jsonl"
        try Self.write(Self.journal, to: path)
        let resume = try #require(FetchResume(after: Array(Self.journal.utf8)))
        try Self.append(Self.line(2001), to: path)
        let result = await HTTPFetcher().fetch(server.url("data.journal.jsonl", ranges: false), validators: nil, resuming: resume)
        guard case let .fetched(whole) = result else {
            Issue.record("expected the whole file, got \(result)")
            return
        }
        #expect(whole.resumedFrom == nil)
        #expect(whole.body == Array((Self.journal + Self.line(2001)).utf8))
        #expect(server.answers().map(\.status) == [200])
    }

    /// A compaction replaces the journal with a shorter one (416), or one that has grown past
    /// the old length with other bytes (206 that does not repeat them): both are fetched whole.
    @Test(arguments: [1, 3000])
    func aReplacedFileIsFetchedWhole(lines: Int) async throws {
        let server = try RangeHTTPServer()
        defer { server.stop() }
        let path = server.files + "/data.journal.jsonl"
        try Self.write(Self.journal, to: path)
        let resume = try #require(FetchResume(after: Array(Self.journal.utf8)))
        let replacement = (5001...(5000 + lines)).map(Self.line).joined()
        try Self.write(replacement, to: path)
        let result = await HTTPFetcher().fetch(server.url("data.journal.jsonl", ranges: true), validators: nil, resuming: resume)
        guard case let .fetched(whole) = result else {
            Issue.record("expected the whole file, got \(result)")
            return
        }
        #expect(whole.resumedFrom == nil)
        #expect(whole.body == Array(replacement.utf8))
        #expect(server.answers().map(\.status) == [lines == 1 ? 416 : 206, 200])
    }

    @Test func aResumeChecksTheBytesItHoldsAndWhereTheyStart() throws {
        let held = Array("a\nbb\n".utf8)
        let resume = try #require(FetchResume(after: held, overlapLimit: 3))
        #expect(resume.rangeHeader == "bytes=2-")
        #expect(resume.appended(contentRange: "bytes 2-8/9", body: Array("bb\nccc\n".utf8)) == Array("ccc\n".utf8))
        #expect(resume.appended(contentRange: "bytes 2-4/5", body: Array("bb\n".utf8)) == [])
        #expect(resume.appended(contentRange: "bytes 2-8/9", body: Array("xb\nccc\n".utf8)) == nil, "other bytes where the held ones were")
        #expect(resume.appended(contentRange: "bytes 0-6/9", body: Array("bb\nccc\n".utf8)) == nil, "another start")
        #expect(resume.appended(contentRange: "bytes 2-5/9", body: Array("bb\nc".utf8)) == nil, "a part short of the end")
        #expect(resume.appended(contentRange: "bytes 2-8/9", body: Array("bb\nccc".utf8)) == nil, "a body shorter than its range")
        #expect(resume.appended(contentRange: "bytes 2-8/*", body: Array("bb\nccc\n".utf8)) == nil, "an unknown length")
        #expect(resume.appended(contentRange: nil, body: Array("bb\nccc\n".utf8)) == nil)
        #expect(FetchResume(after: Array("a\nb".utf8)) == nil, "an unfinished last line is fetched whole")
        #expect(FetchResume(after: []) == nil)
    }
}
