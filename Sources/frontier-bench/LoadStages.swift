import ArgumentParser
import Foundation
import FrontierCore

/// `frontier-bench load FILE`: how long each step from a dataset file to the first frame's
/// state takes, so a regression in one step shows before it hides in a total.
struct LoadStages: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Time reading, decoding, merging, checking and projecting a dataset file, step by step."
    )

    @Argument(help: "A dataset file, such as one `frontier-bench generate` wrote.")
    var file: String

    @Option(help: "Runs; the table shows medians.")
    var rounds = 5

    func run() throws {
        let steps = ["read", "decode", "merge", "check", "state", "index"]
        var watches = [Stopwatch](repeating: Stopwatch(), count: steps.count)
        var news = 0
        for _ in 0..<rounds {
            let bytes = watches[0].measure { (try? [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))) ?? [] }
            let decoded = watches[1].measure { DatasetDecoder.decodeFile(name: file, bytes: bytes) }
            var merger = DatasetMerger()
            watches[2].measure {
                merger.merge(decoded)
                merger.settle()
            }
            let loaded = watches[3].measure { merger.result() }
            guard loaded.isValid else { throw ValidationError("\(file) is not valid; run frontier validate \(file)") }
            news = loaded.dataset.news.count
            let state = watches[4].measure { AppState(dataset: loaded.dataset, width: 120, height: 40, today: nil) }
            watches[5].measure { _ = SearchIndex(state.dataset) }
        }
        print("frontier-bench load: \(Measure.count(news)) news, medians of \(rounds) runs in ms")
        print(Measure.table([steps + ["total"], watches.map { Measure.ms($0.median) } + [Measure.ms(watches.map(\.median).reduce(0, +))]]))
    }
}
