import Testing
@testable import FrontierCore

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
}
