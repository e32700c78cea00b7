import FrontierCore
import FrontierResources

/// A query, as typed into `--query` or the `/` filter; a parsed one is matched against the
/// embedded dataset's search index.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuery(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        let query = try Query.parse(text, benchmarks: FuzzQueryData.dataset.benchmarks)
        for (pane, ids) in FuzzQueryData.rows {
            for id in ids { _ = FuzzQueryData.index.matches(query, pane: pane, id: id) }
        }
    } catch {
        _ = error.description
    }
    return 0
}

/// The embedded dataset, loaded once for every input.
enum FuzzQueryData {
    static let dataset = DatasetLoader.load([(name: "default", bytes: Array(EmbeddedResources.defaultDatasetJSON.utf8))]).dataset
    static let index = SearchIndex(dataset)
    static let rows: [(PaneID, [String])] = [
        (.models, dataset.models.map(\.id)),
        (.news, dataset.news.map(\.id)),
        (.costs, dataset.prices.map(\.id) + dataset.training.map(\.id)),
    ]
}
