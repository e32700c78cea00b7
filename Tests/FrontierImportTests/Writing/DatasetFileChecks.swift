import Foundation
import FrontierCore
import FrontierImport
import FrontierLive

/// What the dataset writer's tests share: reading the data back as every reader does, a change
/// to the catalogue, and a file's identity.

/// The dataset as every reader sees it: the file with its journal.
func load(_ path: String) throws -> DatasetLoadResult {
    DatasetLoader.load(paths: [path])
}

/// The feed the writer's tests import news from.
let exampleFeed = ImportContext(sourceName: "Example AI News", location: "https://news.example.com/feed.xml",
                                retrieved: DayDate("2025-06-01")!)

/// The change an `rss` import of one entry makes: a news item keyed by `guid`.
func importingNews(_ guid: String, headline: String, summary: String? = nil) -> (Dataset) -> ImportOutcome {
    { dataset in
        let entry = ImportedNews(guid: guid, url: nil, headline: headline, summary: summary,
                                 date: DayDate("2025-05-30")!, publisher: "Example AI News",
                                 provenance: Provenance(source: "Example AI News", status: .secondary))
        return ImportReconciler(dataset: dataset).apply(ImportBatch(news: [entry]), context: exampleFeed)
    }
}

/// A catalogue change: one price for DeepSeek-V3.
func addingPrice(_ id: String) -> (Dataset) -> ImportOutcome {
    { dataset in
        var changed = dataset
        changed.prices.append(Price(id: id, model: "deepseek-v3", input: 0.27, output: 1.10, asOf: DayDate("2025-06-01")!))
        return ImportOutcome(dataset: changed, added: [RecordRef(kind: .price, id: id)])
    }
}

/// The inode at `path`: a file written anew has another one.
func inode(_ path: String) -> ino_t? {
    var status = stat()
    return stat(path, &status) == 0 ? status.st_ino : nil
}
