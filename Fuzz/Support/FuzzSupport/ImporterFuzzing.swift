import FrontierCore
import FrontierImport
import FrontierResources

/// What every importer's fuzz target does with its bytes: translate them, then match the batch
/// against the embedded dataset as `frontier import` would, and write out every warning.
public enum ImporterFuzzing {
    static let context = ImportContext(sourceName: "fuzz", location: "https://example.com/fuzz",
                                       retrieved: DayDate(year: 2025, month: 6, day: 1)!)
    /// Loaded once per process: the dataset imports are matched against.
    static let embedded = DatasetLoader.load([(name: "embedded", bytes: Array(EmbeddedResources.defaultDatasetJSON.utf8))]).dataset

    /// Runs `parse` on the input; always returns 0, as libFuzzer expects.
    public static func run(_ data: UnsafePointer<UInt8>, _ size: Int,
                           parse: ([UInt8], ImportContext) throws(ImportError) -> ImportBatch) -> Int32 {
        let bytes = Array(UnsafeBufferPointer(start: data, count: size))
        do {
            let batch = try parse(bytes, context)
            let outcome = ImportReconciler(dataset: embedded).apply(batch, context: context)
            for warning in outcome.skipped { _ = warning.description }
        } catch {
            _ = error.description
        }
        return 0
    }
}
