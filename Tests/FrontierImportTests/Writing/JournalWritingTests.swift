import Foundation
@testable import FrontierCore
@testable import FrontierImport
import FrontierLive
import FrontierResources
import TestSupport
import Testing

/// An import of one entry about DeepSeek-R1, with a summary of `size` bytes or so.
private func news(_ guid: String, size: Int = 40) -> (Dataset) -> ImportOutcome {
    importingNews(guid, headline: "Entry \(guid) about DeepSeek-R1", summary: String(repeating: "Prices moved. ", count: max(1, size / 14)))
}

/// Writing a dataset's journal: appends the size of the change, compacts without losing or
/// reordering anything, and survives a crash at any point of either.
@Suite struct JournalWritingTests {
    @Test func oneItemCostsOneLineOfJournal() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/data.json"
        try directory.write(EmbeddedResources.defaultDatasetJSON, to: "data.json")
        var sizes: [Int] = []
        for number in 1...3 {
            let (_, written) = try DatasetFile.write(at: path, news("g-\(number)"))
            sizes.append(written.bytes)
        }
        #expect(sizes.allSatisfy { $0 > 0 && $0 < 2_000 }, "\(sizes)")
        #expect(directory.bytes(of: "data.journal.jsonl")?.count == sizes.reduce(0, +))
        #expect(directory.bytes(of: "data.json") == Array(EmbeddedResources.defaultDatasetJSON.utf8))
        let loaded = try load(path)
        #expect(loaded.isValid, "\(loaded.diagnostics)")
        #expect(loaded.dataset.news.suffix(3).map(\.headline) == (1...3).map { "Entry g-\($0) about DeepSeek-R1" })
    }

    @Test func aCatalogueChangeTakesTheJournalIntoTheFileFirst() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/data.json"
        try directory.write(DatasetEncoder.encode(ImportSample.dataset), to: "data.json")
        _ = try DatasetFile.update(at: path, news("g-1"))
        let withNews = try load(path).dataset
        let (outcome, written) = try DatasetFile.write(at: path, addingPrice("p-1"))
        guard case let .dataset(_, compacted) = written else {
            Issue.record("expected a whole write, got \(written)")
            return
        }
        #expect(compacted == 1)
        #expect(directory.bytes(of: "data.journal.jsonl") == [])
        // The backup is the journal's news taken into the file, the state just before the price.
        let kept = directory.bytes(of: "data.json.bak")
        let backup = DatasetLoader.load([(name: "bak", bytes: try #require(kept))])
        #expect(backup.dataset == withNews)
        #expect(try load(path).dataset == outcome.dataset)
        #expect(outcome.dataset.news == withNews.news)
    }

    @Test func aLineCutShortIsLeftOutAndCutBeforeTheNextAppend() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/data.json"
        try directory.write(DatasetEncoder.encode(ImportSample.dataset), to: "data.json")
        _ = try DatasetFile.update(at: path, news("g-1"))
        let first = directory.bytes(of: "data.journal.jsonl")
        let complete = try #require(first)
        // A writer stopped half-way through its line.
        try directory.write(String(decoding: complete, as: UTF8.self) + #"{"kind":"news","id":"half"#, to: "data.journal.jsonl")
        let loaded = try load(path)
        #expect(loaded.isValid, "\(loaded.diagnostics)")
        #expect(loaded.dataset.news.count == ImportSample.dataset.news.count + 1)
        let torn = inode(directory.path + "/data.journal.jsonl")
        _ = try DatasetFile.update(at: path, news("g-2"))
        // Written anew rather than cut in place: a dashboard that read the torn bytes sees a new file.
        #expect(inode(directory.path + "/data.journal.jsonl") != torn)
        let after = directory.bytes(of: "data.journal.jsonl")
        let journal = try #require(after)
        #expect(Array(journal.prefix(complete.count)) == complete)
        #expect(!String(decoding: journal, as: UTF8.self).contains("half"))
        #expect(journal.filter { $0 == 0x0A }.count == 2 && journal.last == 0x0A)
        #expect(try load(path).dataset.news.count == ImportSample.dataset.news.count + 2)
    }

    /// Stopped between its two writes, a compaction has written the file and left the journal
    /// full: reading both gives the same data, and the next compaction finishes the job.
    @Test func aCompactionStoppedBetweenItsWritesLeavesTheSameData() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/data.json"
        try directory.write(DatasetEncoder.encode(ImportSample.dataset), to: "data.json")
        for number in 1...4 { _ = try DatasetFile.update(at: path, news("g-\(number)")) }
        // An item corrected by a later line: merging the journal again must not bring the old one back.
        _ = try DatasetFile.update(at: path) { dataset in
            var changed = dataset
            changed.news[changed.news.count - 3].headline = "Entry g-2, corrected"
            return ImportOutcome(dataset: changed)
        }
        let before = try load(path)
        #expect(before.isValid)
        let journal = directory.bytes(of: "data.journal.jsonl")
        #expect(try DatasetFile.compact(at: path, waitingUpTo: .seconds(5), limit: 1 << 30, stoppingAfterDatasetWritten: true) == 5)
        #expect(directory.bytes(of: "data.journal.jsonl") == journal, "the journal is still full")
        #expect(directory.bytes(of: "data.json") != Array(DatasetEncoder.encode(ImportSample.dataset).utf8))
        let between = try load(path)
        #expect(between.diagnostics == [])
        #expect(between.dataset == before.dataset)
        #expect(try DatasetFile.compact(at: path) == 5)
        #expect(directory.bytes(of: "data.journal.jsonl") == [])
        #expect(try load(path).dataset == before.dataset)
        #expect(try DatasetFile.compact(at: path) == 0)
    }

    @Test func aJournalPastHalfTheFileIsCompactedByTheImportThatGrewIt() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/data.json"
        try directory.write(DatasetEncoder.encode(ImportSample.dataset), to: "data.json")
        var writes: [DatasetFile.Written] = []
        for number in 1...40 {
            writes.append(try DatasetFile.write(at: path, news("g-\(number)", size: 40_000)).written)
            if case .dataset = writes.last { break }
        }
        guard case let .dataset(_, compacted)? = writes.last else {
            Issue.record("no compaction after \(writes.count) imports of 40 KB")
            return
        }
        // The threshold is 1 MB: about 26 items of 40 KB.
        #expect(compacted == writes.count)
        #expect((20...30).contains(writes.count), "\(writes.count)")
        #expect(directory.bytes(of: "data.journal.jsonl") == [])
        #expect(try load(path).dataset.news.count == ImportSample.dataset.news.count + writes.count)
    }

    @Test func theJournalOfADeletedDatasetIsNotTakenBack() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/data.json"
        try directory.write(DatasetEncoder.encode(ImportSample.dataset), to: "data.json")
        _ = try DatasetFile.update(at: path, news("g-1"))
        try FileManager.default.removeItem(atPath: path)
        let outcome = try DatasetFile.update(at: path, news("g-2"))
        #expect(outcome.dataset.news.map(\.headline) == ["Entry g-2 about DeepSeek-R1"])
        #expect(directory.bytes(of: "data.journal.jsonl") == [])
        #expect(try load(path).dataset == outcome.dataset)
    }
}
