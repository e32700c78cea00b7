import Foundation
@testable import FrontierCore
@testable import FrontierImport
import Testing

/// Inputs large enough that a quadratic step would take minutes: each must stay linear.
///
/// Bounds are generous (two minutes; tens of seconds in a debug build on a loaded machine) while the
/// quadratic paths they guard against took minutes on these sizes.
@Suite struct LargeInputTests {
    private static let context = ImportContext(sourceName: "Epoch AI", location: "epoch.csv",
                                               retrieved: DayDate("2026-01-15")!)

    /// A distinct name of letters only (`baa`, `bab`, ...): digits in names read as versions and sizes.
    private static func word(_ index: Int) -> String {
        var letters = ""
        var rest = index
        for _ in 0..<4 {
            letters.append(Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8(rest % 26))))
            rest /= 26
        }
        return "q" + letters
    }

    private func seconds(_ work: () throws -> Void) rethrows -> Double {
        let clock = ContinuousClock()
        let start = clock.now
        try work()
        let elapsed = clock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    @Test func aTagWithTwoHundredThousandAttributesReadsInLinearTime() throws {
        var text = "<rss"
        for index in 0..<200_000 { text += " a\(index)=\"\(index)\"" }
        text += " a0=\"repeat\"/>"
        let bytes = Array(text.utf8)
        var root: XMLTreeElement?
        let elapsed = try seconds { root = try XMLReader.parse(bytes) }
        #expect(root?.attributes.count == 200_000)
        // The first of a repeated attribute is kept.
        #expect(root?.attribute("a0") == "0")
        #expect(root?.attribute("a199999") == "199999")
        #expect(elapsed < 120)
    }

    @Test func aFiftyMegabyteCSVCellReadsInLinearTime() throws {
        let cell = String(repeating: "é", count: 25 << 20)
        let bytes = Array("Model,Notes\nA,\"\(cell)\"\nB,x\n".utf8)
        var records: [CSVReader.Record] = []
        let elapsed = try seconds { records = try CSVReader.records(bytes) }
        #expect(records.count == 3)
        #expect(records[1].fields[1].utf8.count == 50 << 20)
        #expect(records[2].line == 3)
        #expect(elapsed < 120)
    }

    @Test func aFiftyMegabyteModelNameIsLeftOutWithoutWalkingIt() throws {
        let name = String(repeating: "x", count: 50 << 20)
        let csv = "Model,Organization,Parameters\n\"\(name)\",Lab,100\nSmall,Lab,200\n"
        var outcome: ImportOutcome?
        let elapsed = try seconds {
            let batch = try EpochImporter.parse(Array(csv.utf8), context: Self.context)
            outcome = ImportReconciler(dataset: Dataset()).apply(batch, context: Self.context)
        }
        #expect(outcome?.dataset.models.map(\.name) == ["Small"])
        let warning = try #require(outcome?.skipped.first)
        #expect(warning.reason == "a name, key or developer is longer than 1000 bytes; left out")
        #expect(warning.place.utf8.count < 300)
        #expect(elapsed < 120)
    }

    @Test func thirtyThousandUnmatchedEpochRowsImportInLinearTime() throws {
        var csv = "Model,Organization,Parameters,Training compute (FLOP)\n"
        for index in 0..<30_000 {
            let word = Self.word(index)
            csv += "Model \(word),Lab \(word),\(index + 1)000000,1e\(20 + index % 5)\n"
        }
        let batch = try EpochImporter.parse(Array(csv.utf8), context: Self.context)
        #expect(batch.listings.count == 30_000)
        var outcome: ImportOutcome?
        let elapsed = seconds { outcome = ImportReconciler(dataset: Dataset()).apply(batch, context: Self.context) }
        let dataset = try #require(outcome?.dataset)
        #expect(dataset.models.count == 30_000)
        #expect(dataset.organizations.count == 30_000)
        #expect(dataset.training.count == 30_000)
        #expect(outcome?.newModels.count == 30_000)
        #expect(Set(dataset.models.map(\.id)).count == 30_000)
        #expect(elapsed < 120)
    }

    /// Each new model of a price list brings a price; finding the price it may succeed (and a free
    /// id for the new one) once scanned every price, so 5,000 entries took over a minute.
    @Test func thirtyThousandNewPricedModelsImportInLinearTime() throws {
        var json = "{"
        for index in 0..<30_000 {
            if index > 0 { json += "," }
            json += "\"m\(index)\": {\"input_cost_per_token\": 0.000001, \"output_cost_per_token\": 0.000002, \"litellm_provider\": \"openai\"}"
        }
        json += "}"
        let context = ImportContext(sourceName: "LiteLLM", location: "prices.json", retrieved: DayDate("2026-01-15")!)
        let batch = try LiteLLMImporter.parse(Array(json.utf8), context: context)
        #expect(batch.listings.count == 30_000)
        var outcome: ImportOutcome?
        let elapsed = seconds { outcome = ImportReconciler(dataset: Dataset()).apply(batch, context: context) }
        let dataset = try #require(outcome?.dataset)
        #expect(dataset.models.count == 30_000)
        #expect(dataset.prices.count == 30_000)
        #expect(Set(dataset.prices.map(\.id)).count == 30_000)
        #expect(dataset.prices.allSatisfy { $0.input == 1 && $0.output == 2 })
        #expect(elapsed < 120)
    }
}
