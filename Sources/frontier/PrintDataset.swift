import ArgumentParser
import FrontierCore
import FrontierResources

/// `frontier dataset`: the embedded default dataset, as a starting point for your own file.
struct PrintDataset: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dataset",
        abstract: "Print the embedded default dataset as formatted JSON.",
        discussion: "Save it, edit it, and open it with `frontier --data FILE`."
    )

    func run() throws {
        print(EmbeddedResources.defaultDatasetJSON, terminator: "")
    }
}
