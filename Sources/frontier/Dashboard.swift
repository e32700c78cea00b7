import ArgumentParser
import Foundation
import FrontierCore
import FrontierLive
import FrontierViews
import NcursesBackend
import SystemBackend

/// `frontier` with no subcommand: the interactive dashboard.
struct Dashboard: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the dashboard (the default when no subcommand is given)."
    )

    @OptionGroup var data: DataOptions

    @Option(help: ArgumentHelp("A theme by name, or a path to a theme file. Names: \(ThemeCatalog.builtIn.names.joined(separator: ", ")), and files in $XDG_CONFIG_HOME/frontier/themes.",
                               valueName: "name|path"))
    var theme: String?

    @Option(help: ArgumentHelp("Use colour: auto (what the terminal supports; none if NO_COLOR is set), always, or never.",
                               valueName: "auto|always|never"))
    var color: ColorChoice = .auto

    @Flag(help: "Draw with plain ASCII instead of box drawing, block and Braille characters.")
    var ascii = false

    @Flag(name: .customLong("no-mouse"), help: "Leave the mouse to the terminal (for selecting text).")
    var noMouse = false

    @Flag(name: .customLong("no-state"), help: "Start clean: neither read nor write $XDG_STATE_HOME/frontier/state.json.")
    var noState = false

    /// Set by `frontier serve` for each session: what the header calls the served data (the
    /// file given with --data is the server's private copy).
    @Option(name: .customLong("served-as"), help: .hidden)
    var servedAs: String?

    func run() throws {
        // Before any thread exists (fetches and reloads run in tasks), so signals arrive only
        // through the event loop.
        Poller.blockSignals()
        // Data first: a broken file is reported before the screen is touched.
        var loaded = try data.load(following: true)
        if let servedAs {
            loaded.origin = servedAs
            loaded.shortOrigin = "served"
        }
        let themes = try ThemeSelection.load(requested: theme)
        var input = STDIN_FILENO
        if data.readsStandardInput {
            // Records come on stdin, so keys come from the terminal itself.
            input = open("/dev/tty", O_RDWR | O_CLOEXEC)
            guard input >= 0 else {
                StandardError.write("frontier: --feed - reads records from stdin, so keys must come from /dev/tty, which cannot be opened: \(String(cString: strerror(errno)))")
                throw ExitCode(1)
            }
        }
        let store = noState ? nil : StateStore.defaultPath(environment: ProcessInfo.processInfo.environment).map { StateStore(path: $0) }
        var runtime = DashboardRuntime(loaded: loaded, themes: themes,
                                       options: TerminalOptions(color: color, mouse: !noMouse, inputFD: input), forceASCII: ascii,
                                       store: store, themeRequested: theme != nil)
        let outcome = try runtime.run()
        for notice in outcome.notices { StandardError.write(notice) }
        if outcome.status != 0 { throw ExitCode(outcome.status) }
    }
}

extension ColorChoice: ExpressibleByArgument {}
