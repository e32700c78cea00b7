import ArgumentParser
import FrontierCore

/// The `--data FILE` option shared by every command that shows data.
struct DataOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: ArgumentHelp(
        "A dataset file to load instead of the embedded one; repeat to merge several (later files override earlier ones by id).",
        valueName: "file"))
    var files: [String] = []

    /// The dataset and a short label for where it came from, or exit 65 with every problem on stderr.
    func load() throws -> (dataset: Dataset, origin: String) {
        let result = files.isEmpty
            ? DatasetLoader.load([(name: "embedded dataset", bytes: Array(EmbeddedResources.defaultDatasetJSON.utf8))])
            : DatasetLoader.load(paths: files)
        guard result.isValid else {
            for diagnostic in result.diagnostics { StandardError.write(diagnostic.description) }
            StandardError.write(ValidationSummary(files: files, diagnostics: result.diagnostics).line)
            throw ExitCode(65)
        }
        let origin = files.isEmpty ? "embedded dataset" : files.map(DataOptions.shortName).joined(separator: " + ")
        return (result.dataset, origin)
    }

    static func shortName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
