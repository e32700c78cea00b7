import ArgumentParser
import FrontierCore

/// The `--data FILE` and `--feed FILE` options shared by every command that shows data.
struct DataOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: ArgumentHelp(
        "A dataset file to load instead of the embedded one; repeat to merge several (later files override earlier ones by id).",
        valueName: "file"))
    var files: [String] = []

    @Option(name: .customLong("feed"), help: ArgumentHelp(
        "A JSON Lines file of records (one object with a kind per line) merged on top of the data; the dashboard follows what is appended. Repeatable.",
        valueName: "file.jsonl"))
    var feeds: [String] = []

    /// What `load()` found: the data with the feeds on top, ready to follow.
    struct Loaded {
        var live: LiveData
        var tailers: [FeedTailer]
        var dataset: Dataset
        /// Bad feed lines and feed records that refer to unknown ids; they are skipped, not fatal.
        var feedProblems: [Diagnostic]
        var origin: String
    }

    /// The dataset and a short label for where it came from, or exit 65 with every problem on stderr.
    func load() throws -> Loaded {
        let base = files.isEmpty
            ? DatasetLoader.merger([(name: "embedded dataset", bytes: Array(EmbeddedResources.defaultDatasetJSON.utf8))])
            : DatasetLoader.merger(paths: files)
        let checked = base.result()
        guard checked.isValid else {
            for diagnostic in checked.diagnostics { StandardError.write(diagnostic.description) }
            StandardError.write(ValidationSummary(files: files, diagnostics: checked.diagnostics).line)
            throw ExitCode(65)
        }
        var live = LiveData(base: base)
        var tailers = feeds.map { FeedTailer(path: $0) }
        var problems: [Diagnostic] = []
        for index in tailers.indices {
            let batch = tailers[index].poll()
            live.add(batch.records)
            problems += batch.diagnostics
        }
        let result = feeds.isEmpty ? checked : live.result()
        let names = (files.isEmpty ? ["embedded dataset"] : files.map(DataOptions.shortName)) + feeds.map(DataOptions.shortName)
        return Loaded(live: live, tailers: tailers, dataset: result.dataset, feedProblems: problems + result.diagnostics,
                      origin: names.joined(separator: " + "))
    }

    static func shortName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
