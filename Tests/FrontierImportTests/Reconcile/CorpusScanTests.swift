@testable import FrontierCore
import Testing
import TestSupport

/// The whole corpus imported, written as `frontier` writes a dataset, and read back both ways:
/// the one-pass loader (`DatasetScanner`) must read real imported records (provenance, escapes,
/// text in many scripts) to the same dataset as the parser, and read their news itself.
@Suite struct CorpusScanTests {
    @Test func theImportedCorpusReadsTheSameInOnePassAsThroughTheParser() throws {
        let imported = try CorpusImport.everything.get()
        let bytes = Array(DatasetEncoder.encode(imported).utf8)
        let scanned = try #require(DatasetScanner.scan(name: "corpus.json", bytes: bytes))
        let readInOnePass = scanned.newsChecks.filter(\.isScanned).count
        #expect(readInOnePass > imported.news.count / 2, "\(readInOnePass) of \(imported.news.count) news read in one pass")

        let fast = DatasetLoader.load([(name: "corpus.json", bytes: bytes)])
        var slow = DatasetMerger()
        slow.merge(DatasetDecoder.decodeParsedFile(name: "corpus.json", bytes: bytes))
        let parsed = slow.result()
        #expect(fast.isValid && parsed.isValid)
        #expect(fast.dataset == parsed.dataset)
        #expect(fast.dataset == imported)
        #expect(fast.diagnostics == parsed.diagnostics)
    }
}
