import Foundation
@testable import FrontierCore
@testable import FrontierLive
import Testing

private extension FeedBatch {
    var ids: [String] { records.map(\.record.id) }
    var headlines: [String] {
        records.compactMap { if case let .news(item) = $0.record { item.headline } else { nil } }
    }
}

@Suite struct FeedTailerTests {
    @Test func readsTheLinesAlreadyInTheFileOnTheFirstPoll() throws {
        let feed = try TemporaryFeed()
        defer { feed.remove() }
        try feed.append(newsLine("n1") + newsLine("n2"))
        var tailer = FeedTailer(path: feed.path, name: "feed.jsonl")
        let batch = tailer.poll()
        #expect(batch.ids == ["n1", "n2"])
        #expect(batch.diagnostics == [])
        #expect(batch.events == [])
        #expect(tailer.lineNumber == 2)
        #expect(batch.records.allSatisfy { $0.file == "feed.jsonl" })
    }

    @Test func appendedLinesAreReadFromTheLastOffsetNotFromTheTop() throws {
        let feed = try TemporaryFeed()
        defer { feed.remove() }
        try feed.append(newsLine("n1", headline: "first"))
        var tailer = FeedTailer(path: feed.path)
        #expect(tailer.poll().headlines == ["first"])
        let offset = tailer.offset
        // Changing bytes already read, without changing the size, must go unnoticed: a tailer
        // that re-read the file would report "FIRST" again.
        try feed.overwrite(at: 0, with: String(newsLine("n1", headline: "FIRST").dropLast()))
        #expect(tailer.poll().isEmpty)
        try feed.append(newsLine("n2", headline: "second"))
        let batch = tailer.poll()
        #expect(batch.headlines == ["second"])
        #expect(batch.records.first?.position.line == 2)
        #expect(tailer.offset > offset)
    }

    @Test func aPartialLastLineWaitsForItsNewline() throws {
        let feed = try TemporaryFeed()
        defer { feed.remove() }
        let line = newsLine("n1")
        try feed.append(String(line.prefix(30)))
        var tailer = FeedTailer(path: feed.path)
        #expect(tailer.poll().isEmpty)
        #expect(tailer.hasPartialLine)
        try feed.append(String(line.dropFirst(30).dropLast()))
        #expect(tailer.poll().isEmpty)
        try feed.append("\n")
        #expect(tailer.poll().ids == ["n1"])
        #expect(!tailer.hasPartialLine)
    }

    @Test func badLinesAreReportedWithTheirLineNumbersAndTheGoodOnesStillLoad() throws {
        let feed = try TemporaryFeed()
        defer { feed.remove() }
        try feed.append(newsLine("n1") + "not json\n" + newsLine("n3") + #"{"kind":"gossip","id":"g"}"# + "\n"
            + #"{"kind":"news","id":"n5"}"# + "\n" + newsLine("n6"))
        var tailer = FeedTailer(path: feed.path, name: "feed.jsonl")
        let batch = tailer.poll()
        #expect(batch.ids == ["n1", "n3", "n6"])
        #expect(batch.diagnostics.map(\.line) == [2, 4, 5, 5, 5])
        #expect(batch.diagnostics.allSatisfy { $0.file == "feed.jsonl" && $0.column > 0 })
    }

    @Test func emptyLinesAndCRLFEndingsAreTolerated() throws {
        let feed = try TemporaryFeed()
        defer { feed.remove() }
        try feed.append("\r\n" + newsLine("n2").replacingOccurrences(of: "\n", with: "\r\n") + "\n   \n" + "oops\r\n")
        var tailer = FeedTailer(path: feed.path, name: "f")
        let batch = tailer.poll()
        #expect(batch.ids == ["n2"])
        #expect(batch.records.first?.position.line == 2)
        #expect(batch.diagnostics.map(\.line) == [5])
    }

    @Test func aShortenedFileIsReadAgainFromTheStart() throws {
        let feed = try TemporaryFeed()
        defer { feed.remove() }
        try feed.append(newsLine("n1") + newsLine("n2"))
        var tailer = FeedTailer(path: feed.path)
        #expect(tailer.poll().ids == ["n1", "n2"])
        try feed.truncate(to: 0)
        try feed.append(newsLine("n9"))
        let batch = tailer.poll()
        #expect(batch.events == [.truncated])
        #expect(batch.ids == ["n9"])
        #expect(batch.records.first?.position.line == 1)
        #expect(tailer.lineNumber == 1)
    }

    @Test func aNewFileAtThePathIsReadFromItsStartEvenWhenLonger() throws {
        let feed = try TemporaryFeed()
        defer { feed.remove() }
        try feed.append(newsLine("n1"))
        var tailer = FeedTailer(path: feed.path)
        #expect(tailer.poll().ids == ["n1"])
        try feed.rotateAway()
        // Longer than the old file, so only its identity can tell it is new.
        try feed.append(newsLine("r1") + newsLine("r2"))
        let batch = tailer.poll()
        #expect(batch.events == [.rotated])
        #expect(batch.ids == ["r1", "r2"])
        #expect(tailer.lineNumber == 2)
    }

    @Test func aRotatedAwayFileDropsItsPartialLine() throws {
        let feed = try TemporaryFeed()
        defer { feed.remove() }
        try feed.append(newsLine("n1") + "{\"kind\":")
        var tailer = FeedTailer(path: feed.path)
        _ = tailer.poll()
        try feed.rotateAway()
        try feed.append(newsLine("r1"))
        let batch = tailer.poll()
        #expect(batch.ids == ["r1"])
        #expect(batch.diagnostics == [])
    }

    @Test func aMissingFileIsReportedOnceAndReadWhenItAppears() throws {
        let feed = try TemporaryFeed()
        defer { feed.remove() }
        var tailer = FeedTailer(path: feed.path)
        let first = tailer.poll()
        #expect(first.events == [.missing])
        #expect(first.diagnostics == [])
        #expect(tailer.poll().isEmpty)
        try feed.append(newsLine("n1"))
        #expect(tailer.poll().ids == ["n1"])
    }

    @Test func aDeletedAndRecreatedFileIsMissingOnceThenReadFromItsStart() throws {
        let feed = try TemporaryFeed()
        defer { feed.remove() }
        try feed.append(newsLine("n1") + newsLine("n2"))
        var tailer = FeedTailer(path: feed.path)
        _ = tailer.poll()
        try feed.delete()
        #expect(tailer.poll().events == [.missing])
        #expect(tailer.poll().isEmpty)
        try feed.append(newsLine("n3"))
        let batch = tailer.poll()
        #expect(batch.events == [])
        #expect(batch.ids == ["n3"])
        #expect(batch.records.first?.position.line == 1)
    }

    @Test func aDirectoryAtThePathIsReportedOnceAsNotAFeed() throws {
        let feed = try TemporaryFeed()
        defer { feed.remove() }
        try FileManager.default.createDirectory(atPath: feed.path, withIntermediateDirectories: false)
        var tailer = FeedTailer(path: feed.path, name: "feed.jsonl")
        let batch = tailer.poll()
        #expect(batch.diagnostics.map(\.description)
            == ["feed.jsonl:0:0: the feed is not a regular file; to read a pipe, send it to stdin and use --feed -"])
        #expect(tailer.poll().isEmpty)
    }

    @Test func aFeedReachedThroughASymbolicLinkIsFollowed() throws {
        let feed = try TemporaryFeed()
        defer { feed.remove() }
        try feed.append(newsLine("n1"))
        let link = feed.directory.appendingPathComponent("link.jsonl").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: feed.path)
        var tailer = FeedTailer(path: link)
        #expect(tailer.poll().ids == ["n1"])
        try feed.append(newsLine("n2"))
        let batch = tailer.poll()
        #expect(batch.events == [])
        #expect(batch.ids == ["n2"])
    }
}
