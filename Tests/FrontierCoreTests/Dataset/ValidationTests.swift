@testable import FrontierCore
import Testing

/// A document whose first line defines records that cases refer to, so each case's own
/// members start at line 2, column 1 and their positions are easy to read off.
private func document(_ members: String) -> String {
    #"{"schema": 1, "sources": [{"id": "ds-report", "name": "DeepSeek-V3 Technical Report"}], "organizations": [{"id": "deepseek", "name": "DeepSeek"}, {"id": "openai", "name": "OpenAI"}], "benchmarks": [{"id": "gpqa", "name": "GPQA-Diamond"}],"#
        + "\n" + members + "}"
}

private func problems(_ text: String, file: String = "data.json") -> [String] {
    DatasetLoader.load([(name: file, bytes: Array(text.utf8))]).diagnostics.map(\.description)
}

/// One rule of docs/dataset.md broken on line 2, with the exact diagnostics it must produce.
struct ValidationCase: CustomTestStringConvertible, Sendable {
    let rule: String
    let members: String
    let expected: [String]

    var testDescription: String { rule }
}

private let model = #""id": "m", "name": "M", "org": "deepseek", "released": "2024-12-26""#

@Suite struct ValidationTests {
    static let cases: [ValidationCase] = [
        // Types and required fields
        ValidationCase(rule: "wrong type", members: #""models": [{"id": "m", "name": 42, "org": "deepseek", "released": "2024-12-26"}]"#,
                       expected: [#"data.json:2:32: models[0].name: expected a string, got number 42"#]),
        ValidationCase(rule: "missing required field", members: #""models": [{"id": "m", "org": "deepseek", "released": "2024-12-26"}]"#,
                       expected: [#"data.json:2:12: models[0]: missing required field "name""#]),
        ValidationCase(rule: "null for a required field", members: #""models": [{"id": "m", "name": null, "org": "deepseek", "released": "2024-12-26"}]"#,
                       expected: [#"data.json:2:32: models[0].name: expected a string, got null"#]),
        ValidationCase(rule: "record that is not an object", members: #""models": [5, "m"]"#,
                       expected: [#"data.json:2:12: models[0]: expected an object, got number 5"#,
                                  #"data.json:2:15: models[1]: expected an object, got string "m""#]),
        ValidationCase(rule: "array that is not an array", members: #""news": {}"#,
                       expected: [#"data.json:2:9: news: expected an array, got an object"#]),
        ValidationCase(rule: "string array with a non-string", members: #""models": [{\#(model), "tags": ["moe", 7]}]"#,
                       expected: [#"data.json:2:98: models[0].tags[1]: expected a string, got number 7"#]),
        ValidationCase(rule: "boolean of the wrong type", members: #""models": [{\#(model), "reasoning": "yes"}]"#,
                       expected: [#"data.json:2:95: models[0].reasoning: expected a boolean, got string "yes""#]),
        ValidationCase(rule: "nested object of the wrong type", members: #""models": [{\#(model), "license": "MIT"}]"#,
                       expected: [#"data.json:2:93: models[0].license: expected an object, got string "MIT""#]),
        ValidationCase(rule: "license without openWeights", members: #""models": [{\#(model), "license": {"name": "MIT"}}]"#,
                       expected: [#"data.json:2:93: models[0].license: missing required field "openWeights""#]),
        ValidationCase(rule: "unknown choice", members: #""training": [{"id": "t", "model": "m", "basis": "guess"}], "models": [{\#(model)}]"#,
                       expected: [#"data.json:2:49: training[0].basis: expected one of "reported", "estimate", "derived", got "guess""#]),
        ValidationCase(rule: "training run without model or label", members: #""training": [{"id": "t", "basis": "estimate"}]"#,
                       expected: [#"data.json:2:14: training[0]: missing required field "model" or "label""#]),
        ValidationCase(rule: "provenance without ref or source", members: #""news": [{"id": "n", "date": "2025-01-27", "headline": "H", "source": "S", "provenance": {"url": "https://x"}}]"#,
                       expected: [#"data.json:2:90: news[0].provenance: missing required field "ref" or "source""#]),
        // Empty names and ids, duplicate ids
        ValidationCase(rule: "empty name", members: #""models": [{"id": "m", "name": "  ", "org": "deepseek", "released": "2024-12-26"}]"#,
                       expected: [#"data.json:2:32: models[0].name: must not be empty"#]),
        ValidationCase(rule: "empty id", members: #""models": [{"id": "", "name": "M", "org": "deepseek", "released": "2024-12-26"}]"#,
                       expected: [#"data.json:2:19: models[0].id: must not be empty"#]),
        ValidationCase(rule: "id with a space", members: #""models": [{"id": "deep seek", "name": "M", "org": "deepseek", "released": "2024-12-26"}]"#,
                       expected: [#"data.json:2:19: models[0].id: id "deep seek" may contain only letters, digits, '.', '_' and '-'"#]),
        ValidationCase(rule: "id over 100 characters", members: #""news": [{"id": "\#(String(repeating: "n", count: 101))", "date": "2025-01-27", "headline": "H", "source": "S"}]"#,
                       expected: [#"data.json:2:17: news[0].id: id is longer than 100 characters"#]),
        ValidationCase(rule: "duplicate id", members: "\"models\": [{\(model)},\n {\(model)}]",
                       expected: [#"data.json:3:9: models[1].id: duplicate id "m" (first defined at data.json:2:19)"#]),
        ValidationCase(rule: "duplicate key", members: #""models": [{\#(model), "name": "N"}]"#,
                       expected: [#"data.json:2:82: models[0].name: duplicate key "name" (first defined at data.json:2:24)"#]),
        // Impossible values
        ValidationCase(rule: "date that does not exist", members: #""models": [{"id": "m", "name": "M", "org": "deepseek", "released": "2024-13-01"}]"#,
                       expected: [#"data.json:2:68: models[0].released: expected a date YYYY-MM-DD, got "2024-13-01""#]),
        ValidationCase(rule: "February 30", members: #""news": [{"id": "n", "date": "2025-02-30", "headline": "H", "source": "S"}]"#,
                       expected: [#"data.json:2:30: news[0].date: expected a date YYYY-MM-DD, got "2025-02-30""#]),
        ValidationCase(rule: "date of the wrong type", members: #""news": [{"id": "n", "date": 20250127, "headline": "H", "source": "S"}]"#,
                       expected: [#"data.json:2:30: news[0].date: expected a date YYYY-MM-DD, got number 20250127"#]),
        ValidationCase(rule: "zero parameters", members: #""models": [{\#(model), "parameters": {"total": 0}}]"#,
                       expected: [#"data.json:2:106: models[0].parameters.total: parameter count must be positive, got 0"#]),
        ValidationCase(rule: "active above total", members: #""models": [{\#(model), "parameters": {"total": 671e9, "active": 700e9}}]"#,
                       expected: [#"data.json:2:123: models[0].parameters.active: active parameters (700000000000) must not exceed total (671000000000)"#]),
        ValidationCase(rule: "non-positive context", members: #""models": [{\#(model), "context": 0}]"#,
                       expected: [#"data.json:2:93: models[0].context: context must be positive, got 0"#]),
        ValidationCase(rule: "fractional context", members: #""models": [{\#(model), "context": 131072.5}]"#,
                       expected: [#"data.json:2:93: models[0].context: expected an integer, got number 131072.5"#]),
        ValidationCase(rule: "negative price", members: #""models": [{\#(model)}], "prices": [{"id": "p", "model": "m", "input": -1, "output": 1.1, "asOf": "2024-12-26"}]"#,
                       expected: [#"data.json:2:130: prices[0].input: price must not be negative, got -1"#]),
        ValidationCase(rule: "until before asOf", members: #""models": [{\#(model)}], "prices": [{"id": "p", "model": "m", "input": 0.27, "output": 1.1, "asOf": "2024-12-26", "until": "2024-12-01"}]"#,
                       expected: [#"data.json:2:182: prices[0].until: until 2024-12-01 is before asOf 2024-12-26"#]),
        ValidationCase(rule: "negative training figures", members: #""training": [{"id": "t", "label": "L", "basis": "estimate", "gpuHours": -1, "tokens": -2, "flop": -3, "costUSD": -4, "gpuCount": 0}]"#,
                       expected: [#"data.json:2:73: training[0].gpuHours: GPU-hours must not be negative, got -1"#,
                                  #"data.json:2:87: training[0].tokens: token count must not be negative, got -2"#,
                                  #"data.json:2:99: training[0].flop: FLOP must not be negative, got -3"#,
                                  #"data.json:2:114: training[0].costUSD: cost must not be negative, got -4"#,
                                  #"data.json:2:130: training[0].gpuCount: GPU count must be positive, got 0"#]),
        ValidationCase(rule: "cost range out of order", members: #""training": [{"id": "t", "label": "L", "basis": "estimate", "costUSD": 5.576e6, "costLow": 6e6, "costHigh": 5e6}]"#,
                       expected: [#"data.json:2:72: training[0].costUSD: costUSD (5576000) must not exceed costHigh (5000000)"#,
                                  #"data.json:2:92: training[0].costLow: costLow (6000000) must not exceed costUSD (5576000)"#]),
        ValidationCase(rule: "score outside its benchmark's range", members: #""models": [{\#(model), "scores": [{"benchmark": "gpqa", "value": 120}]}]"#,
                       expected: [#"data.json:2:124: models[0].scores[0].value: score 120 is outside GPQA-Diamond's range 0..100"#]),
        // References
        ValidationCase(rule: "unknown organization, with a suggestion", members: #""models": [{"id": "m", "name": "M", "org": "deepsek", "released": "2024-12-26"}]"#,
                       expected: [#"data.json:2:44: models[0].org: unknown organization "deepsek"; did you mean "deepseek"?"#]),
        ValidationCase(rule: "unknown benchmark", members: #""models": [{\#(model), "scores": [{"benchmark": "mmlu", "value": 88.5}]}]"#,
                       expected: [#"data.json:2:107: models[0].scores[0].benchmark: unknown benchmark "mmlu""#]),
        ValidationCase(rule: "unknown source and reporter in provenance", members: #""models": [{\#(model), "provenance": {"ref": "ds-reprot", "reportedBy": "anthropic"}}]"#,
                       expected: [#"data.json:2:104: models[0].provenance.ref: unknown source "ds-reprot"; did you mean "ds-report"?"#,
                                  #"data.json:2:131: models[0].provenance.reportedBy: unknown organization "anthropic""#]),
        ValidationCase(rule: "unknown training model and org", members: #""training": [{"id": "t", "model": "gpt-4o", "org": "OpenAI", "basis": "estimate"}]"#,
                       expected: [#"data.json:2:35: training[0].model: unknown model "gpt-4o""#,
                                  #"data.json:2:52: training[0].org: unknown organization "OpenAI"; did you mean "openai"?"#]),
        ValidationCase(rule: "unknown price model", members: #""prices": [{"id": "p", "model": "deepseek-v3", "input": 0.27, "output": 1.1, "asOf": "2024-12-26"}]"#,
                       expected: [#"data.json:2:33: prices[0].model: unknown model "deepseek-v3""#]),
        ValidationCase(rule: "unknown news orgs and models", members: #""news": [{"id": "n", "date": "2025-01-27", "headline": "H", "source": "S", "orgs": ["deepseek", "nvidia"], "models": ["r1"]}]"#,
                       expected: [#"data.json:2:97: news[0].orgs[1]: unknown organization "nvidia""#,
                                  #"data.json:2:119: news[0].models[0]: unknown model "r1""#]),
    ]

    @Test(arguments: cases)
    func reportsEachBrokenRule(_ testCase: ValidationCase) {
        #expect(problems(document(testCase.members)) == testCase.expected)
    }

    @Test func refusesABenchmarkWhoseRangeIsEmpty() {
        let text = #"{"schema": 1, "benchmarks": [{"id": "elo", "name": "Elo", "min": 2000, "max": 1000}]}"#
        #expect(problems(text) == [#"data.json:1:79: benchmarks[0].max: max (1000) must be above min (2000)"#])
    }

    @Test func acceptsTheBaseDocument() {
        #expect(problems(document(#""models": [{\#(model)}]"#)) == [])
    }
}
