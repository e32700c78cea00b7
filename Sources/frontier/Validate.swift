import ArgumentParser
import Foundation
import FrontierCore

/// `frontier validate FILE...`: every problem on stderr, exit 65 when any file is invalid.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check dataset files and report every problem as FILE:LINE:COLUMN: PATH: message.",
        discussion: "Files are merged in order, as --data merges them, so references may point into earlier files. Exits 0 when all are valid, 65 when any is not."
    )

    @Argument(help: ArgumentHelp("Dataset files to check.", valueName: "file"))
    var files: [String]

    @OptionGroup var input: InputLimitOptions

    func run() throws {
        let result = DatasetLoader.load(paths: files, limit: input.limits.fileBytes)
        for diagnostic in result.diagnostics { StandardError.write(diagnostic.description) }
        let summary = ValidationSummary(files: files, diagnostics: result.diagnostics)
        StandardError.write(summary.line)
        QuickExit.now(result.isValid ? EXIT_SUCCESS : 65)
    }
}
