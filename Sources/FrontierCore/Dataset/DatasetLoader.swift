/// Loads dataset files: parses, validates and merges them in order. Reading them from disk is
/// `FrontierLive`'s part (`DatasetLoader+Files.swift`); the core only sees bytes.
public enum DatasetLoader {
    /// Parses, validates and merges in-memory files in order.
    public static func load(_ files: [(name: String, bytes: [UInt8])]) -> DatasetLoadResult {
        merger(files).result()
    }

    /// The files decoded and merged but not yet checked as a whole, so more records (a feed's)
    /// can still be merged on top before `result()`.
    public static func merger(_ files: [(name: String, bytes: [UInt8])]) -> DatasetMerger {
        var merger = DatasetMerger()
        for file in files {
            merger.merge(DatasetDecoder.decodeFile(name: file.name, bytes: file.bytes))
        }
        merger.settle()
        return merger
    }
}
