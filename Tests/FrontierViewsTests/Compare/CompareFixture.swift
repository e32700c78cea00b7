import FrontierCore
import FrontierViews
import TerminalGrid

/// The compare overlay on the default dataset, drawn alone into a grid of a given size.
struct CompareFixture {
    static let dataset = DashboardFixture.dataset
    static let projection = AppState(dataset: dataset).projection

    /// The six models the DeepSeek story is told with.
    static let storyModels = ["deepseek-v3", "deepseek-r1", "gpt-4o", "o1", "claude-3.5-sonnet", "llama-3.1-405b"]

    static func context(_ glyphs: Glyphs = .unicode) -> RenderContext {
        RenderContext(theme: ThemeCatalog.defaultTheme, glyphs: glyphs, origin: "embedded dataset", now: DashboardFixture.now)
    }

    static func render(width: Int, height: Int, marked: [String], axes: ScatterAxes = ScatterAxes(y: "gpqa-diamond"),
                       cursor: Int = 0, glyphs: Glyphs = .unicode) -> Grid {
        var grid = Grid(width: width, height: height)
        CompareView.render(into: &grid, dataset: dataset, projection: projection, marked: marked, axes: axes,
                           cursor: cursor, context: context(glyphs))
        return grid
    }
}
