@testable import FrontierCore
@testable import FrontierLive
import Testing

private func decode(_ text: String, number: Int = 7) -> FeedBatch {
    var batch = FeedBatch()
    FeedLineDecoder.decode(FeedLine(number: number, bytes: Array(text.utf8)), file: "feed.jsonl", into: &batch)
    return batch
}

@Suite struct FeedLineDecoderTests {
    @Test func aNewsLineBecomesANewsRecordPlacedAtItsLine() throws {
        let batch = decode(#"{"kind":"news","id":"n1","date":"2025-05-01","headline":"H","source":"Example"}"#)
        #expect(batch.diagnostics == [])
        let record = try #require(batch.records.first)
        #expect(record.record.kind == .news)
        #expect(record.record.id == "n1")
        #expect(record.position == JSONPosition(line: 7, column: 1))
        #expect(record.idPosition == JSONPosition(line: 7, column: 21))
    }

    @Test func aLineThatIsNotJSONIsReportedAtItsLineAndColumn() {
        let batch = decode(#"{"kind": nope}"#)
        #expect(batch.records.isEmpty)
        #expect(batch.diagnostics.map(\.line) == [7])
        #expect(batch.diagnostics.first?.column == 10)
    }

    @Test func aLineWithoutAKindIsReported() {
        let batch = decode(#"{"id":"n1"}"#)
        #expect(batch.diagnostics.map(\.description)
            == [#"feed.jsonl:7:1: missing required field "kind" (one of source, organization, benchmark, model, training, price, news)"#])
    }

    @Test func anUnknownKindIsReportedAtTheKindValue() {
        let batch = decode(#"{"kind":"rumour","id":"r1"}"#)
        #expect(batch.records.isEmpty)
        #expect(batch.diagnostics.map(\.description)
            == [#"feed.jsonl:7:9: kind: unknown kind "rumour"; expected one of source, organization, benchmark, model, training, price, news"#])
    }

    @Test func aKindThatIsNotAStringIsReported() {
        let batch = decode(#"{"kind":3}"#)
        #expect(batch.diagnostics.map(\.description) == ["feed.jsonl:7:9: kind: expected a string, got number 3"])
    }

    @Test func aLineThatIsNotAnObjectIsReported() {
        let batch = decode("[1, 2]")
        #expect(batch.diagnostics.map(\.description) == [#"feed.jsonl:7:1: expected an object with a "kind", got an array"#])
    }

    @Test func anInvalidRecordIsReportedAtItsLineAndLeftOut() {
        let batch = decode(#"{"kind":"price","id":"p","model":"m","input":"cheap","output":1,"asOf":"2025-05-01"}"#, number: 12)
        #expect(batch.records.isEmpty)
        #expect(batch.diagnostics.map(\.description) == [#"feed.jsonl:12:46: input: expected a number, got string "cheap""#])
    }

    @Test func aRepeatedKeyIsReportedButTheRecordStillLoads() {
        let batch = decode(#"{"kind":"news","id":"n1","id":"n2","date":"2025-05-01","headline":"H","source":"S"}"#)
        #expect(batch.records.map(\.record.id) == ["n1"])
        #expect(batch.diagnostics.map(\.description) == [#"feed.jsonl:7:26: id: duplicate key "id" (first defined at feed.jsonl:7:16)"#])
    }

    @Test func blankLinesAreSkippedSilently() {
        #expect(decode("").isEmpty)
        #expect(decode(" \t ").isEmpty)
    }

    @Test func aDanglingReferenceIsReportedAtTheFeedLineAfterMerging() {
        let batch = decode(#"{"kind":"price","id":"p","model":"ghost","input":1,"output":2,"asOf":"2025-05-01"}"#, number: 40)
        #expect(batch.diagnostics == [])
        var merger = DatasetMerger()
        for record in batch.records { merger.merge(record) }
        let lines = merger.result().diagnostics.filter { $0.path == "model" }.map(\.line)
        #expect(lines == [40])
    }
}
