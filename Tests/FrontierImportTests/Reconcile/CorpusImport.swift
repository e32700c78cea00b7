@testable import FrontierCore
@testable import FrontierImport
import FrontierResources

/// The corpus's price lists and lab feeds imported together, in process, into the built-in
/// dataset, once for every suite that looks at the result.
enum CorpusImport {
    static let day = DayDate("2026-08-20")!

    static func context(_ name: String) -> ImportContext {
        ImportContext(sourceName: name, location: name, retrieved: day)
    }

    static func embedded() -> Dataset {
        DatasetLoader.load([(name: "embedded", bytes: Array(EmbeddedResources.defaultDatasetJSON.utf8))]).dataset
    }

    /// Everything imported once for the whole suite: it takes a minute in a debug build.
    static let everything = Result { try importEverything() }

    /// The listings, then every lab feed, each applied to what the previous import left.
    static func importEverything() throws -> Dataset {
        var dataset = embedded()
        let listings: [(String, ([UInt8], ImportContext) throws(ImportError) -> ImportBatch)] = [
            ("listings/litellm-prices-2026-08.json", LiteLLMImporter.parse),
            ("listings/openrouter-models-2026.json", OpenRouterImporter.parse),
            ("listings/modelsdev-api-2026.json", ModelsDevImporter.parse),
            ("listings/epoch-notable-models-2025-04.csv", EpochImporter.parse),
        ]
        for (path, parse) in listings {
            let batch = try parse(try CorpusFiles.bytes(path), context(path))
            dataset = ImportReconciler(dataset: dataset).apply(batch, context: context(path)).dataset
        }
        for name in try CorpusFiles.names(in: "feeds/labs") {
            let path = "feeds/labs/" + name
            let batch = try FeedImporter.parse(try CorpusFiles.bytes(path), context: context(path))
            dataset = ImportReconciler(dataset: dataset).apply(batch, context: context(path)).dataset
        }
        return dataset
    }
}
