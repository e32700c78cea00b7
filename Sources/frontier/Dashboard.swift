import ArgumentParser

/// `frontier` with no subcommand: the interactive dashboard.
struct Dashboard: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "dashboard", abstract: "Open the dashboard (the default).")

    @OptionGroup var data: DataOptions

    func run() throws {
        _ = try data.load()
    }
}
