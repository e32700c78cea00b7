@testable import FrontierCore
import Testing

private func decode(_ kind: RecordKind, _ text: String, path: String = "line 3")
    throws -> (record: LocatedRecord?, diagnostics: [String]) {
    let object = try JSONParser.parse(Array(text.utf8)).root
    let decoded = DatasetDecoder.decodeRecord(kind: kind, object: object, path: path, file: "feed.jsonl")
    return (decoded.record, decoded.diagnostics.map(\.description))
}

@Suite struct FeedRecordTests {
    @Test func decodesOneRecordOfAGivenKind() throws {
        let decoded = try decode(.news, #"{"kind": "news", "id": "n-2025-05-01", "date": "2025-05-01", "headline": "Headline", "source": "Example"}"#)
        #expect(decoded.diagnostics == [])
        let record = try #require(decoded.record)
        #expect(record.record == .news(NewsItem(id: "n-2025-05-01", date: DayDate("2025-05-01")!, headline: "Headline",
                                                source: "Example")))
        #expect(record.record.kind == .news)
        #expect(record.file == "feed.jsonl")
        #expect(record.idPosition == JSONPosition(line: 1, column: 24))
    }

    @Test func prefixesDiagnosticsWithTheGivenPath() throws {
        let decoded = try decode(.price, #"{"id": "p", "model": "m", "input": "cheap", "output": 1, "asOf": "2025-05-01"}"#,
                                 path: "prices[7]")
        #expect(decoded.record == nil)
        #expect(decoded.diagnostics == [#"feed.jsonl:1:36: prices[7].input: expected a number, got string "cheap""#])
    }

    @Test func reportsAValueThatIsNotAnObject() throws {
        let decoded = try decode(.source, "[1]", path: "")
        #expect(decoded.diagnostics == ["feed.jsonl:1:1: expected an object, got an array"])
    }

    @Test(arguments: RecordKind.allCases)
    func reportsAMissingIDForEveryKind(kind: RecordKind) throws {
        let decoded = try decode(kind, "{}", path: "")
        #expect(decoded.record == nil)
        #expect(decoded.diagnostics.first == #"feed.jsonl:1:1: missing required field "id""#)
    }
}
