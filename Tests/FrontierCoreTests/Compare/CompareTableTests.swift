@testable import FrontierCore
import Testing

@Suite struct CompareTableTests {
    typealias Mark = CompareTable.Mark

    static func day(_ text: String) -> DayDate { DayDate(text)! }

    /// Three models from three labs with a tie, a lower-is-better benchmark and gaps.
    static let dataset = Dataset(
        organizations: [
            Organization(id: "deepseek", name: "DeepSeek"),
            Organization(id: "openai", name: "OpenAI"),
            Organization(id: "meta", name: "Meta"),
        ],
        benchmarks: [
            Benchmark(id: "mmlu", name: "MMLU"),
            Benchmark(id: "unscored", name: "Nobody ran this"),
            Benchmark(id: "errors", name: "Error rate", higherIsBetter: false),
            Benchmark(id: "gpqa-diamond", name: "GPQA-Diamond", short: "GPQA-D"),
            Benchmark(id: "codeforces", name: "Codeforces", unit: "rating", max: 4000),
        ],
        models: [
            Model(id: "a", name: "Alpha", org: "deepseek", released: day("2024-12-26"),
                  parameters: Parameters(total: 671e9, active: 37e9), context: 131_072,
                  license: License(name: "MIT", spdx: "MIT", openWeights: true),
                  scores: [
                      Score(benchmark: "mmlu", value: 88.5, provenance: Provenance(reportedBy: "deepseek")),
                      Score(benchmark: "errors", value: 4.2),
                      Score(benchmark: "gpqa-diamond", value: 59.1, provenance: Provenance(reportedBy: "deepseek")),
                      Score(benchmark: "gpqa-diamond", value: 99, provenance: Provenance(reportedBy: "deepseek")),
                  ]),
            Model(id: "b", name: "Beta", org: "openai", released: day("2024-05-13"), context: 128_000,
                  license: License(name: "Proprietary", openWeights: false),
                  scores: [
                      Score(benchmark: "mmlu", value: 88.5, provenance: Provenance(reportedBy: "deepseek")),
                      Score(benchmark: "errors", value: 3.9, provenance: Provenance(reportedBy: "openai")),
                      Score(benchmark: "codeforces", value: 2061),
                  ]),
            Model(id: "c", name: "Gamma", org: "meta", released: day("2024-07-23"),
                  scores: [Score(benchmark: "mmlu", value: 80.1)]),
        ],
        prices: [
            Price(id: "p-a", model: "a", input: 0.27, output: 1.10, asOf: day("2025-02-08")),
            Price(id: "p-b-old", model: "b", input: 5, output: 15, asOf: day("2024-06-10")),
            Price(id: "p-b", model: "b", input: 2.5, output: 10, asOf: day("2024-08-09")),
            Price(id: "p-c", model: "c", input: 0.27, output: 2, asOf: day("2024-08-09")),
        ]
    )

    static func table(_ ids: [String], mix: TokenMix = .standard) -> CompareTable {
        CompareTable(dataset: dataset, index: DatasetIndex(dataset), modelIDs: ids, mix: mix)
    }

    static func row(_ table: CompareTable, _ kind: CompareTable.RowKind) -> CompareTable.Row? {
        table.rows.first { $0.kind == kind }
    }

    @Test func columnsAreTheModelsInTheOrderGiven() {
        let table = Self.table(["c", "a", "b"])
        #expect(table.columns.map(\.name) == ["Gamma", "Alpha", "Beta"])
        #expect(table.columns.map(\.organization) == ["Meta", "DeepSeek", "OpenAI"])
    }

    @Test func unknownAndRepeatedModelIDsAreLeftOut() {
        let table = Self.table(["a", "gone", "a", "b"])
        #expect(table.columns.map(\.id) == ["a", "b"])
        #expect(table.rows.allSatisfy { $0.cells.count == 2 })
    }

    @Test func rowsAreTheScoredBenchmarksInDatasetOrderThenPricesAndFacts() {
        let table = Self.table(["a", "b"])
        #expect(table.rows.map(\.kind) == [
            .benchmark("mmlu"), .benchmark("errors"), .benchmark("gpqa-diamond"), .benchmark("codeforces"),
            .inputPrice, .outputPrice, .blendedPrice, .parameters, .context, .released, .license,
        ])
        #expect(table.rows.map(\.label) == [
            "MMLU %", "Error rate %", "GPQA-Diamond %", "Codeforces rating", "Input $/1M", "Output $/1M", "Blended 3:1 $/1M",
            "Parameters", "Context", "Released", "Licence",
        ])
    }

    @Test func aBenchmarkNoneOfTheModelsHasIsNotARow() {
        let table = Self.table(["c"])
        #expect(!table.rows.contains { $0.kind == .benchmark("codeforces") })
        #expect(!table.rows.contains { $0.kind == .benchmark("unscored") })
    }

    @Test func theHighestScoreIsBestAndTheOthersNormal() throws {
        let mmlu = try #require(Self.row(Self.table(["c", "a"]), .benchmark("mmlu")))
        #expect(mmlu.ranking == .higherIsBetter)
        #expect(mmlu.cells.map(\.mark) == [.normal, .best])
        #expect(mmlu.winners == [1])
    }

    @Test func equalBestValuesAreTiesNotOneWinner() throws {
        let mmlu = try #require(Self.row(Self.table(["a", "b", "c"]), .benchmark("mmlu")))
        #expect(mmlu.cells.map(\.text) == ["88.5", "88.5", "80.1"])
        #expect(mmlu.cells.map(\.mark) == [.tiedBest, .tiedBest, .normal])
        #expect(mmlu.winners == [0, 1])
    }

    @Test func aLowerIsBetterBenchmarkMarksTheLowestValue() throws {
        let errors = try #require(Self.row(Self.table(["a", "b"]), .benchmark("errors")))
        #expect(errors.ranking == .lowerIsBetter)
        #expect(errors.cells.map(\.mark) == [.normal, .best])
    }

    @Test func theCheapestPriceIsBestAndEqualPricesTie() throws {
        let table = Self.table(["a", "b", "c"])
        let input = try #require(Self.row(table, .inputPrice))
        #expect(input.cells.map(\.text) == ["$0.27", "$2.50", "$0.27"])
        #expect(input.cells.map(\.mark) == [.tiedBest, .normal, .tiedBest])
        let output = try #require(Self.row(table, .outputPrice))
        #expect(output.cells.map(\.mark) == [.best, .normal, .normal])
    }

    @Test func theBlendedPriceUsesTheMix() throws {
        let standard = try #require(Self.row(Self.table(["a", "b"]), .blendedPrice))
        #expect(standard.cells.map(\.text) == ["$0.48", "$4.38"])
        let heavyInput = try #require(Self.row(Self.table(["a", "b"], mix: TokenMix(input: 10, output: 1)), .blendedPrice))
        #expect(heavyInput.label == "Blended 10:1 $/1M")
        #expect(heavyInput.cells.map(\.text) == ["$0.35", "$3.18"])
    }

    @Test func missingValuesShowAsADashAndAreNeverBest() throws {
        let table = Self.table(["a", "b", "c"])
        let codeforces = try #require(Self.row(table, .benchmark("codeforces")))
        #expect(codeforces.cells.map(\.text) == ["–", "2061", "–"])
        // Only one model has a value: nothing to beat, so nothing is marked best.
        #expect(codeforces.cells.map(\.mark) == [.missing, .normal, .missing])
        #expect(codeforces.winners.isEmpty)
        let parameters = try #require(Self.row(table, .parameters))
        #expect(parameters.cells.map(\.text) == ["671B/37B", "–", "–"])
        #expect(parameters.cells.map(\.mark) == [.normal, .missing, .missing])
    }

    @Test func aSingleModelHasNoBestAnywhere() {
        let table = Self.table(["a"])
        #expect(table.rows.allSatisfy { $0.winners.isEmpty })
    }

    @Test func theFirstScoreForABenchmarkIsTheOneCompared() throws {
        let gpqa = try #require(Self.row(Self.table(["a", "b"]), .benchmark("gpqa-diamond")))
        #expect(gpqa.cells.map(\.text) == ["59.1", "–"])
    }

    @Test func eachScoreSaysWhoReportedIt() throws {
        let table = Self.table(["a", "b", "c"])
        let mmlu = try #require(Self.row(table, .benchmark("mmlu")))
        // DeepSeek measured its own model and OpenAI's; nobody is named for Gamma's score.
        #expect(mmlu.cells.map(\.reporter) == ["self", "DeepSeek", nil])
        let errors = try #require(Self.row(table, .benchmark("errors")))
        #expect(errors.cells.map(\.reporter) == [nil, "self", nil])
    }

    @Test func factsRowsShowContextDateAndLicenceAndRankOnlyContext() throws {
        let table = Self.table(["a", "b", "c"])
        let context = try #require(Self.row(table, .context))
        #expect(context.cells.map(\.text) == ["128K", "128K", "–"])
        // 131072 against 128000: both read 128K, but the larger window is the better one.
        #expect(context.cells.map(\.mark) == [.best, .normal, .missing])
        let released = try #require(Self.row(table, .released))
        #expect(released.cells.map(\.text) == ["2024-12-26", "2024-05-13", "2024-07-23"])
        #expect(released.winners.isEmpty)
        let licence = try #require(Self.row(table, .license))
        #expect(licence.cells.map(\.text) == ["MIT", "closed", "–"])
        #expect(licence.cells.map(\.mark) == [.normal, .normal, .missing])
    }

    @Test func valuesWithinTheToleranceTie() {
        #expect(CompareTable.marks([0.1 + 0.2, 0.3, 0.5], ranking: .lowerIsBetter) == [.tiedBest, .tiedBest, .normal])
        #expect(CompareTable.marks([1, 1.001], ranking: .lowerIsBetter) == [.best, .normal])
    }

    @Test func anUnrankedRowMarksNothing() {
        #expect(CompareTable.marks([1, 2, nil], ranking: .unranked) == [.normal, .normal, .missing])
    }

    @Test func noModelsGiveNoColumnsAndOnlyEmptyFactRows() {
        let table = Self.table([])
        #expect(table.columns.isEmpty)
        #expect(table.rows.allSatisfy { $0.cells.isEmpty })
        #expect(!table.rows.contains { if case .benchmark = $0.kind { return true } else { return false } })
    }
}
