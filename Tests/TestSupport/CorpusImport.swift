import FrontierCore
import FrontierImport
import FrontierResources

/// The whole corpus (its price lists, its lab feeds and the newsboat sample feeds that hold
/// entries) imported together, in process, into the story dataset, once for every suite
/// that looks at the result.
public enum CorpusImport {
    public static let day = DayDate("2026-08-20")!

    public static func context(_ name: String) -> ImportContext {
        ImportContext(sourceName: name, location: name, retrieved: day)
    }

    /// The dataset the corpus is imported over: the frozen story (`Fixtures.story`).
    public static func story() -> Dataset {
        Fixtures.story
    }

    /// Everything imported once for the whole suite: it takes a minute in a debug build.
    public static let everything = Result { try importEverything() }

    /// The listings, then every feed, each applied to what the previous import left.
    static func importEverything() throws -> Dataset {
        var dataset = story()
        for listing in Listing.allCases {
            dataset = try listing.apply(to: dataset).dataset
        }
        for name in try CorpusFiles.names(in: "feeds/labs") {
            let path = "feeds/labs/" + name
            let batch = try FeedImporter.parse(try CorpusFiles.bytes(path), context: context(path))
            dataset = ImportReconciler(dataset: dataset).apply(batch, context: context(path)).dataset
        }
        // newsboat's samples include feeds that are empty or whose entries lack a title or a
        // date on purpose; an import refuses those whole, as it does for a user.
        for name in try CorpusFiles.names(in: "feeds/newsboat") {
            let path = "feeds/newsboat/" + name
            guard let batch = try? FeedImporter.parse(try CorpusFiles.bytes(path), context: context(path)) else { continue }
            dataset = ImportReconciler(dataset: dataset).apply(batch, context: context(path)).dataset
        }
        return dataset
    }

    /// The corpus's price lists, each credited to the name its importer uses by default, so
    /// that `PricePrecedence` ranks them as it does for a user.
    public enum Listing: CaseIterable, Sendable {
        case litellm, openRouter, modelsDev, epoch

        public var path: String {
            switch self {
            case .litellm: return "listings/litellm-prices-2026-08.json"
            case .openRouter: return "listings/openrouter-models-2026.json"
            case .modelsDev: return "listings/modelsdev-api-2026.json"
            case .epoch: return "listings/epoch-notable-models-2025-04.csv"
            }
        }

        public var context: ImportContext {
            let kind: ImportKind
            switch self {
            case .litellm: kind = .litellm
            case .openRouter: kind = .openrouter
            case .modelsDev: kind = .modelsdev
            case .epoch: kind = .epoch
            }
            return ImportContext(sourceName: kind.defaultSourceName ?? path, location: path, retrieved: CorpusImport.day)
        }

        public func apply(to dataset: Dataset) throws -> ImportOutcome {
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
