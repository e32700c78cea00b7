import ArgumentParser
import Foundation
import FrontierCore
import FrontierImport
import TerminalGrid

/// `frontier import KIND SOURCE --into DATASET.json`: one read of a feed, price list or compute
/// table, matched against the dataset and written safely.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read a news feed, price list or compute table into a dataset file, with provenance.",
        discussion: """
        KIND is one of \(ImportKind.names). SOURCE is a file, - for standard input, or an http(s) \
        URL. Models are matched by id, alias and name; unmatched ones are added tagged "unmatched" \
        and ambiguous ones listed. News goes to the dataset's journal (DATASET.journal.jsonl), appended; \
        other changes write the dataset under a lock and atomically, the previous version kept as \
        DATASET.json.bak. Nothing is written unless the result passes `frontier validate`. \
        Exit status: 0 done (skipped entries are reported, not fatal), 65 the source cannot be read \
        or the result would be invalid, 69 the URL could not be fetched, 74 the dataset could not \
        be written, 75 throttled by the server or the dataset locked: try again later. See docs/import.md.
        """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: ArgumentHelp("The source's format.", valueName: "kind"))
    var kind: ImportKind

    @Argument(help: ArgumentHelp("A file, - for standard input, or an http(s) URL.", valueName: "source"))
    var source: String

    @Option(name: .customLong("into"), help: ArgumentHelp("The dataset file to update; a missing file starts empty.",
                                                         valueName: "dataset.json"))
    var dataset: String

    @Option(help: ArgumentHelp("The source name credited in provenance (default: OpenRouter, models.dev, LiteLLM, Epoch AI, or a feed's own title).",
                               valueName: "name"))
    var name: String?

    @Flag(help: "Show what would change and write nothing.")
    var dryRun = false

    @Option(help: ArgumentHelp("text (a summary and the ids added and updated) or json (one object).", valueName: "text|json"))
    var format: OutputFormat = .text

    @OptionGroup var waits: SourceWaitOptions

    @OptionGroup var input: InputLimitOptions

    func validate() throws {
        if let name, !name.contains(where: { !$0.isWhitespace }) { throw ValidationError("--name must not be empty") }
        _ = try SourceArgument(source)
    }

    func run() throws {
        let source = try SourceArgument(self.source)
        let day = waits.retrievedDay ?? DayDate.utcDay(of: Date())
        // Into the user's dataset, the import sees the embedded data under it, as `update` does.
        let run = SourceImport(kind: kind, name: name, location: source.shownName, retrieved: day, base: UserData.base(for: dataset))
        do {
            let bytes = try source.read(timeout: .seconds(waits.timeout), limits: self.input.limits)
            let batch = try run.parse(bytes)
            let outcome: ImportOutcome
            var written = DatasetFile.Written.nothing
            if dryRun {
                outcome = try run.preview(batch, dataset: dataset, limit: input.limits.fileBytes)
            } else {
                (outcome, written) = try run.apply(batch, to: dataset, lockTimeout: .seconds(waits.lockTimeout),
                                                   limit: input.limits.fileBytes)
            }
            for line in run.warnings(outcome) { StandardError.write(line) }
            let report = ImportReport(outcome: outcome, written: written, dataset: dataset, source: run.context.sourceName,
                                      location: source.shownName, dryRun: dryRun)
            // The text report names ids and models from the source: no control reaches the terminal.
            FileHandle.standardOutput.write(Data((format == .json ? report.json : Sanitizer.visible(report.text)).utf8))
        } catch {
            throw error.exit()
        }
    }
}
