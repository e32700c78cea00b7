import ArgumentParser
import FrontierCore
import FrontierResources

/// `frontier schema`: the JSON Schema of the dataset format, for editors and other tools.
struct PrintSchema: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of the dataset format (schema 1).",
        discussion: "References between records (an organization id, a benchmark id) are checked by `frontier validate`, not by the schema."
    )

    func run() throws {
        print(EmbeddedResources.datasetSchemaJSON, terminator: "")
    }
}
