import ArgumentParser
import Foundation
import FrontierCore
import FrontierLive
import FrontierViews
import TerminalGrid

/// `frontier snapshot`: one frame of the dashboard as plain text, for scripts, bug reports and tests.
struct Snapshot: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print one frame of the dashboard as plain text and exit.",
        discussion: "No terminal is needed: the frame is rendered in memory exactly as the dashboard draws it, without colours."
    )

    enum PaneChoice: String, ExpressibleByArgument, CaseIterable {
        case all, models, costs, news
    }

    @OptionGroup var data: DataOptions

    @Option(help: "Frame width in columns.")
    var width = 120

    @Option(help: "Frame height in rows.")
    var height = 40

    @Option(help: ArgumentHelp("Which pane to print; a single pane fills the frame.", valueName: "all|models|costs|news"))
    var pane: PaneChoice = .all

    @Flag(help: "Draw with plain ASCII instead of box drawing and block characters.")
    var ascii = false

    func validate() throws {
        guard (1...1000).contains(width), (1...1000).contains(height) else {
            throw ValidationError("--width and --height must be between 1 and 1000")
        }
    }

    func run() throws {
        let loaded = try data.load()
        for problem in loaded.feedProblems { StandardError.write(problem.description) }
        let (dataset, origin) = (loaded.dataset, loaded.origin)
        let state = AppState(dataset: dataset, width: width, height: height, themes: ThemeCatalog.builtIn.names,
                             today: DayDate.utcDay(of: Date()))
        let context = RenderContext(theme: ThemeCatalog.defaultTheme,
                                    glyphs: ascii || !TextEncoding.localeIsUTF8() ? .ascii : .unicode, origin: origin, shortOrigin: loaded.shortOrigin,
                                    now: Date(), dataUpdated: loaded.userDataset.flatMap(UserDataset.updated(at:)))
        let grid: Grid
        switch pane {
        case .all: grid = DashboardView.render(state, context: context)
        case .models: grid = DashboardView.renderPane(.models, state: state, context: context)
        case .costs: grid = DashboardView.renderPane(.costs, state: state, context: context)
        case .news: grid = DashboardView.renderPane(.news, state: state, context: context)
        }
        print(grid.text)
        QuickExit.now(EXIT_SUCCESS)
    }
}
