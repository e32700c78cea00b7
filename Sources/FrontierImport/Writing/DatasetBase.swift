import FrontierCore

/// Data a dataset file is layered over: read first, so the file holds only what differs.
///
/// `frontier update` and `ingest` write the user's dataset this way over the embedded one: an
/// import matches its entries against both, and the file keeps only new and changed records,
/// so a newer build's corrections to the embedded data still show.
public struct DatasetBase: Sendable {
    /// The name its diagnostics carry (`embedded dataset`).
    public let name: String
    let file: DecodedFile
    /// The base as loaded on its own.
    public let dataset: Dataset

    /// Nil when the bytes are not a valid dataset by themselves.
    public init?(name: String, bytes: [UInt8]) {
        let file = DatasetDecoder.decodeFile(name: name, bytes: bytes)
        var merger = DatasetMerger()
        merger.merge(file)
        let loaded = merger.result()
        guard loaded.isValid else { return nil }
        self.name = name
        self.file = file
        dataset = loaded.dataset
    }
}
