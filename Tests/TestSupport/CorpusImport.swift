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
        for listing in Listing.allCases {
            dataset = try listing.apply(to: dataset).dataset
        }
        for name in try CorpusFiles.names(in: "feeds/labs") {
            let path = "feeds/labs/" + name
            let batch = try FeedImporter.parse(try CorpusFiles.bytes(path), context: context(path))
            dataset = ImportReconciler(dataset: dataset).apply(batch, context: context(path)).dataset
        }
        return dataset
    }

    /// The corpus's price lists, each credited to the name its importer uses by default, so
    /// that `PricePrecedence` ranks them as it does for a user.
    enum Listing: CaseIterable {
        case litellm, openRouter, modelsDev, epoch

        var path: String {
            switch self {
            case .litellm: return "listings/litellm-prices-2026-08.json"
            case .openRouter: return "listings/openrouter-models-2026.json"
            case .modelsDev: return "listings/modelsdev-api-2026.json"
            case .epoch: return "listings/epoch-notable-models-2025-04.csv"
            }
        }

        var context: ImportContext {
            let kind: ImportKind
            switch self {
            case .litellm: kind = .litellm
            case .openRouter: kind = .openrouter
            case .modelsDev: kind = .modelsdev
            case .epoch: kind = .epoch
            }
            return ImportContext(sourceName: kind.defaultSourceName ?? path, location: path, retrieved: CorpusImport.day)
        }

        func apply(to dataset: Dataset) throws -> ImportOutcome {
            let bytes = try CorpusFiles.bytes(path)
            let batch: ImportBatch
            switch self {
            case .litellm: batch = try LiteLLMImporter.parse(bytes, context: context)
            case .openRouter: batch = try OpenRouterImporter.parse(bytes, context: context)
            case .modelsDev: batch = try ModelsDevImporter.parse(bytes, context: context)
            case .epoch: batch = try EpochImporter.parse(bytes, context: context)
            }
            return ImportReconciler(dataset: dataset).apply(batch, context: context)
        }
    }
}
