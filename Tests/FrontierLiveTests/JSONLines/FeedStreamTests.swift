@testable import FrontierCore
@testable import FrontierLive
import Testing

@Suite struct FeedStreamTests {
    @Test func linesArrivingInPiecesAreDecodedWhenComplete() {
        var stream = FeedStream()
        let line = Array(newsLine("n1").utf8)
        #expect(stream.consume(line[..<20]).isEmpty)
        let batch = stream.consume(line[20...])
        #expect(batch.records.map(\.record.id) == ["n1"])
        #expect(batch.records.first?.file == "-")
    }

    @Test func theEndOfTheStreamDecodesAnUnfinishedLastLine() {
        var stream = FeedStream(name: "<stdin>")
        let line = newsLine("n1") + newsLine("n2").dropLast()
        #expect(stream.consume(Array(line.utf8)).records.count == 1)
        let last = stream.finish()
        #expect(last.records.map(\.record.id) == ["n2"])
        #expect(last.records.first?.position.line == 2)
        #expect(stream.finish().isEmpty)
    }

    @Test func badLinesInAStreamCarryTheirLineNumbers() {
        var stream = FeedStream()
        let batch = stream.consume(Array(("\n" + "{\n" + newsLine("n3")).utf8))
        #expect(batch.records.map(\.record.id) == ["n3"])
        #expect(batch.diagnostics.map(\.description).first?.hasPrefix("-:2:2: ") == true)
    }
}
