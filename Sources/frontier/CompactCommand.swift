import ArgumentParser
import Foundation
import FrontierCore
import FrontierImport
import FrontierLive

/// `frontier compact DATASET.json`: writes the dataset's journal into it and empties the journal.
struct CompactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compact",
        abstract: "Write a dataset's journal of added news into the dataset file, and empty the journal.",
        discussion: """
        Imports and ingest append news to DATASET.journal.jsonl beside the dataset, so that one new \\
        item costs one line; they compact on their own once the journal passes half the dataset's \\
        size. The dataset is written whole first (atomically, the previous one kept as .bak) and the \\
        journal emptied after, so an interruption leaves the same data either way. Runs under the \\
        same lock as imports. Exit status: 0 done, 65 the dataset or journal does not load, 74 a \\
        write failed, 75 locked by an import.
        """
    )

    @Argument(help: ArgumentHelp("The dataset file whose journal to compact.", valueName: "dataset.json"))
    var dataset: String

    @Option(help: ArgumentHelp("Seconds to wait while an import holds the dataset's lock.", valueName: "seconds"))
    var lockTimeout: Double = 30

    @OptionGroup var input: InputLimitOptions

    func validate() throws {
        guard lockTimeout >= 0, lockTimeout <= 86_400 else { throw ValidationError("--lock-timeout must be between 0 and 86400 seconds") }
    }

    func run() throws {
        do {
            let lines = try DatasetFile.compact(at: dataset, over: UserData.base(for: dataset), waitingUpTo: .seconds(lockTimeout),
                                                limit: input.limits.fileBytes)
            let journal = JournalFile.path(forDataset: dataset)
            print(lines == 0 ? "\(journal) is empty; nothing to compact"
                : "compacted \(lines) journal line\(lines == 1 ? "" : "s") from \(journal) into \(dataset)")
        } catch {
            throw SourceImport.failure(error, dataset: dataset).exit()
        }
    }
}
