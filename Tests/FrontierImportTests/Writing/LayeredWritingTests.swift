import Foundation
import FrontierCore
import FrontierImport
import FrontierLive
import FrontierResources
import Testing

/// A dataset file written as a layer over a base, as `frontier update` writes the user's dataset
/// over the embedded one: changes are matched against both, the file keeps only what differs.
@Suite struct LayeredWritingTests {
    let base = DatasetBase(name: "embedded dataset", bytes: Array(EmbeddedResources.defaultDatasetJSON.utf8))!

    func directory() throws -> String {
        let path = NSTemporaryDirectory() + "frontier-layer-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func aNewFileHoldsOnlyWhatTheChangeAddedAndReadsBackOverTheBase() throws {
        let path = try directory() + "/dataset.json"
        let outcome = try DatasetFile.update(at: path, over: base, addingPrice("price-layer"))
        // The change saw the base: DeepSeek-V3 was there to attach the price to.
        #expect(outcome.dataset.models.count == base.dataset.models.count)
        let layer = DatasetLoader.load([(name: path, bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))))]).dataset
        #expect(layer.prices.map(\.id) == ["price-layer"])
        #expect(layer.models.isEmpty && layer.news.isEmpty && layer.organizations.isEmpty)
        // Read as every reader without --data reads it, over the base, it is the whole change.
        let merged = DatasetLoader.load([(name: "embedded dataset", bytes: Array(EmbeddedResources.defaultDatasetJSON.utf8)),
                                         (name: path, bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))))])
        #expect(merged.isValid, "\(merged.diagnostics)")
        #expect(merged.dataset.prices.count == base.dataset.prices.count + 1)
    }

    @Test func aChangedBaseRecordIsWrittenWholeAndTheSameChangeAgainWritesNothing() throws {
        let path = try directory() + "/dataset.json"
        let renamed: (Dataset) -> ImportOutcome = { dataset in
            var changed = dataset
            let index = changed.models.firstIndex { $0.id == "deepseek-r1" }!
            changed.models[index].aliases.append("deepseek-reasoner-layer")
            return ImportOutcome(dataset: changed, updated: [RecordRef(kind: .model, id: "deepseek-r1")])
        }
        _ = try DatasetFile.update(at: path, over: base, renamed)
        let written = try Data(contentsOf: URL(fileURLWithPath: path))
        let layer = DatasetLoader.load([(name: path, bytes: Array(written))]).dataset
        #expect(layer.models.map(\.id) == ["deepseek-r1"])
        #expect(layer.models.first?.aliases.contains("deepseek-reasoner-layer") == true)
        // Applied again (an alias added only when missing), the change finds itself already
        // made over the base: nothing is written.
        let idempotent: (Dataset) -> ImportOutcome = { dataset in
            var changed = dataset
            let index = changed.models.firstIndex { $0.id == "deepseek-r1" }!
            if !changed.models[index].aliases.contains("deepseek-reasoner-layer") {
                changed.models[index].aliases.append("deepseek-reasoner-layer")
            }
            return ImportOutcome(dataset: changed)
        }
        let (_, again) = try DatasetFile.write(at: path, over: base, idempotent)
        #expect(again == .nothing)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == written)
    }

    @Test func aLayerThatWouldNotLoadOverTheBaseIsRefused() throws {
        let path = try directory() + "/dataset.json"
        let dangling: (Dataset) -> ImportOutcome = { dataset in
            var changed = dataset
            changed.prices.append(Price(id: "price-nowhere", model: "no-such-model", input: 1, output: 2, asOf: DayDate("2026-01-01")!))
            return ImportOutcome(dataset: changed, added: [RecordRef(kind: .price, id: "price-nowhere")])
        }
        #expect(throws: DatasetFileError.self) { try DatasetFile.update(at: path, over: base, dangling) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}

/// The summary `frontier update` ends with.
@Suite struct UpdateTallyTests {
    @Test func countsEachRecordOnceWithAddedWinningOverChanged() {
        var tally = UpdateTally()
        #expect(tally.summary == "no changes")
        tally.add(ImportOutcome(dataset: Dataset(), added: [RecordRef(kind: .model, id: "a"), RecordRef(kind: .news, id: "n1")],
                                updated: [RecordRef(kind: .price, id: "p1")]))
        tally.add(ImportOutcome(dataset: Dataset(), added: [RecordRef(kind: .model, id: "b"), RecordRef(kind: .news, id: "n2")],
                                updated: [RecordRef(kind: .model, id: "a"), RecordRef(kind: .price, id: "p1"), RecordRef(kind: .price, id: "p2")]))
        #expect(tally.summary == "+2 models, 2 prices changed, +2 news")
        #expect(UpdateTally.summary(of: ImportOutcome(dataset: Dataset(), added: [RecordRef(kind: .training, id: "t")])) == "+1 training run")
    }
}
