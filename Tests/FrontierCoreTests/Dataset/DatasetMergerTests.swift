@testable import FrontierCore
import Testing

private func file(_ name: String, _ text: String) -> (name: String, bytes: [UInt8]) {
    (name: name, bytes: Array(text.utf8))
}

private let base = file("a.json", """
{"schema": 1, "title": "Base", "description": "First description",
 "organizations": [{"id": "deepseek", "name": "DeepSeek"}, {"id": "openai", "name": "OpenAI"}],
 "models": [
  {"id": "v3", "name": "DeepSeek-V3", "org": "deepseek", "released": "2024-12-26"},
  {"id": "gpt-4o", "name": "GPT-4o", "org": "openai", "released": "2024-05-13"}
 ]}
""")

@Suite struct DatasetMergerTests {
    @Test func replacesARecordWholeInItsPlace() {
        let update = file("b.json", """
        {"schema": 1, "models": [{"id": "v3", "name": "DeepSeek-V3 (updated)", "org": "deepseek", "released": "2024-12-27"}]}
        """)
        let result = DatasetLoader.load([base, update])
        #expect(result.isValid)
        #expect(result.dataset.models.map(\.id) == ["v3", "gpt-4o"])
        #expect(result.dataset.models[0] == Model(id: "v3", name: "DeepSeek-V3 (updated)", org: "deepseek",
                                                  released: DayDate("2024-12-27")!))
    }

    @Test func appendsRecordsWithNewIDs() {
        let update = file("b.json", """
        {"schema": 1, "models": [{"id": "r1", "name": "DeepSeek-R1", "org": "deepseek", "released": "2025-01-20"}]}
        """)
        #expect(DatasetLoader.load([base, update]).dataset.models.map(\.id) == ["v3", "gpt-4o", "r1"])
    }

    @Test func takesTitleAndDescriptionFromTheLastFileThatHasThem() {
        let titled = file("b.json", #"{"schema": 1, "title": "Second"}"#)
        let untitled = file("c.json", #"{"schema": 1}"#)
        let dataset = DatasetLoader.load([base, titled, untitled]).dataset
        #expect(dataset.title == "Second")
        #expect(dataset.description == "First description")
    }

    @Test func checksReferencesAfterMerging() {
        // b.json names an organization that only c.json, loaded after it, defines.
        let models = file("b.json", """
        {"schema": 1, "models": [{"id": "claude", "name": "Claude", "org": "anthropic", "released": "2024-06-20"}]}
        """)
        let organizations = file("c.json", #"{"schema": 1, "organizations": [{"id": "anthropic", "name": "Anthropic"}]}"#)
        #expect(DatasetLoader.load([models, organizations]).isValid)
        #expect(DatasetLoader.load([models]).diagnostics.map(\.description) == [
            #"b.json:1:68: models[0].org: unknown organization "anthropic""#,
        ])
    }

    @Test func reportsADanglingReferenceInTheFileThatMadeIt() {
        let news = file("b.json", """
        {"schema": 1,
         "news": [{"id": "n1", "date": "2025-01-27", "headline": "H", "source": "S", "models": ["v3", "r2"]}]}
        """)
        let result = DatasetLoader.load([base, news])
        #expect(result.diagnostics.map(\.description) == [#"b.json:2:95: news[0].models[1]: unknown model "r2""#])
        #expect(result.invalidFiles == ["b.json"])
    }

    @Test func forgetsTheReferencesOfAReplacedRecord() {
        let broken = file("a.json", """
        {"schema": 1, "organizations": [{"id": "deepseek", "name": "DeepSeek"}],
         "models": [{"id": "v3", "name": "V3", "org": "deepsek", "released": "2024-12-26"}]}
        """)
        let fixed = file("b.json", """
        {"schema": 1, "models": [{"id": "v3", "name": "V3", "org": "deepseek", "released": "2024-12-26"}]}
        """)
        #expect(DatasetLoader.load([broken, fixed]).isValid)
    }

    @Test func keepsProblemsOfEachFileInLoadOrder() {
        let first = file("z.json", #"{"schema": 1, "models": [{"id": "a"}]}"#)
        let second = file("a.json", #"{"schema": 1, "organizations": [{"id": "x"}]}"#)
        let result = DatasetLoader.load([first, second])
        #expect(result.diagnostics.map(\.file) == ["z.json", "z.json", "z.json", "a.json"])
        #expect(result.files == ["z.json", "a.json"])
    }

    @Test func mergesFeedRecordsByTheSameRule() throws {
        var merger = DatasetMerger()
        merger.merge(DatasetDecoder.decodeFile(name: base.name, bytes: base.bytes))
        let line = try JSONParser.parse(Array(#"{"kind": "model", "id": "gpt-4o", "name": "GPT-4o (2024-08-06)", "org": "openai", "released": "2024-08-06"}"#.utf8)).root
        let decoded = DatasetDecoder.decodeRecord(kind: .model, object: line, path: "", file: "feed.jsonl")
        #expect(decoded.diagnostics == [])
        merger.merge(try #require(decoded.record))
        let result = merger.result()
        #expect(result.isValid)
        #expect(result.dataset.models.map(\.name) == ["DeepSeek-V3", "GPT-4o (2024-08-06)"])
        #expect(result.files == ["a.json", "feed.jsonl"])
    }
}
