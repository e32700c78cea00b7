import Foundation
@testable import FrontierCore
import FrontierResources
import TestSupport
import Testing

/// The dataset compiled into the binary: identical to its readable source, valid, and telling
/// the DeepSeek story with sourced figures.
@Suite struct EmbeddedDatasetTests {
    let dataset: Dataset = {
        let result = DatasetLoader.load([(name: "embedded", bytes: Array(EmbeddedResources.defaultDatasetJSON.utf8))])
        return result.dataset
    }()

    @Test func embeddedCopyEqualsTheSourceFile() throws {
        #expect(EmbeddedResources.defaultDatasetJSON == (try Repository.text("data/default-dataset.json")),
                "run Scripts/embed-resources.sh after editing data/default-dataset.json")
        #expect(EmbeddedResources.datasetSchemaJSON == (try Repository.text("schema/dataset.schema.json")),
                "run Scripts/embed-resources.sh after editing schema/dataset.schema.json")
        #expect(EmbeddedResources.updateSourcesJSON == (try Repository.text("data/sources.json")),
                "run Scripts/embed-resources.sh after editing data/sources.json")
    }

    @Test func embeddedDatasetIsValid() {
        let result = DatasetLoader.load([(name: "embedded", bytes: Array(EmbeddedResources.defaultDatasetJSON.utf8))])
        #expect(result.diagnostics.map(\.description) == [])
        #expect(result.dataset.schema == 1)
    }

    @Test func schemaIsJSONNamingTheFormatVersion() throws {
        let document = try JSONParser.parse(Array(EmbeddedResources.datasetSchemaJSON.utf8))
        #expect(document.root.objectValue?["$schema"]?.stringValue?.contains("json-schema.org") == true)
    }

    @Test(arguments: [
        "deepseek-v3", "deepseek-r1", "deepseek-v2.5", "llama-3.1-405b", "llama-3.1-70b", "llama-4-scout",
        "llama-4-maverick", "gpt-4", "gpt-4o", "o1", "o1-mini", "qwen2.5-72b-instruct", "claude-3.5-sonnet",
        "gemini-1.5-pro", "mistral-large-2",
    ])
    func holdsEveryRequiredModel(id: String) {
        #expect(dataset.models.contains { $0.id == id })
    }

    @Test(arguments: ["mmlu", "mmlu-pro", "gpqa-diamond", "math-500", "aime-2024", "livecodebench", "codeforces", "swe-bench-verified"])
    func everyHeadlineBenchmarkHasScores(benchmark: String) {
        #expect(dataset.benchmarks.contains { $0.id == benchmark })
        #expect(dataset.models.contains { model in model.scores.contains { $0.benchmark == benchmark } })
    }

    @Test func deepSeekV3ShowsTheSourcedParameterCountAndSaysWhy() throws {
        let v3 = try #require(dataset.models.first { $0.id == "deepseek-v3" })
        #expect(v3.parameters?.total == 671e9)
        #expect(v3.parameters?.active == 37e9)
        let note = try #require(v3.notes.first { $0.about == "parameters.total" })
        #expect(note.text.contains("685B"))
        #expect(note.text.contains("14B"))
    }

    @Test func trainingCostsAreTheSourcedFigures() throws {
        let v3 = try #require(dataset.training.first { $0.model == "deepseek-v3" })
        #expect(v3.costUSD == 5.576e6)
        #expect(v3.gpuHours == 2.788e6)
        #expect(v3.gpuType == "H800")
        #expect(v3.basis == .reported)
        #expect(v3.notes.contains { $0.text.contains("$5.5") })
        let llama = try #require(dataset.training.first { $0.model == "llama-3.1-405b" })
        #expect(llama.gpuHours == 30.84e6)
        let gpt4 = try #require(dataset.training.first { $0.model == "gpt-4" })
        #expect(gpt4.costUSD == 78.4e6)
        #expect(gpt4.basis == .estimate)
        #expect(dataset.training.contains { $0.label?.contains("Gemini 1.0 Ultra") == true && $0.costUSD == 191.4e6 })
    }

    @Test func theGPT4oComparisonIsExplained() {
        let explained = dataset.models.first { $0.id == "gpt-4o" }?.notes.contains { $0.text.contains("GPT-4o") && $0.text.contains("GPT-4") }
        #expect(explained == true)
    }

    @Test func closedModelsHaveNoParameterCount() {
        let closed = dataset.models.filter { $0.license?.openWeights == false }
        #expect(!closed.isEmpty)
        for model in closed { #expect(model.parameters?.total == nil, "\(model.id) shows an undisclosed parameter count") }
    }

    @Test func pricesAreDatedAndSourced() {
        #expect(dataset.prices.count >= 10)
        for price in dataset.prices { #expect(price.provenance?.ref != nil, "\(price.id) has no source") }
        // DeepSeek-V3's list price after the discount ended, closed by the V3.1 price of 2025-09-05.
        let chat = dataset.prices.first { $0.model == "deepseek-v3" && $0.input == 0.27 }
        #expect(chat?.output == 1.10)
        #expect(chat?.until == DayDate("2025-09-04"))
        #expect(dataset.prices.contains { $0.model == "deepseek-v3.1" && $0.asOf == DayDate("2025-09-05") })
    }

    @Test func pricesOfOneModelFollowEachOtherInTime() {
        for price in dataset.prices {
            if let until = price.until {
                #expect(price.asOf <= until, "\(price.id) ends before it starts")
            }
        }
    }

    @Test func newsCoversTheStoryWithAtLeastThirtyEvents() throws {
        #expect(dataset.news.count >= 30)
        let dates = dataset.news.map(\.date)
        #expect(try #require(dates.min()) >= DayDate("2023-03-01")!)
        // The story runs on past the seed's article, to the newest date the fact sheets verify.
        #expect(try #require(dates.max()) >= DayDate("2026-09-01")!)
        #expect(try #require(dates.max()) <= DayDate("2026-12-04")!)
        let headlines = dataset.news.map { $0.headline + " " + $0.source }
        #expect(headlines.contains { $0.contains("CNBC") })
        #expect(dataset.news.contains { $0.date == DayDate("2025-01-20") && $0.headline.contains("MIT") })
        #expect(headlines.contains { $0.contains("Panic Mode") && $0.contains("TechStartups") })
        #expect(dataset.news.contains { $0.date == DayDate("2025-04-05") && $0.headline.contains("Llama 4") })
    }

    /// Every source listed is cited by some figure, and every `ref` names a listed source.
    @Test func everySourceIsCitedAndEveryCitationIsListed() throws {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(EmbeddedResources.defaultDatasetJSON.utf8)) as? [String: Any])
        var cited = Set<String>()
        func collect(_ value: Any) {
            if let object = value as? [String: Any] {
                if let ref = object["ref"] as? String { cited.insert(ref) }
                object.values.forEach(collect)
            } else if let array = value as? [Any] {
                array.forEach(collect)
            }
        }
        root.filter { $0.key != "sources" }.values.forEach(collect)
        let listed = Set(dataset.sources.map(\.id))
        #expect(!listed.isEmpty)
        #expect(listed.subtracting(cited).sorted() == [], "sources no figure cites")
        #expect(cited.subtracting(listed).sorted() == [], "refs to sources not listed")
    }

    @Test func everyFigureCitesASource() {
        for model in dataset.models {
            for score in model.scores {
                #expect(score.provenance?.ref != nil || score.provenance?.source != nil, "\(model.id) \(score.benchmark)")
            }
        }
        for run in dataset.training { #expect(run.provenance != nil, "\(run.id)") }
        for item in dataset.news { #expect(item.url != nil || item.provenance != nil, "\(item.id)") }
        for price in dataset.prices { #expect(price.provenance?.ref != nil, "\(price.id)") }
    }
}
