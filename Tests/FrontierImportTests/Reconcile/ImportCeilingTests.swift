@testable import FrontierCore
@testable import FrontierImport
import Testing

/// Importers leave out figures above the dataset's ceilings, with a warning, so what they write validates.
@Suite struct ImportCeilingTests {
    static let retrieved = DayDate("2025-06-01")!

    @Test func openRouterPricesOfTenTrillionDollarsPerTokenAreLeftOutWithAWarning() throws {
        let json = #"{"data": [{"id": "acme/huge", "name": "Acme: Huge", "pricing": {"prompt": "10000000000000", "completion": "0.000001"}}]}"#
        let batch = try OpenRouterImporter.parse(Array(json.utf8), context: ImportSample.openRouter)
        let outcome = ImportReconciler(dataset: ImportSample.dataset).apply(batch, context: ImportSample.openRouter)
        #expect(outcome.dataset.prices.allSatisfy { $0.model != "huge" && $0.input < 1e6 })
        #expect(outcome.skipped.map(\.description).contains("acme/huge: input price 1e19 is above the ceiling of 1e5; left out"),
                "\(outcome.skipped)")
        #expect(ImportSample.problems(outcome.dataset).isEmpty)
    }

    @Test func liteLLMAndEpochValuesAboveTheCeilingsAreLeftOutAndTheResultValidates() throws {
        let litellm = #"{"acme-huge": {"litellm_provider": "acme", "mode": "chat", "input_cost_per_token": 1e14, "output_cost_per_token": 1e-6}}"#
        let context = ImportContext(sourceName: "LiteLLM", location: "prices.json", retrieved: Self.retrieved)
        let priced = try LiteLLMImporter.parse(Array(litellm.utf8), context: context)
        let pricedOutcome = ImportReconciler(dataset: ImportSample.dataset).apply(priced, context: context)
        #expect(pricedOutcome.skipped.contains { $0.reason.contains("input price 1e20 is above the ceiling") }, "\(pricedOutcome.skipped)")
        #expect(ImportSample.problems(pricedOutcome.dataset).isEmpty)

        let csv = "Model,Organization,Publication date,Parameters,Training compute (FLOP)\n"
            + "Huge,Acme,2024-01-01,100000000000000000000000000000000,1e40\n"
        let epochContext = ImportContext(sourceName: "Epoch AI", location: "epoch.csv", retrieved: Self.retrieved)
        let table = try EpochImporter.parse(Array(csv.utf8), context: epochContext)
        let tableOutcome = ImportReconciler(dataset: ImportSample.dataset).apply(table, context: epochContext)
        #expect(tableOutcome.skipped.contains { $0.reason.contains("parameter count 1e32 is above the ceiling of 1e15") }, "\(tableOutcome.skipped)")
        #expect(tableOutcome.skipped.contains { $0.reason.contains("training compute (FLOP) 1e40 is above the ceiling of 1e32") },
                "\(tableOutcome.skipped)")
        #expect(ImportSample.problems(tableOutcome.dataset).isEmpty)
    }
}
