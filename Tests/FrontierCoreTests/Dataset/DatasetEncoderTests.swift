@testable import FrontierCore
import TestSupport
import Testing

@Suite struct DatasetEncoderTests {
    @Test func roundTripsTheRichFixture() throws {
        let original = DatasetLoader.load([(name: "rich.json", bytes: try Fixtures.bytes("rich.json"))])
        #expect(original.isValid)
        let text = DatasetEncoder.encode(original.dataset)
        let decoded = DatasetLoader.load([(name: "encoded.json", bytes: Array(text.utf8))])
        #expect(decoded.diagnostics == [])
        #expect(decoded.dataset == original.dataset)
        #expect(DatasetEncoder.encode(decoded.dataset) == text)
    }

    @Test func writesIndentedJSONWithIDFirstAndOmitsWhatIsAbsent() {
        let dataset = Dataset(
            title: "T",
            organizations: [Organization(id: "deepseek", name: "DeepSeek", aliases: ["DeepSeek-AI", "深度求索"])],
            models: [Model(id: "v3", name: "DeepSeek-V3", org: "deepseek", released: DayDate("2024-12-26")!,
                           parameters: Parameters(total: 671e9, active: 37e9), context: 131072,
                           scores: [Score(benchmark: "gpqa", value: 59.1)])],
            training: [TrainingRun(id: "t", model: "v3", flop: 3.3e24, costUSD: 5.576e6, basis: .reported)])
        #expect(DatasetEncoder.encode(dataset) == """
        {
          "schema": 1,
          "title": "T",
          "organizations": [
            {
              "id": "deepseek",
              "name": "DeepSeek",
              "aliases": ["DeepSeek-AI", "深度求索"]
            }
          ],
          "models": [
            {
              "id": "v3",
              "name": "DeepSeek-V3",
              "org": "deepseek",
              "released": "2024-12-26",
              "parameters": {
                "total": 671000000000,
                "active": 37000000000
              },
              "context": 131072,
              "scores": [
                {
                  "benchmark": "gpqa",
                  "value": 59.1
                }
              ]
            }
          ],
          "training": [
            {
              "id": "t",
              "model": "v3",
              "basis": "reported",
              "flop": 3.3e+24,
              "costUSD": 5576000
            }
          ]
        }

        """)
    }

    @Test(arguments: [
        (0.0, "0"), (-0.0, "-0"), (42, "42"), (-17, "-17"), (0.27, "0.27"), (1.1, "1.1"), (671e9, "671000000000"),
        (9007199254740991, "9007199254740991"), (9007199254740992, "9007199254740992.0"), (1e16, "1e+16"), (3.3e24, "3.3e+24"),
        (Double.leastNonzeroMagnitude, "5e-324"), (0.1 + 0.2, "0.30000000000000004"), (Double.infinity, "null"),
    ])
    func writesNumbersThatReadBackExactly(value: Double, text: String) throws {
        #expect(JSONNumber.text(value) == text)
        if value.isFinite {
            #expect(try JSONParser.parse(Array(text.utf8)).root.numberValue?.value == value)
        }
    }

    @Test func escapesStringsAsJSONRequires() {
        #expect(JSONWriter.quoted("a\"b\\c\n\t\u{01}é") == #""a\"b\\c\n\t\u0001é""#)
        #expect(JSONWriter.quoted("abcdef", limit: 3) == "\"abc…\"")
    }
}
