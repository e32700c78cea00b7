@testable import FrontierCore
import FrontierResources
import Testing

/// Values no real record can have are refused by validation with their place, and importers
/// leave them out with a warning instead of writing them. Such values used to pass validation
/// and then crash every reader when formatted (`Int64(abs(value))` traps at about 9.2e18).
@Suite struct ValueCeilingTests {
    static let header = #"{"schema": 1, "organizations": [{"id": "o", "name": "O"}], "benchmarks": [{"id": "b", "name": "B", "max": 1e30}],"#

    @Test func validationRefusesFiguresAboveTheirCeilingsWithTheirPlaces() {
        let text = Self.header + "\n" + """
        "models": [{"id": "m", "name": "M", "org": "o", "released": "2025-01-01", "parameters": {"total": 1e31}, "context": 100000000000}],
        "prices": [{"id": "p", "model": "m", "input": 1e19, "output": 1, "asOf": "2025-01-01"}],
        "training": [{"id": "t", "model": "m", "basis": "estimate", "costUSD": 1e31, "flop": 1e33}]}
        """
        let problems = DatasetLoader.load([(name: "data.json", bytes: Array(text.utf8))]).diagnostics.map(\.description)
        let tail = "; no real record has such a value"
        #expect(problems == [
            "data.json:1:107: benchmarks[0].max: benchmark bound must be at most 1000000, got 1e+30" + tail,
            "data.json:2:99: models[0].parameters.total: parameter count must be at most 1000000000000000, got 1e+31" + tail,
            "data.json:2:117: models[0].context: context must be at most 10000000000, got 100000000000" + tail,
            "data.json:3:47: prices[0].input: price must be at most 100000, got 1e+19" + tail,
            "data.json:4:72: training[0].costUSD: cost must be at most 1000000000000, got 1e+31" + tail,
            "data.json:4:86: training[0].flop: FLOP must be at most 1e+32, got 1e+33" + tail,
        ])
    }

    @Test func theRealDataIsFarBelowEveryCeiling() {
        let embedded = DatasetLoader.load([(name: "embedded", bytes: Array(EmbeddedResources.defaultDatasetJSON.utf8))])
        #expect(embedded.diagnostics.isEmpty)
        let dataset = embedded.dataset
        #expect(dataset.prices.allSatisfy { $0.input < ValueCeiling.price / 100 && $0.output < ValueCeiling.price / 100 })
        #expect(dataset.models.compactMap(\.parameters?.total).allSatisfy { $0 < ValueCeiling.parameters / 100 })
    }
}
