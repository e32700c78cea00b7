@testable import FrontierCore
@testable import FrontierLive
import SystemBackend
import Testing

private func text(_ lines: [FeedLine]) -> [String] {
    lines.map { "\($0.number):\(String(decoding: $0.bytes, as: UTF8.self))" }
}

@Suite struct FeedLineSplitterTests {
    @Test func completeLinesComeOutNumberedWithoutTheirNewline() {
        var splitter = FeedLineSplitter()
        #expect(text(splitter.split(Array("a\nbb\n".utf8))) == ["1:a", "2:bb"])
        #expect(!splitter.hasPartialLine)
        #expect(splitter.lineCount == 2)
    }

    @Test func aPartialLineWaitsForItsNewlineAcrossPieces() {
        var splitter = FeedLineSplitter()
        #expect(text(splitter.split(Array("a\n{\"ki".utf8))) == ["1:a"])
        #expect(splitter.partialLine == Array("{\"ki".utf8))
        #expect(text(splitter.split(Array("nd\":".utf8))) == [])
        #expect(text(splitter.split(Array("1}\nc".utf8))) == ["2:{\"kind\":1}"])
        #expect(splitter.partialLine == Array("c".utf8))
    }

    @Test func aCarriageReturnBeforeTheNewlineIsDropped() {
        var splitter = FeedLineSplitter()
        #expect(text(splitter.split(Array("a\r\nb\r".utf8))) == ["1:a"])
        #expect(text(splitter.split(Array("\n".utf8))) == ["2:b"])
    }

    @Test func emptyLinesAreReturnedSoLaterLinesKeepTheirNumbers() {
        var splitter = FeedLineSplitter()
        #expect(text(splitter.split(Array("\n\r\nx\n".utf8))) == ["1:", "2:", "3:x"])
    }

    @Test func finishingTurnsTheWaitingBytesIntoTheLastLine() {
        var splitter = FeedLineSplitter()
        _ = splitter.split(Array("a\nlast".utf8))
        #expect(splitter.finish() == FeedLine(number: 2, bytes: Array("last".utf8)))
        #expect(splitter.finish() == nil)
    }

    @Test func resetStartsAgainAtLineOneWithNothingWaiting() {
        var splitter = FeedLineSplitter()
        _ = splitter.split(Array("a\nb\nhalf".utf8))
        splitter.reset()
        #expect(text(splitter.split(Array("new\n".utf8))) == ["1:new"])
    }

    @Test func splitsASliceThatDoesNotStartAtIndexZero() {
        var splitter = FeedLineSplitter()
        let bytes = Array("skip|a\nb\n".utf8)
        #expect(text(splitter.split(bytes[5...])) == ["1:a", "2:b"])
    }

    @Test func aLineAboveTheLimitIsDroppedAsItArrivesAndComesOutMarkedWithItsLength() {
        var splitter = FeedLineSplitter(maximumLineBytes: 8)
        #expect(text(splitter.split(Array("ok\n0123".utf8))) == ["1:ok"])
        #expect(text(splitter.split(Array("45678".utf8))) == [])
        // Nothing of the long line is held while it keeps arriving.
        #expect(splitter.partialLine.isEmpty)
        #expect(splitter.hasPartialLine)
        for _ in 0..<1000 { _ = splitter.split(Array(repeating: UInt8(ascii: "x"), count: 1000)) }
        #expect(splitter.partialLine.isEmpty)
        let lines = splitter.split(Array("9\nnext\n".utf8))
        #expect(lines.map(\.number) == [2, 3])
        #expect(lines.first?.overlongBytes == 1_000_010)
        #expect(lines.first?.bytes == [])
        #expect(text(Array(lines.dropFirst())) == ["3:next"])
    }

    @Test func aLineExactlyAtTheLimitIsKept() {
        var splitter = FeedLineSplitter(maximumLineBytes: 4)
        let lines = splitter.split(Array("abcd\nabcde\n".utf8))
        #expect(lines.map(\.overlongBytes) == [nil, 5])
        #expect(text([lines[0]]) == ["1:abcd"])
    }

    @Test func anOverlongLineIsReportedByNumberAndSkippedNotDecoded() {
        var stream = FeedStream(name: "feed.jsonl")
        let long = "{\"kind\": \"news\", \"headline\": \"" + String(repeating: "x", count: InputLimits.standard.feedLineBytes) + "\"}\n"
        let batch = stream.consume(Array((long + newsLine("n1")).utf8))
        #expect(batch.records.map(\.record.id) == ["n1"])
        #expect(batch.diagnostics.map(\.description) == [
            "feed.jsonl:1:1: line of \(long.utf8.count - 1) bytes is longer than the feed line limit of 16M; skipped",
        ])
    }
}
