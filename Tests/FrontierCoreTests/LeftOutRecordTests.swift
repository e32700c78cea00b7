@testable import FrontierCore
import Testing

/// A record with a problem of its own is left out of the dataset, but nothing else about it is
/// forgotten: its other problems are reported, and references to it are not called unknown.
@Suite struct LeftOutRecordTests {
    func load(_ json: String) -> [String] {
        DatasetLoader.load([(name: "d.json", bytes: Array(json.utf8))]).diagnostics.map(\.description)
    }

    @Test func aLeftOutRecordStillHasItsDanglingReferencesReported() {
        let problems = load("""
        {"schema": 1, "organizations": [{"id": "deepseek", "name": "DeepSeek"}],
         "models": [{"id": "r1", "name": "R1", "org": "deepsek", "released": "2025-01-20", "context": 0}]}
        """)
        #expect(problems == [
            "d.json:2:47: models[0].org: unknown organization \"deepsek\"; did you mean \"deepseek\"?",
            "d.json:2:95: models[0].context: context must be positive, got 0",
        ])
    }

    @Test func referencesToALeftOutRecordAreNotReportedAsUnknown() {
        let problems = load("""
        {"schema": 1, "organizations": [{"id": "deepseek", "name": "DeepSeek"}],
         "models": [{"id": "r1", "name": "R1", "org": "deepseek", "released": "2025-13-20"}],
         "prices": [{"id": "p", "model": "r1", "input": 0.55, "output": 2.19, "asOf": "2025-01-20"}]}
        """)
        #expect(problems == ["d.json:2:71: models[0].released: expected a date YYYY-MM-DD, got \"2025-13-20\""])
    }
}
