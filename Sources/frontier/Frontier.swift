import ArgumentParser
import Foundation
import NcursesBackend

/// The `frontier` command: the dashboard by default, and the headless tools beside it.
@main
struct Frontier: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "frontier",
        abstract: "A terminal dashboard for tracking the AI industry: models, costs and news.",
        discussion: """
        With no subcommand, opens the dashboard on the embedded default dataset, or on the \
        files given with --data. Keys: Tab to change pane, j/k to move, Enter for details, ? for help, q to quit.
        """,
        version: "0.1.0",
        subcommands: [Dashboard.self, Snapshot.self, ListCommand.self, Watch.self, Validate.self, PrintDataset.self, PrintSchema.self,
                      ImportCommand.self, IngestCommand.self, UpdateCommand.self, CompactCommand.self, ServeCommand.self],
        defaultSubcommand: Dashboard.self
    )

    /// Arms the crash report before any command runs, then parses the arguments and runs one.
    ///
    /// Argument errors quote what was typed (a file name, a value), so they leave through
    /// `StandardError` like every other message, with any control character made visible.
    static func main() {
        CrashReport.install(program: "frontier")
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                // --help and --version: our own text, for stdout.
                if !message.isEmpty { FileHandle.standardOutput.write(Data((message + "\n").utf8)) }
            } else if !message.isEmpty {
                StandardError.write(message)
            }
            Foundation.exit(code.rawValue)
        }
    }
}
