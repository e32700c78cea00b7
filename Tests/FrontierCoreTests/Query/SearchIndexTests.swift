@testable import FrontierCore
import Testing

/// Each field, unit and operator evaluated against a small hand-made dataset.
@Suite struct SearchIndexTests {
    static let dataset: Dataset = {
        var dataset = SampleData.dataset
        dataset.organizations.append(Organization(id: "alibaba", name: "Alibaba", aliases: ["Qwen team"]))
        dataset.models.append(Model(
            id: "qwen-72b", name: "Qwen2.5-72B", org: "alibaba", aliases: ["Qwen 72B"], released: SampleData.day("2025-01-15"),
            parameters: Parameters(total: 72.7e9), context: 128_000,
            license: License(name: "Qwen License", spdx: "Apache-2.0", openWeights: true), tags: ["dense"],
            provenance: Provenance(source: "Qwen blog")))
        dataset.news.append(NewsItem(
            id: "n4", date: SampleData.day("2025-01-20"), headline: "Prices fall again", summary: "A price war, with \"panic mode\" at rivals",
            orgs: ["alibaba"], models: ["qwen-72b"], source: "CNBC", tags: ["pricing"], provenance: Provenance(source: "Reuters")))
        return dataset
    }()

    let index = SearchIndex(SearchIndexTests.dataset)

    func ids(_ pane: PaneID) -> [String] {
        switch pane {
        case .models: return Self.dataset.models.map(\.id)
        case .news: return Self.dataset.news.map(\.id)
        case .costs:
            return Self.dataset.training.map { CostsChart.trainingPrefix + $0.id } + Self.dataset.prices.map { CostsChart.pricePrefix + $0.id }
        }
    }

    func rows(_ text: String, _ pane: PaneID = .models, mix: TokenMix = .standard) throws -> [String] {
        let query = try Query.parse(text, benchmarks: Self.dataset.benchmarks)
        return index.filter(query, pane: pane, ids: ids(pane), mix: mix)
    }

    // MARK: - What a model makes, and who knows it

    /// The search index of `dataset` with DeepSeek-V3 turned into an embedding model only a
    /// list knows, for `modality:` and `is:listed`.
    func listedEmbedding() -> (SearchIndex, Dataset) {
        var dataset = Self.dataset
        let position = dataset.models.firstIndex { $0.id == "deepseek-v3" }!
        dataset.models[position].tags += [Model.listedTag, "embedding"]
        return (SearchIndex(dataset), dataset)
    }

    @Test func modalityMatchesWhatAModelMakesOnModelsAndCostRows() throws {
        let (index, dataset) = listedEmbedding()
        func rows(_ text: String, _ pane: PaneID) throws -> [String] {
            try index.filter(Query.parse(text, benchmarks: dataset.benchmarks), pane: pane, ids: ids(pane), mix: .standard)
        }
        #expect(try rows("modality:embedding", .models) == ["deepseek-v3"])
        #expect(try rows("modality:text", .models) == ["gpt-4o", "llama-3.1-405b", "o1", "qwen-72b"])
        #expect(try rows("modality:chat", .models) == rows("modality:text", .models))
        #expect(try rows("modality!=text", .models) == ["deepseek-v3"])
        // A price or training run is its model's: DeepSeek-V3's price and run are an embedding's.
        #expect(try rows("modality:embedding", .costs) == [CostsChart.trainingPrefix + "t-v3", CostsChart.pricePrefix + "p-v3"])
        // A run with no model (GPT-4 by label) makes nothing a query can name.
        #expect(try !rows("modality:text", .costs).contains(CostsChart.trainingPrefix + "t-gpt4"))
        #expect(try rows("modality:text", .news).isEmpty)
    }

    @Test func isListedMatchesModelsOnlyAListKnowsAndTheirCostRows() throws {
        let (index, dataset) = listedEmbedding()
        func rows(_ text: String, _ pane: PaneID) throws -> [String] {
            try index.filter(Query.parse(text, benchmarks: dataset.benchmarks), pane: pane, ids: ids(pane), mix: .standard)
        }
        #expect(try rows("is:listed", .models) == ["deepseek-v3"])
        #expect(try rows("-is:listed", .models).count == 4)
        #expect(try rows("is:listed", .costs) == [CostsChart.trainingPrefix + "t-v3", CostsChart.pricePrefix + "p-v3"])
        #expect(try rows("is:listed", .news).isEmpty)
        #expect(try rows("-is:listed", .news).count == 4)
    }

    @Test func onlyIsAndModalityReachTheHiddenRows() throws {
        func reaches(_ text: String) throws -> Bool { try Query.parse(text, benchmarks: []).searchesHiddenRows }
        #expect(try reaches("is:listed"))
        #expect(try reaches("deepseek (modality:image or x)"))
        #expect(try reaches("-is:listed"))
        #expect(try !reaches("tag:unmatched deepseek"))
        #expect(try !reaches(""))
    }

    // MARK: - Words

    @Test func wordsMatchNamesAliasesAndOrganizationsInAnyCase() throws {
        #expect(try rows("DEEPSEEK") == ["deepseek-v3"])
        #expect(try rows("meta") == ["llama-3.1-405b"])
        #expect(try rows("\"qwen 72b\"") == ["qwen-72b"])
        #expect(try rows("openai") == ["gpt-4o", "o1"])
    }

    @Test func everyWordMustMatch() throws {
        #expect(try rows("llama 405b") == ["llama-3.1-405b"])
        #expect(try rows("llama gpt") == [])
    }

    @Test func newsWordsSearchHeadlineSummarySourceAndLinkedNames() throws {
        #expect(try rows("\"panic mode\"", .news) == ["n4"])
        #expect(try rows("longbridge", .news) == ["n2"])
        #expect(try rows("qwen2.5-72b", .news) == ["n4"])
        #expect(try rows("meta", .news) == ["n3"])
    }

    @Test func costWordsSearchLabelsHardwareAndMethod() throws {
        #expect(try rows("h800", .costs) == ["training:t-v3"])
        #expect(try rows("\"per gpu-hour\"", .costs) == ["training:t-v3"])
        #expect(try rows("gpt-4", .costs) == ["training:t-gpt4", "price:p-4o-old", "price:p-4o"])
    }

    @Test func aPhraseDoesNotMatchAcrossFields() throws {
        // "DeepSeek-V3" (name) then "DeepSeek" (organization) must not read as "v3 deepseek".
        #expect(try rows("\"v3 deepseek\"") == [])
    }

    // MARK: - Text fields

    @Test func orgMatchesIdNameOrAliasAsASubstring() throws {
        #expect(try rows("org:deep") == ["deepseek-v3"])
        #expect(try rows("org:\"qwen team\"") == ["qwen-72b"])
        #expect(try rows("org:deepseek", .news) == ["n1", "n2", "n3"])
        #expect(try rows("org:openai", .costs) == ["training:t-gpt4", "training:t-nocost", "price:p-4o-old", "price:p-4o", "price:p-o1"])
    }

    @Test func notEqualOnATextFieldIsNegation() throws {
        #expect(try rows("org!=openai") == ["deepseek-v3", "llama-3.1-405b", "qwen-72b"])
    }

    @Test func licenseMatchesNameOrSPDX() throws {
        #expect(try rows("license:apache") == ["qwen-72b"])
        #expect(try rows("license:llama") == ["llama-3.1-405b"])
    }

    @Test func openAndReasoningMatchOnlyRowsThatSay() throws {
        #expect(try rows("open:yes") == ["deepseek-v3", "llama-3.1-405b", "qwen-72b"])
        // o1 has no licence in this dataset: it is neither open nor closed here.
        #expect(try rows("open:no") == ["gpt-4o"])
        #expect(try rows("reasoning:yes") == ["o1"])
        #expect(try rows("reasoning:no").count == 4)
    }

    @Test func sourceMatchesTheNewsSourceAndTheProvenanceSource() throws {
        #expect(try rows("source:cnbc", .news) == ["n4"])
        #expect(try rows("source:reuters", .news) == ["n4"])
        #expect(try rows("source:\"qwen blog\"") == ["qwen-72b"])
        #expect(try rows("source:readme") == [])
    }

    @Test func tagAndModelFollowTheRowsLinks() throws {
        #expect(try rows("tag:pricing", .news) == ["n4"])
        #expect(try rows("tag:dense") == ["qwen-72b"])
        #expect(try rows("model:v3", .news) == ["n1"])
        #expect(try rows("model:\"qwen 72b\"", .news) == ["n4"])
        #expect(try rows("model:deepseek-v3", .costs) == ["training:t-v3", "price:p-v3"])
    }

    @Test func kindSeparatesTrainingFromPriceRows() throws {
        #expect(try rows("kind:training", .costs).count == 4)
        #expect(try rows("kind:price", .costs).count == 4)
        #expect(try rows("kind!=price", .costs).count == 4)
        #expect(try rows("kind:price") == [])
    }

    // MARK: - Numbers

    @Test func parameterCountsCompareWithSuffixes() throws {
        #expect(try rows("params>100b") == ["deepseek-v3", "llama-3.1-405b"])
        #expect(try rows("active<50b") == ["deepseek-v3"])
        #expect(try rows("params>=72.7b params<=72.7b") == ["qwen-72b"])
        #expect(try rows("params=671b") == ["deepseek-v3"])
    }

    @Test func aMissingFigureNeverMatchesAComparisonButItsNegationDoes() throws {
        #expect(try rows("params!=671b") == ["llama-3.1-405b", "qwen-72b"])
        #expect(try rows("-params>100b") == ["gpt-4o", "o1", "qwen-72b"])
    }

    @Test func contextSizesTreat128kAsBoth128000And131072() throws {
        #expect(try rows("ctx>=128k") == ["deepseek-v3", "gpt-4o", "qwen-72b"])
        #expect(try rows("ctx:128k") == ["deepseek-v3", "gpt-4o", "qwen-72b"])
        // Both readings are "128K", so neither is more than 128k nor less than it.
        #expect(try rows("ctx>128k") == [])
        #expect(try rows("ctx<=128k") == ["deepseek-v3", "gpt-4o", "qwen-72b"])
        #expect(try rows("ctx>100k") == ["deepseek-v3", "gpt-4o", "qwen-72b"])
        #expect(try rows("ctx<128k") == [])
    }

    @Test func pricesCompareInputOutputAndBlendedAtTheGivenMix() throws {
        #expect(try rows("price.in<1") == ["deepseek-v3"])
        #expect(try rows("price.out<=$10") == ["deepseek-v3", "gpt-4o"])
        #expect(try rows("price.out<=$1.10") == ["deepseek-v3"])
        #expect(try rows("price<5") == ["deepseek-v3", "gpt-4o"])
        // 2.5 in and 10 out blend to 4.375 at 3:1 but 6.25 at 1:1.
        #expect(try rows("price<5", mix: TokenMix(input: 1, output: 1)) == ["deepseek-v3"])
        #expect(try rows("price.in>=5", .costs) == ["price:p-4o-old", "price:p-o1"])
    }

    @Test func trainingFiguresCompareInDollarsHoursAndFLOP() throws {
        #expect(try rows("cost>10m", .costs) == ["training:t-gpt4", "training:t-405b"])
        #expect(try rows("cost<$10M", .costs) == ["training:t-v3"])
        #expect(try rows("gpuhours>1m", .costs) == ["training:t-v3", "training:t-405b"])
        #expect(try rows("gpuhours>3e7", .costs) == ["training:t-405b"])
        #expect(try rows("flop>1e20", .costs) == [])
    }

    @Test func benchmarksCompareTheHeadlineScore() throws {
        #expect(try rows("mmlu>=88.6") == ["llama-3.1-405b"])
        #expect(try rows("mmlu>=85%") == ["deepseek-v3", "llama-3.1-405b"])
        // GPT-4o's first GPQA-Diamond score (49.9) is its headline, not the 53.6 listed second.
        #expect(try rows("gpqa-d>50") == ["deepseek-v3"])
        #expect(try rows("gpqa>50") == ["deepseek-v3"])
        #expect(try rows("cf>2000") == ["o1"])
    }

    // MARK: - Dates

    @Test func aMonthIsItsFirstDayForOrderingAndTheWholeMonthForEquality() throws {
        #expect(try rows("released>=2024-12") == ["deepseek-v3", "o1", "qwen-72b"])
        #expect(try rows("released>2024-12") == ["qwen-72b"])
        #expect(try rows("date:2024-12") == ["deepseek-v3", "o1"])
        #expect(try rows("date<2024-07") == ["gpt-4o"])
        #expect(try rows("date<=2024-07") == ["gpt-4o", "llama-3.1-405b"])
        #expect(try rows("date!=2024") == ["qwen-72b"])
    }

    @Test func dateRangesAreInclusiveAndMayBeOpen() throws {
        #expect(try rows("date:2025-01-20..2025-01-27", .news) == ["n2", "n3", "n4"])
        #expect(try rows("date:2025-01-21..2025-01-27", .news) == ["n2", "n3"])
        #expect(try rows("date:2025-01-23..", .news) == ["n2", "n3"])
        #expect(try rows("date:..2024", .news) == ["n1"])
    }

    @Test func dateMeansTheAsOfDayForPricesAndNothingForTraining() throws {
        #expect(try rows("date:2025", .costs) == ["price:p-v3", "price:p-o1"])
        #expect(try rows("kind:training date>2000", .costs) == [])
    }

    // MARK: - Combining

    @Test func orAndNotAndParenthesesCombine() throws {
        #expect(try rows("meta or openai reasoning:yes") == ["llama-3.1-405b", "o1"])
        #expect(try rows("(meta or openai) -reasoning:yes") == ["gpt-4o", "llama-3.1-405b"])
        #expect(try rows("not open:yes") == ["gpt-4o", "o1"])
        #expect(try rows("!deepseek !openai") == ["llama-3.1-405b", "qwen-72b"])
    }

    @Test func aFieldAPaneDoesNotHaveMatchesNothing() throws {
        #expect(try rows("mmlu>80", .news) == [])
        #expect(try rows("-mmlu>80", .news) == ["n1", "n2", "n3", "n4"])
        #expect(try rows("tag:pricing", .costs) == [])
        #expect(try rows("cost>0") == [])
    }

    // MARK: - The API

    @Test func filteringKeepsTheGivenOrderAndDropsUnknownIds() throws {
        let query = try Query.parse("open:yes", benchmarks: Self.dataset.benchmarks)
        #expect(index.filter(query, pane: .models, ids: ["qwen-72b", "nope", "deepseek-v3", "gpt-4o"]) == ["qwen-72b", "deepseek-v3"])
        #expect(index.filter(.all, pane: .models, ids: ["o1", "nope", "gpt-4o"]) == ["o1", "gpt-4o"])
    }

    @Test func viewModelRowsFilterDirectly() throws {
        let table = ModelsTable(dataset: Self.dataset, index: DatasetIndex(Self.dataset))
        let query = try Query.parse("openai", benchmarks: Self.dataset.benchmarks)
        let filtered = index.filter(table.rows, by: query, pane: .models) { $0.id }
        #expect(filtered.map(\.id) == ["o1", "gpt-4o"])
    }

    @Test func oneRowCanBeAskedAbout() throws {
        let query = try Query.parse("\"panic mode\" tag:pricing", benchmarks: Self.dataset.benchmarks)
        #expect(index.matches(query, pane: .news, id: "n4"))
        #expect(!index.matches(query, pane: .news, id: "n3"))
        #expect(!index.matches(.all, pane: .news, id: "missing"))
    }

    @Test func theWholePaneSearchAndTheOneRowSearchAgree() throws {
        for text in ["deepseek", "e", "\"blind post\"", "2", "xyz", "é"] {
            let query = try Query.parse(text, benchmarks: Self.dataset.benchmarks)
            let bulk = index.filter(query, pane: .news, ids: ids(.news))
            let single = ids(.news).filter { index.matches(query, pane: .news, id: $0) }
            #expect(bulk == single, "\(text)")
        }
    }
}
